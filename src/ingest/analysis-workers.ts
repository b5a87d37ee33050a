import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import type { Analysis } from '../analyze/analysis.js';
import type { AnalysisInput } from '../analyze/pipeline.js';
import type { RawPost } from '../collect/raw-post.js';
import type { Project } from '../project/project.js';
import type { BatchProcessor, GatedBatch } from './gated-batch.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

/** Batches kept in hand per worker: one being analysed, one waiting, so no worker idles. */
const BATCHES_PER_WORKER = 2;

interface WorkerScript {
  /** The worker's module. */
  readonly url: URL;
  /** What `new Worker` runs: the module itself, or code that loads it. */
  readonly start: URL | string;
  readonly eval: boolean;
}

interface Pending {
  readonly resolve: (reply: WorkerReply) => void;
  readonly reject: (error: Error) => void;
}

interface PoolMember {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
}

/**
 * The compiled worker beside this file. When tyndau runs from its TypeScript sources (tests, a
 * development checkout) the `.ts` worker is loaded through tsx, registered inside the worker:
 * Node 20 does not apply an `--import` hook to a worker's own entry module.
 */
function workerScript(): WorkerScript {
  if (import.meta.url.endsWith('.ts')) {
    const url = new URL('./analysis-worker.ts', import.meta.url);
    const start = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
    return { url, start, eval: true };
  }
  const url = new URL('./analysis-worker.js', import.meta.url);
  return { url, start: url, eval: false };
}

/** One worker per core, or none when no worker script can be found (a bundled build). */
export function defaultWorkerCount(): number {
  return existsSync(fileURLToPath(workerScript().url)) ? availableParallelism() : 0;
}

/**
 * Worker threads that gate and analyse batches in parallel, each with its own gate and analyzer
 * built from the project (models loaded once per worker). The calling thread keeps reading and
 * storing; batches are handed to the worker with the fewest in hand. A worker that dies fails the
 * batches it held, and every later call, with its error.
 */
export class AnalysisWorkers implements BatchProcessor {
  readonly batchesInFlight: number;
  readonly #members: PoolMember[];
  #nextId = 1;
  #failure: Error | null = null;

  private constructor(members: PoolMember[]) {
    this.#members = members;
    this.batchesInFlight = members.length * BATCHES_PER_WORKER;
  }

  /** Starts `count` workers and waits until each has loaded its models. */
  static async start(project: Project, count: number): Promise<AnalysisWorkers> {
    if (!Number.isInteger(count) || count < 1) {
      throw new Error(`analysis workers: ${count} is not a worker count; use a whole number of 1 or more`);
    }
    const script = workerScript();
    const members: PoolMember[] = [];
    const ready: Promise<void>[] = [];
    for (let index = 0; index < count; index++) {
      const worker = new Worker(script.start, { workerData: { project }, eval: script.eval });
      members.push({ worker, pending: new Map() });
      ready.push(firstReply(worker, index));
    }
    const pool = new AnalysisWorkers(members);
    try {
      await Promise.all(ready);
    } catch (error) {
      await pool.close();
      throw error;
    }
    members.forEach((member, index) => pool.#listen(member, index));
    return pool;
  }

  get size(): number {
    return this.#members.length;
  }

  async process(raws: readonly RawPost[], firstSeen: Date): Promise<GatedBatch> {
    const reply = await this.#send((id) => ({ kind: 'gate', id, raws, firstSeen: firstSeen.getTime() }));
    if ('batch' in reply) return reply.batch;
    throw new Error('analysis workers: a worker answered a batch without posts');
  }

  /** Analyses already gated texts (re-analysis of stored posts), in the order given. */
  async analyzeBatch(inputs: readonly AnalysisInput[]): Promise<Analysis[]> {
    const reply = await this.#send((id) => ({ kind: 'analyze', id, inputs }));
    if ('analyses' in reply) return reply.analyses;
    throw new Error('analysis workers: a worker answered a batch without analyses');
  }

  async close(): Promise<void> {
    await Promise.all(this.#members.map((member) => member.worker.terminate()));
  }

  #send(request: (id: number) => WorkerRequest): Promise<WorkerReply> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#nextId++;
    const member = this.#members.reduce((least, next) => (next.pending.size < least.pending.size ? next : least));
    return new Promise((resolve, reject) => {
      member.pending.set(id, { resolve, reject });
      member.worker.postMessage(request(id));
    });
  }

  #listen(member: PoolMember, index: number): void {
    member.worker.on('message', (reply: WorkerReply) => {
      const pending = member.pending.get(reply.id);
      if (!pending) return;
      member.pending.delete(reply.id);
      if ('error' in reply) pending.reject(new Error(`analysis worker ${index + 1}: ${reply.error}`));
      else pending.resolve(reply);
    });
    const fail = (error: Error): void => {
      this.#failure ??= new Error(`analysis worker ${index + 1} stopped: ${error.message}`);
      for (const pending of member.pending.values()) pending.reject(this.#failure);
      member.pending.clear();
    };
    member.worker.on('error', fail);
    member.worker.on('exit', (code) => {
      if (member.pending.size > 0) fail(new Error(`exited with code ${code}`));
    });
  }
}

function firstReply(worker: Worker, index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: Error): void => {
      reject(new Error(`analysis worker ${index + 1} could not start: ${error.message}`));
    };
    worker.once('message', () => {
      worker.off('error', failed);
      resolve();
    });
    worker.once('error', failed);
  });
}
