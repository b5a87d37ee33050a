import { Command } from 'commander';

import { refuseEmptyValues } from './empty-values.js';

type Register = (program: Command) => void;

/**
 * Each command's module, loaded only when that command runs (or when all are listed for help):
 * the collectors alone are some 900 modules that `tyndau search` or `tyndau status` never use,
 * and loading every command took half of a short command's second.
 */
const COMMANDS: readonly (readonly [name: string, load: () => Promise<Register>])[] = [
  ['init', async () => (await import('./init.js')).registerInit],
  ['import', async () => (await import('./import.js')).registerImport],
  ['analyze', async () => (await import('./analyze.js')).registerAnalyze],
  ['report', async () => (await import('./report.js')).registerReport],
  ['alerts', async () => (await import('./alerts.js')).registerAlerts],
  ['search', async () => (await import('./search.js')).registerSearch],
  ['collect', async () => (await import('./collect.js')).registerCollect],
  ['status', async () => (await import('./status.js')).registerStatus],
  ['export', async () => (await import('./export.js')).registerExport],
  ['explain', async () => (await import('./explain.js')).registerExplain],
  ['demo', async () => (await import('./demo.js')).registerDemo],
  ['serve', async () => (await import('./serve.js')).registerServe],
  ['user', async () => (await import('./user.js')).registerUser],
  ['publish', async () => (await import('./publish.js')).registerPublish],
  ['worker', async () => (await import('./worker.js')).registerWorker],
];

export const COMMAND_NAMES: readonly string[] = COMMANDS.map(([name]) => name);

/**
 * The program with the command `argv` names, or with every command when it names none that
 * exists (`tyndau --help`, a mistyped command: both list them all).
 */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command()
    .name('tyndau')
    .description('тыңдау: public-opinion monitoring for city government; issues, never persons')
    .version('0.1.0')
    .showHelpAfterError()
    .hook('preAction', (_program, command) => refuseEmptyValues(command));

  const named = COMMANDS.filter(([name]) => name === argv[0]);
  for (const [, load] of named.length > 0 ? named : COMMANDS) (await load())(program);
  return program;
}
