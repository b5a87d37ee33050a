import { basename } from 'node:path';

import { isFutureDateNote } from '../collect/import-context.js';
import type { ImportBatch, ImportNote, Platform, RecordLocation } from '../collect/raw-post.js';
import type { PrivacyGate } from '../privacy/gate.js';
import { RedactionTally } from '../privacy/redaction-tally.js';
import type { Analyzer } from '../analyze/pipeline.js';
import type { CollectionRecord, Store, StoredItem } from '../store/store.js';
import type { Logger } from '../log/logger.js';
import { FileAliases } from './file-aliases.js';
import { InThreadProcessor, type BatchProcessor, type GatedBatch, type SkipReport } from './gated-batch.js';
import { readPostBatches } from './read-post-batches.js';

export type { SkipReport } from './gated-batch.js';

/** How many posts are gated, analysed and written per transaction. */
const BATCH_SIZE = 1000;

export interface FileReport {
  readonly file: string;
  readonly format: string | null;
  readonly read: number;
  readonly inserted: number;
  readonly existing: number;
  readonly skipped: number;
  /** Set when the whole file could not be read; the other files still import. */
  readonly error: string | null;
}

export interface IngestSummary {
  readonly files: readonly FileReport[];
  readonly inserted: number;
  readonly existing: number;
  readonly skipped: readonly SkipReport[];
  /** What was read but left out or read another way: charset guesses, unreadable dates, media. */
  readonly notes: readonly ImportNote[];
  readonly failedFiles: number;
  /**
   * What the privacy gate removed from the posts read, by kind ("phone": 3), in the order of the
   * placeholders, and from how many posts.
   */
  readonly removed: Readonly<Record<string, number>>;
  readonly postsWithPersonalData: number;
}

export interface IngestProgress {
  readonly file: string;
  readonly fileIndex: number;
  readonly fileCount: number;
  readonly postsDone: number;
  /** Posts read from the file so far: all of them unless the file is read as a stream. */
  readonly postsInFile: number;
}

interface IngestSettings {
  readonly timezone: string;
  readonly store: Store;
  readonly logger: Logger;
  /** The import time: the first-seen date of posts that carry none. */
  readonly now?: Date;
  readonly onProgress?: (progress: IngestProgress) => void;
}

/** Gate and analysis in this thread. */
interface InThreadAnalysis {
  readonly gate: PrivacyGate;
  readonly analyzer: Analyzer;
  readonly processor?: undefined;
}

/** Gate and analysis elsewhere, e.g. `AnalysisWorkers` across cores. */
interface ProcessorAnalysis {
  readonly processor: BatchProcessor;
}

export type IngestOptions = IngestSettings & (InThreadAnalysis | ProcessorAnalysis);

interface FileTally {
  format: string | null;
  sourceLabel: string;
  read: number;
  inserted: number;
  existing: number;
  skipped: number;
  /** Posts read without a date of their source, which count on the import day. */
  undated: number;
  /** Of those, the posts whose date lay more than a day after the import time and was set aside. */
  futureDated: number;
  /** New and already stored posts of each platform, in the order the file first shows them. */
  platforms: Map<Platform, PlatformTally>;
  /** The other formats' keys the file's posts gave, each kept by one post. */
  aliases: FileAliases;
  /** What the gate removed from the file's posts. */
  redactions: RedactionTally;
}

interface PlatformTally {
  inserted: number;
  existing: number;
}

/**
 * Imports files through the whole main job: read and parse (collect), privacy gate, analysis,
 * store. Each batch is committed on its own, so a crash loses at most the batches in flight; a
 * bad record is skipped and reported with its location; an unreadable file does not stop the
 * others. Batches are stored in the order they were read, while the next ones are gated and
 * analysed (by worker threads when `processor` has them), so that a post repeated in a file is
 * stored from its first occurrence and memory holds only the batches in flight.
 */
