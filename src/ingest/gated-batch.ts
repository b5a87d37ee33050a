import type { RawPost, RecordLocation } from '../collect/raw-post.js';
import type { Analyzer } from '../analyze/pipeline.js';
import type { PrivacyGate } from '../privacy/gate.js';
import type { StoredItem } from '../store/store.js';

export interface SkipReport {
  readonly location: RecordLocation;
  readonly reason: string;
}

/** A batch of raw posts after the privacy gate and the analysis: ready for the store. */
export interface GatedBatch {
  readonly items: StoredItem[];
  /** Posts the gate refused, with where they came from. */
  readonly failures: SkipReport[];
}

/**
 * Gates and analyses batches of raw posts: in this thread, or spread over worker threads. Batches
 * may be handed in before earlier ones are done; each promise settles with its own batch.
 */
export interface BatchProcessor {
  /** How many batches to keep in hand at once to keep every thread busy. */
  readonly batchesInFlight: number;
  process(raws: readonly RawPost[], firstSeen: Date): Promise<GatedBatch>;
  close(): Promise<void>;
}

/** Gates and analyses `raws` in this thread. */
export function gateAndAnalyze(
  raws: readonly RawPost[],
  gate: PrivacyGate,
  analyzer: Analyzer,
  firstSeen: Date,
): GatedBatch {
  const items: StoredItem[] = [];
  const failures: SkipReport[] = [];
  for (const raw of raws) {
    try {
      const post = gate.admit(raw, firstSeen);
      items.push({ post, analysis: analyzer.analyze(post) });
    } catch (error) {
      failures.push({ location: raw.location, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { items, failures };
}

/** The single-thread processor: everything in the calling thread, one batch at a time. */
export class InThreadProcessor implements BatchProcessor {
  readonly batchesInFlight = 1;
  readonly #gate: PrivacyGate;
  readonly #analyzer: Analyzer;

  constructor(gate: PrivacyGate, analyzer: Analyzer) {
    this.#gate = gate;
    this.#analyzer = analyzer;
  }

  process(raws: readonly RawPost[], firstSeen: Date): Promise<GatedBatch> {
    return Promise.resolve(gateAndAnalyze(raws, this.#gate, this.#analyzer, firstSeen));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
