/**
 * A `tyndau worker` process for the distributed tests: the same `startWorker` the command runs,
 * without loading every other command first. Settings come as one JSON argument.
 */
import { loadProject } from '../../src/project/load-project.js';
import { startWorker } from '../../src/worker/start-worker.js';

interface Settings {
  readonly projectPath: string;
  readonly queueName: string;
  readonly batchSize: number;
  readonly ackWaitMs: number;
  readonly idleExitMs: number;
}

const settings = JSON.parse(process.argv[2]!) as Settings;
const project = await loadProject(settings.projectPath, process.env);
await startWorker({
  project,
  postgresUrl: project.postgresUrl!,
  natsUrl: project.natsUrl!,
  queueName: settings.queueName,
  batchSize: settings.batchSize,
  maxAttempts: 5,
  ackWaitMs: settings.ackWaitMs,
  idleExitMs: settings.idleExitMs,
});