export async function ingestFiles(paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const now = options.now ?? new Date();
  const processor = options.processor ?? new InThreadProcessor(options.gate, options.analyzer);
  const reports: FileReport[] = [];
  const skipped: SkipReport[] = [];
  const notes: ImportNote[] = [];
  const redactions = new RedactionTally();

  for (const [fileIndex, path] of paths.entries()) {
    const started = Date.now();
    const tally: FileTally = {
      format: null, sourceLabel: path, read: 0, inserted: 0, existing: 0, skipped: 0, undated: 0, futureDated: 0, platforms: new Map(),
      aliases: new FileAliases(), redactions: new RedactionTally(),
    };
    const inFlight: Promise<GatedBatch>[] = [];
    let postsDone = 0;

    const storeOldest = async (): Promise<void> => {
      const { items, failures } = await inFlight.shift()!;
      for (const failure of failures) skipped.push(failure);
      tally.skipped += failures.length;
      for (const { post } of items) {
        tally.redactions.add(post.redactions);
        redactions.add(post.redactions);
      }
      storeByPlatform(options.store, items, tally);
      postsDone += items.length + failures.length;
      options.onProgress?.({ file: path, fileIndex, fileCount: paths.length, postsDone, postsInFile: tally.read });
    };

    let readError: string | null = null;
    const batches = readPostBatches(path, { timezone: options.timezone, now, batchSize: BATCH_SIZE });
    for (;;) {
      let next: IteratorResult<ImportBatch>;
      try {
        next = await batches.next();
      } catch (error) {
        readError = error instanceof Error ? error.message : String(error);
        break;
      }
      if (next.done) break;
      const batch = next.value;
      tally.format ??= batch.format;
      tally.sourceLabel = batch.sourceLabel;
      tally.read += batch.posts.length;
      tally.undated += batch.posts.filter((post) => post.publishedAt === undefined).length;
      tally.skipped += batch.skipped.length;
      // One by one: a file read whole gives every skip in its first batch, and 200,000 spread
      // into push overflowed the call stack.
      for (const skip of batch.skipped) skipped.push(skip);
      for (const note of batch.notes ?? []) notes.push(note);
      tally.futureDated += (batch.notes ?? []).filter(isFutureDateNote).length;
      if (batch.posts.length === 0) continue;
      inFlight.push(processor.process(batch.posts, now));
      if (inFlight.length >= processor.batchesInFlight) await storeOldest();
    }
    // What was read before a read error is good and is stored too.
    while (inFlight.length > 0) await storeOldest();
    for (const note of undatedNotes(path, tally, now, options.timezone)) notes.push(note);

    const report = {
      file: path, format: tally.format, read: tally.read, inserted: tally.inserted,
      existing: tally.existing, skipped: tally.skipped, error: readError,
    };
    if (readError !== null) {
      options.logger.error('import.file_failed', { file: basename(path), reason: readError, inserted: tally.inserted });
      reports.push(report);
      continue;
    }

    for (const record of collectionRecords(tally, now)) options.store.recordCollection(record);
    options.logger.info('import.file_done', {
      file: basename(path),
      format: tally.format,
      read: tally.read,
      inserted: tally.inserted,
      existing: tally.existing,
      skipped: tally.skipped,
      removed: tally.redactions.describe(),
      ms: Date.now() - started,
    });
    reports.push(report);
  }

  return {
    files: reports,
    inserted: reports.reduce((sum, file) => sum + file.inserted, 0),
    existing: reports.reduce((sum, file) => sum + file.existing, 0),
    skipped,
    notes,
    failedFiles: reports.filter((file) => file.error !== null).length,
    removed: redactions.removed,
    postsWithPersonalData: redactions.posts,
  };
}

/**
 * Posts without a date stand on the import day in every count: a file of undated reviews would
 * otherwise pile onto one day unseen, and move the end of an export's default period to it. Posts
 * dated more than a day ahead (a scheduled post, day and month swapped, a wrong year) stand there
 * too, and get their own note: they had a date, which was set aside.
 */
function undatedNotes(path: string, tally: FileTally, now: Date, timezone: string): ImportNote[] {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: timezone }).format(now);
  const of = `of ${tally.read} ${tally.read === 1 ? 'post' : 'posts'}`;
  // A record may be skipped after its date was read, so the future notes may outnumber the posts.
  const future = Math.min(tally.futureDated, tally.undated);
  const missing = tally.undated - future;
  const notes: ImportNote[] = [];
  if (missing > 0) {
    notes.push({
      location: { file: path },
      note: `${missing} ${of} ${missing === 1 ? 'has' : 'have'} no date from the source (none given, or one not read); ` +
        `${missing === 1 ? 'it counts' : 'they count'} on the import day, ${day}`,
    });
  }
  if (future > 0) {
    notes.push({
      location: { file: path },
      note: `${future} ${of} ${future === 1 ? 'is' : 'are'} dated more than a day after the import time; ` +
        `${future === 1 ? 'its date was' : 'their dates were'} set aside and ${future === 1 ? 'it counts' : 'they count'} ` +
        `on the import day, ${day}`,
    });
  }
  return notes;
}

/**
 * Stores a batch a platform at a time, so that a file mixing platforms (a listening tool's CSV
 * export of telegram, vk, news and youtube rows) counts the new posts of each.
 */
function storeByPlatform(store: Store, items: readonly StoredItem[], tally: FileTally): void {
  const groups = new Map<Platform, StoredItem[]>();
  for (const given of items) {
    const post = tally.aliases.admit(given.post);
    const item = post === given.post ? given : { ...given, post };
    const group = groups.get(item.post.platform);
    if (group) group.push(item);
    else groups.set(item.post.platform, [item]);
  }
  for (const [platform, group] of groups) {
    const saved = store.savePosts(group);
    const counts = tally.platforms.get(platform) ?? { inserted: 0, existing: 0 };
    counts.inserted += saved.inserted;
    counts.existing += saved.existing;
    tally.platforms.set(platform, counts);
    tally.inserted += saved.inserted;
    tally.existing += saved.existing;
  }
}

/**
 * A file's collection records: one for each platform its posts belong to. Skipped records carry
 * no platform, so they count with the platform the file shows first; a file of nothing readable
 * is recorded under `other`.
 */
function collectionRecords(tally: FileTally, at: Date): CollectionRecord[] {
  const platforms = tally.platforms.size > 0 ? [...tally.platforms] : [['other', { inserted: 0, existing: 0 }] as const];
  return platforms.map(([platform, counts], index) => ({
    sourceLabel: tally.sourceLabel,
    platform,
    format: tally.format ?? 'unknown',
    at,
    read: counts.inserted + counts.existing,
    inserted: counts.inserted,
    existing: counts.existing,
    skipped: index === 0 ? tally.skipped : 0,
  }));
}

/** `file:line` or `file#index`, the way skip reports print a record's place. */
export function formatLocation(location: RecordLocation): string {
  let place = location.file;
  if (location.line !== undefined) place += `:${location.line}`;
  else if (location.index !== undefined) place += `#${location.index}`;
  const within = [location.path, location.offset === undefined ? '' : `byte ${location.offset}`];
  if (within.some((part) => part)) place += ` (${within.filter((part) => part).join(', ')})`;
  return place;
}
