import type { Analyzer } from '../analyze/pipeline.js';
import type { Fetcher } from '../collect/fetcher/fetcher.js';
import type { CollectedBatch, LiveSource } from '../collect/live-source.js';
import { cutLongTexts } from '../collect/long-texts.js';
import type { ImportNote, RawPost, SkippedRecord } from '../collect/raw-post.js';
import type { Logger } from '../log/logger.js';
import type { PrivacyGate } from '../privacy/gate.js';
import { hashNativeId } from '../privacy/hash-native-id.js';
import type { Post } from '../privacy/post.js';
import { RedactionTally } from '../privacy/redaction-tally.js';
import type { CollectionLedger } from '../store/collection-ledger.js';
import type { Store, StoredItem } from '../store/store.js';
import { groupNearDuplicates } from './near-duplicates.js';

export interface SourceRunContext {
  readonly store: Store;
  readonly ledger: CollectionLedger;
  readonly gate: PrivacyGate;
  readonly analyzer: Analyzer;
  readonly fetcher: Fetcher;
  readonly logger: Logger;
  readonly timezone: string;
  /** The project secret, to ask the store whether a native id is stored without keeping it. */
  readonly secret: string;
  readonly nearDuplicateDays: number;
  readonly now?: () => Date;
}

export interface SourceRunReport {
  readonly sourceId: string;
  readonly ok: boolean;
  readonly posts: number;
  readonly inserted: number;
  readonly nearDuplicates: number;
  /** What the privacy gate removed from the run's posts, by kind ("phone": 3). */
  readonly removed: Readonly<Record<string, number>>;
  readonly skipped: readonly SkippedRecord[];
  readonly notes: readonly ImportNote[];
  readonly error: string | null;
}

/**
 * One run of one source: collect from its cursor, gate, group near duplicates, analyse, and commit
 * the posts with the new cursor in one transaction. A failure is recorded against the source
 * (its error streak grows, its cursor stays) and never thrown: one source cannot stop the others.
 */
export async function collectSource(source: LiveSource, context: SourceRunContext): Promise<SourceRunReport> {
  const now = context.now ?? (() => new Date());
  const startedAt = now();
  const state = context.ledger.readSourceState(source.id);

  let batch: CollectedBatch;
  try {
    batch = cutLongTexts(await source.collect(state?.cursor ?? undefined, {
      fetcher: context.fetcher,
      timezone: context.timezone,
      now: startedAt,
      isStored: (platform, nativeId) => context.ledger.hasPost(hashNativeId(context.secret, platform, nativeId)),
    }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    context.ledger.recordSourceFailure(source.id, source.platform, startedAt, now(), message);
    context.logger.error('collect.source_failed', { source: source.id, reason: message, ms: now().getTime() - startedAt.getTime() });
    return failed(source.id, message);
  }

  const { posts, failures } = admitAll(batch.posts, context.gate, startedAt);
  const redactions = new RedactionTally();
  for (const post of posts) redactions.add(post.redactions);
  const grouped = groupNearDuplicates(posts, context.ledger, context.gate, context.nearDuplicateDays);
  const analyses = context.analyzer.analyzeBatch(grouped.posts.map((post) => ({
    text: post.text, title: post.title, declaredLanguage: post.declaredLanguage, kind: post.kind, outlet: post.outlet,
  })));
  const items: StoredItem[] = grouped.posts.map((post, index) => ({ post, analysis: analyses[index]! }));
  const skipped = [...batch.skipped, ...failures];

  const saved = context.ledger.commitSourceRun({
    sourceId: source.id,
    platform: source.platform,
    items,
    fingerprints: grouped.fingerprints,
    cursor: batch.cursor,
    startedAt,
    finishedAt: now(),
    skipped: skipped.length,
  });
  context.logger.info('collect.source_done', {
    source: source.id,
    read: batch.posts.length,
    inserted: saved.inserted,
    existing: saved.existing,
    near_duplicates: grouped.marked,
    skipped: skipped.length,
    removed: redactions.describe(),
    ms: now().getTime() - startedAt.getTime(),
  });
  return {
    sourceId: source.id,
    ok: true,
    posts: items.length,
    inserted: saved.inserted,
    nearDuplicates: grouped.marked,
    removed: redactions.removed,
    skipped,
    notes: batch.notes ?? [],
    error: null,
  };
}

/** Gates every post; one the gate refuses is skipped with its place, the rest go on. */
function admitAll(raws: readonly RawPost[], gate: PrivacyGate, firstSeen: Date): { posts: Post[]; failures: SkippedRecord[] } {
  const posts = new Map<string, Post>();
  const failures: SkippedRecord[] = [];
  for (const raw of raws) {
    try {
      const post = gate.admit(raw, firstSeen);
      if (!posts.has(post.id)) posts.set(post.id, post);
    } catch (error) {
      failures.push({ location: raw.location, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { posts: [...posts.values()], failures };
}

function failed(sourceId: string, error: string): SourceRunReport {
  return { sourceId, ok: false, posts: 0, inserted: 0, nearDuplicates: 0, removed: {}, skipped: [], notes: [], error };
}
