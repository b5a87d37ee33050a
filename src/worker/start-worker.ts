import { createAnalyzer } from '../analyze/pipeline.js';
import { createLogger, type Logger } from '../log/logger.js';
import { projectGate } from '../privacy/project-gate.js';
import { setsAsideElsewhere, type Project } from '../project/project.js';
import { connectPostgresStore } from '../store/postgres/postgres-store.js';
import { openQueue } from './jetstream-queue.js';
import { queueNames } from './queue-names.js';
import { runWorker, type WorkerReport } from './worker.js';

const RETENTION_INTERVAL_MS = 86_400_000;

export interface StartWorkerOptions {
  readonly project: Project;
  readonly postgresUrl: string;
  readonly natsUrl: string;
  readonly queueName: string;
  readonly batchSize: number;
  readonly maxAttempts: number;
  readonly ackWaitMs: number;
  readonly idleExitMs?: number;
  readonly logger?: Logger;
}

/**
 * What `tyndau worker` runs: opens the store and the queue, works until SIGTERM or SIGINT (or
 * until idle, when asked), finishes the batch in hand and closes both.
 */
export async function startWorker(options: StartWorkerOptions): Promise<WorkerReport> {
  const { project } = options;
  const logger = options.logger ?? createLogger();
  const store = await connectPostgresStore(options.postgresUrl, {
    timezone: project.timezone, setAsideElsewhere: setsAsideElsewhere(project), connections: 2,
  });
  const queue = await openQueue({
    url: options.natsUrl, names: queueNames(options.queueName), ackWaitMs: options.ackWaitMs,
  });
  // Social-post text past the project's limit goes when the worker starts and once a day after.
  const retentionDays = project.privacy.retentionDays;
  const applyRetention = (): Promise<void> => store.applyRetention(new Date(), retentionDays).then(
    ({ textsRemoved }) => {
      if (textsRemoved > 0) logger.info('retention.applied', { textsRemoved, retentionDays });
    },
    (error: unknown) => logger.error('retention.failed', { message: (error as Error).message }),
  );
  await applyRetention();
  const retention = setInterval(() => void applyRetention(), RETENTION_INTERVAL_MS);
  retention.unref();
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    return await runWorker({
      queue,
      store,
      gate: projectGate(project),
      analyzer: await createAnalyzer(project),
      logger,
      batchSize: options.batchSize,
      maxAttempts: options.maxAttempts,
      ...(options.idleExitMs !== undefined ? { idleExitMs: options.idleExitMs } : {}),
      signal: stop.signal,
    });
  } finally {
    clearInterval(retention);
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await queue.connection.drain();
    await store.close();
  }
}
