#!/usr/bin/env node
import { CommanderError } from 'commander';

import { describeDatabaseError } from './database-error.js';
import { describeFileSystemError } from './file-system-error.js';
import { limitHeapGrowth } from './heap-growth.js';
import { buildProgram } from './program.js';
import { printable } from '../text/printable.js';

/**
 * `tyndau export --out - | head`: the reader has closed the pipe, which is how a pipe says it has
 * read enough. Node raised it as an unhandled 'error' event with a stack trace; the output
 * stops here instead, quietly, as other command-line tools stop.
 */
function stopQuietlyWhenThePipeCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}

async function main(): Promise<void> {
  limitHeapGrowth();
  stopQuietlyWhenThePipeCloses();
  try {
    await (await buildProgram(process.argv.slice(2))).parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    // Errors the user can act on carry a message that says what to do; a stack helps nobody.
    const message = describeFileSystemError(error) ?? describeDatabaseError(error)
      ?? (error instanceof Error ? error.message : String(error));
    process.stderr.write(`tyndau: ${printable(message)}\n`);
    if (process.env.TYNDAU_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  }
}

await main();
