/**
 * A worker thread of `AnalysisWorkers`: builds the project's privacy gate and analyzer once,
 * then gates and analyses the batches it is sent. Nothing here touches the store.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { createAnalyzer } from '../analyze/pipeline.js';
import { projectGate } from '../privacy/project-gate.js';
import type { Project } from '../project/project.js';
import { gateAndAnalyze } from './gated-batch.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

const port = parentPort;
if (port === null) throw new Error('analysis worker: must run in a worker thread');

const project = (workerData as { project: Project }).project;
const gate = projectGate(project);
const analyzer = await createAnalyzer(project);

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = request.kind === 'gate'
      ? { id: request.id, batch: gateAndAnalyze(request.raws, gate, analyzer, new Date(request.firstSeen)) }
      : { id: request.id, analyses: analyzer.analyzeBatch(request.inputs) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ id: 0, ready: true } satisfies WorkerReply);
