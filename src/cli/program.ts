import { Command } from 'commander';

import { registerAlerts } from './alerts.js';
import { registerAnalyze } from './analyze.js';
import { registerDemo } from './demo.js';
import { refuseEmptyValues } from './empty-values.js';
import { registerExplain } from './explain.js';
import { registerExport } from './export.js';
import { registerImport } from './import.js';
import { registerInit } from './init.js';
import { registerReport } from './report.js';
import { registerSearch } from './search.js';
import { registerCollect } from './collect.js';
import { registerStatus } from './status.js';
import { registerServe } from './serve.js';
import { registerUser } from './user.js';
import { registerPublish } from './publish.js';
import { registerWorker } from './worker.js';

export function buildProgram(): Command {
  const program = new Command()
    .name('tyndau')
    .description('тыңдау: public-opinion monitoring for city government; issues, never persons')
    .version('0.1.0')
    .showHelpAfterError()
    .hook('preAction', (_program, command) => refuseEmptyValues(command));

  registerInit(program);
  registerImport(program);
  registerAnalyze(program);
  registerReport(program);
  registerAlerts(program);
  registerSearch(program);
  registerCollect(program);
  registerStatus(program);
  registerExport(program);
  registerExplain(program);
  registerDemo(program);
  registerServe(program);
  registerUser(program);
  registerPublish(program);
  registerWorker(program);
  return program;
}
