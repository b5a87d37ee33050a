import type { Analysis } from '../analyze/analysis.js';
import type { AnalysisInput } from '../analyze/pipeline.js';
import type { RawPost } from '../collect/raw-post.js';
import type { GatedBatch } from './gated-batch.js';

/** What the pool sends an analysis worker. Dates travel as milliseconds. */
export type WorkerRequest =
  | { readonly kind: 'gate'; readonly id: number; readonly raws: readonly RawPost[]; readonly firstSeen: number }
  | { readonly kind: 'analyze'; readonly id: number; readonly inputs: readonly AnalysisInput[] };

/** What a worker answers: the result for request `id`, or why it failed. */
export type WorkerReply =
  | { readonly id: number; readonly ready: true }
  | { readonly id: number; readonly batch: GatedBatch }
  | { readonly id: number; readonly analyses: Analysis[] }
  | { readonly id: number; readonly error: string };
