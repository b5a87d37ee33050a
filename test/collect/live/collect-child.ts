/**
 * A lean `tyndau collect` for the crash test: the real command, registered alone, so that a
 * start loads only the collection path and not every other command (the server, the digest,
 * the exporters), which under load made each start take many seconds.
 */
import { Command, CommanderError } from 'commander';

import { registerCollect } from '../../../src/cli/collect.js';

const program = new Command().name('tyndau').exitOverride();
registerCollect(program);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = error instanceof CommanderError ? error.exitCode : 1;
  if (!(error instanceof CommanderError)) process.stderr.write(`tyndau: ${error instanceof Error ? error.message : String(error)}\n`);
}
