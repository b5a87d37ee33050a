#!/usr/bin/env node
import { CommanderError } from 'commander';

import { buildProgram } from './program.js';
import { printable } from '../text/printable.js';

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    // Errors the user can act on carry a message that says what to do; a stack helps nobody.
    process.stderr.write(`tyndau: ${printable(error instanceof Error ? error.message : String(error))}\n`);
    if (process.env.TYNDAU_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  }
}

await main();
