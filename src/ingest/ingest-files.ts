import { basename } from 'node:path';

import type { ImportBatch, RawPost, RecordLocation } from '../collect/raw-post.js';
import { importFile } from '../collect/index.js';
import type { PrivacyGate } from '../privacy/gate.js';
import type { Post } from '../privacy/post.js';
import type { Analyzer } from '../analyze/pipeline.js';
import type { Store, StoredItem } from '../store/store.js';
import type { Logger } from '../log/logger.js';

/** How many posts are gated, analysed and written per transaction. */
const BATCH_SIZE = 1000;

export interface SkipReport {
  readonly location: RecordLocation;
  readonly reason: string;
}

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
  readonly failedFiles: number;
}

export interface IngestProgress {
  readonly file: string;
  readonly fileIndex: number;
  readonly fileCount: number;
  readonly postsDone: number;
  readonly postsInFile: number;
}

export interface IngestOptions {
  readonly timezone: string;
  readonly gate: PrivacyGate;
  readonly analyzer: Analyzer;
  readonly store: Store;
  readonly logger: Logger;
  /** The import time: the first-seen date of posts that carry none. */
  readonly now?: Date;
  readonly onProgress?: (progress: IngestProgress) => void;
}

/**
 * Imports files through the whole main job: read and parse (collect), privacy gate, analysis,
 * store. Each batch is committed on its own, so a crash loses at most the batch in flight; a bad
 * record is skipped and reported with its location; an unreadable file does not stop the others.
 */
export async function ingestFiles(paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const now = options.now ?? new Date();
  const reports: FileReport[] = [];
  const skipped: SkipReport[] = [];

  for (const [fileIndex, path] of paths.entries()) {
    const started = Date.now();
    let batch: ImportBatch;
    try {
      batch = await importFile(path, { timezone: options.timezone });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      options.logger.error('import.file_failed', { file: basename(path), reason });
      reports.push({ file: path, format: null, read: 0, inserted: 0, existing: 0, skipped: 0, error: reason });
      continue;
    }

    skipped.push(...batch.skipped);
    const report = { file: path, format: batch.format, read: batch.posts.length, inserted: 0, existing: 0 };
    let gateSkips = 0;

    for (let offset = 0; offset < batch.posts.length; offset += BATCH_SIZE) {
      const chunk = batch.posts.slice(offset, offset + BATCH_SIZE);
      const { posts, failures } = admitAll(chunk, options.gate, now);
      skipped.push(...failures);
      gateSkips += failures.length;

      const analyses = options.analyzer.analyzeBatch(posts.map(toAnalysisInput));
      const items: StoredItem[] = posts.map((post, index) => ({ post, analysis: analyses[index]! }));
      const saved = options.store.savePosts(items);
      report.inserted += saved.inserted;
      report.existing += saved.existing;

      options.onProgress?.({
        file: path,
        fileIndex,
        fileCount: paths.length,
        postsDone: Math.min(offset + chunk.length, batch.posts.length),
        postsInFile: batch.posts.length,
      });
    }

    const fileSkipped = batch.skipped.length + gateSkips;
    options.store.recordCollection({
      sourceLabel: batch.sourceLabel,
      platform: batch.posts[0]?.platform ?? 'other',
      format: batch.format,
      at: now,
      posts: batch.posts.length - gateSkips,
      skipped: fileSkipped,
    });
    options.logger.info('import.file_done', {
      file: basename(path),
      format: batch.format,
      read: batch.posts.length,
      inserted: report.inserted,
      existing: report.existing,
      skipped: fileSkipped,
      ms: Date.now() - started,
    });
    reports.push({ ...report, skipped: fileSkipped, error: null });
  }

  return {
    files: reports,
    inserted: reports.reduce((sum, file) => sum + file.inserted, 0),
    existing: reports.reduce((sum, file) => sum + file.existing, 0),
    skipped,
    failedFiles: reports.filter((file) => file.error !== null).length,
  };
}

function admitAll(raws: readonly RawPost[], gate: PrivacyGate, now: Date): { posts: Post[]; failures: SkipReport[] } {
  const posts: Post[] = [];
  const failures: SkipReport[] = [];
  for (const raw of raws) {
    try {
      posts.push(gate.admit(raw, now));
    } catch (error) {
      failures.push({ location: raw.location, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { posts, failures };
}

function toAnalysisInput(post: Post): { text: string; title: string | null; declaredLanguage: string | null } {
  return { text: post.text, title: post.title, declaredLanguage: post.declaredLanguage };
}

/** `file:line` or `file#index`, the way skip reports print a record's place. */
export function formatLocation(location: RecordLocation): string {
  let place = location.file;
  if (location.line !== undefined) place += `:${location.line}`;
  else if (location.index !== undefined) place += `#${location.index}`;
  if (location.path) place += ` (${location.path})`;
  return place;
}
