import type { Command } from 'commander';

import { DEFAULT_QUEUE_BASE } from '../worker/queue-names.js';
import { startWorker } from '../worker/start-worker.js';
import { parseWholeNumber } from '../text/whole-number.js';
import {
  openProject, UsageError, PROJECT_OPTION, PROJECT_OPTION_DEFAULT, PROJECT_OPTION_HELP,
} from './context.js';
import { natsUrlOf, postgresUrlOf } from './deployment.js';

interface WorkerCommandOptions {
  readonly project: string;
  readonly batch: string;
  readonly maxAttempts: string;
  readonly ackWait: string;
  readonly queueName: string;
  readonly exitWhenIdle?: string;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('distributed mode: gate, analyse and store raw posts from NATS JetStream into PostgreSQL')
    .option(PROJECT_OPTION, `${PROJECT_OPTION_HELP}; it needs store.postgres and queue.nats`, PROJECT_OPTION_DEFAULT)
    .option('--batch <posts>', 'posts pulled, analysed and committed together', '500')
    .option('--max-attempts <n>', 'attempts before a failing message goes to the dead-letter subject', '5')
    .option('--ack-wait <seconds>', 'time a pulled message may stay unacknowledged before redelivery', '60')
    .option('--queue-name <name>', 'base name of the streams and subjects', process.env['TYNDAU_QUEUE_NAME'] ?? DEFAULT_QUEUE_BASE)
    .option('--exit-when-idle <seconds>', 'stop once no message has come for this long')
    .action(async (options: WorkerCommandOptions) => {
      const project = await openProject(options.project);
      const postgresUrl = postgresUrlOf(project);
      const natsUrl = natsUrlOf(project);
      if (postgresUrl === null || natsUrl === null) {
        throw new UsageError(
          'worker: set store.postgres and queue.nats in the project file ' +
            '(or TYNDAU_POSTGRES_URL and TYNDAU_NATS_URL); see docs/scaling.md',
        );
      }

      await startWorker({
        project,
        postgresUrl,
        natsUrl,
        queueName: options.queueName,
        batchSize: whole(options.batch, 'batch'),
        maxAttempts: whole(options.maxAttempts, 'max-attempts'),
        ackWaitMs: seconds(options.ackWait, 'ack-wait') * 1000,
        ...(options.exitWhenIdle !== undefined
          ? { idleExitMs: seconds(options.exitWhenIdle, 'exit-when-idle') * 1000 }
          : {}),
      });
    });
}

function whole(value: string, option: string): number {
  const number = parseWholeNumber(value);
  if (number === null || number < 1) {
    throw new UsageError(`worker: --${option} "${value}" must be a whole number of 1 or more`);
  }
  return number;
}

function seconds(value: string, option: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new UsageError(`worker: --${option} ${value} must be a number of seconds above 0`);
  }
  return number;
}
