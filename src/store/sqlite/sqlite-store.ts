import { statSync } from 'node:fs';
import { dirname } from 'node:path';

import Database from 'better-sqlite3';
import type { Database as Connection, Statement } from 'better-sqlite3';

import type { Analysis, LanguageCode, SentimentLabel } from '../../analyze/analysis.js';
import type { PriorAnalysis } from '../../analyze/pipeline.js';
import { ANALYSIS_STAGES, type AnalysisStage, type StageVersions } from '../../analyze/stage-versions.js';
import type { Platform, PostKind } from '../../collect/raw-post.js';
import type { PostRedaction } from '../../privacy/redact/redactor.js';
import { assertDayRange, type DayRange } from '../day-range.js';
import { COLLECTION_VOLUME_COLUMNS, collectionVolumeOf, type CollectionVolumeRow } from '../collection-volume.js';
import { countRedactions } from '../count-redactions.js';
import { LocalDayCalendar } from '../local-day.js';
import { SQLITE_MIGRATIONS } from '../migrations/sqlite/index.js';
import { RollupTally } from '../rollup-tally.js';
import { AgencyRollupTally } from '../agency-rollup-tally.js';
import type { AgencyReader, AgencyRollupSnapshot } from '../agency-rollups.js';
import type {
  CollectionRecord, CollectionVolume, ExcerptCandidate, ReanalysisOptions, RetentionResult, RollupSnapshot,
  SaveResult, SearchOptions, SearchResult, Store, StoredItem, StoredPostText,
} from '../store.js';
import { pipelineReanalysis } from '../batch-reanalysis.js';
import { ReanalysisPlan, type StoredAnalysisRow } from './reanalysis-plan.js';
import { migrate } from './migrate.js';
import { writeTransaction } from './write-transaction.js';
import { readRollups } from './read-rollups.js';
import { RollupWriter, countedPosts, rebuildRollups } from './rollup-tables.js';
import { AgencyTables, readAgencyRollups, rebuildAgencyRollups } from './agency-tables.js';
import { readAgencyExcerptCandidates, readExcerptCandidates } from './read-excerpts.js';
import { markPostFactsChanged } from './post-facts-cache.js';
import { SearchIndex } from './search-index.js';
import { entriesGone, searchEntries } from '../../text/search-words.js';
import { searchPostIds, searchPosts } from './search-posts.js';
import type { Query } from '../../query/ast.js';
import { parseQuery } from '../../query/parser.js';
import type { DatedCounts, DatedPost, DatedPostFilter, DatedPostReader } from '../dated-posts.js';
import { readDatedCounts, readDatedPosts } from './read-dated-posts.js';
import { tallyStoredPost } from '../tally-stored-post.js';
import type { Post } from '../../privacy/post.js';
import { makeFolder } from '../../make-folder.js';
import type { ProjectIds, PruneResult } from '../removed-ids.js';
import { pruneRemovedIds } from './prune-removed-ids.js';

const DAY_MS = 86_400_000;
const DEFAULT_REANALYZE_BATCH = 1000;

export interface SqliteStoreOptions {
  /** IANA zone whose calendar days the rollups count by, e.g. Asia/Almaty. */
  readonly timezone: string;
  /**
   * Leave posts about other places only out of every figure but collection volume (default
   * true: the project's `scope.setAside`). Opening with the other setting recounts the rollups.
   */
  readonly setAsideElsewhere?: boolean;
}

/**
 * How long a write waits for another command's write to end. Three imports into one store on two
 * busy cores held the lock up to 2 s a batch and waited up to 5 s for it; rebuilding the rollups
 * of a large store holds it longer.
 */
const WRITE_LOCK_WAIT_MS = 60_000;

/**
 * Opens (creating when missing) the SQLite store at `path`, or `:memory:`, and brings its schema
 * up to date. Posts are counted by the local days of `options.timezone`; opening a store with a
 * different zone than before moves every post to its new local day and recounts the rollups.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions): SqliteStore {
  const calendar = new LocalDayCalendar(options.timezone);
  if (path !== ':memory:') makeFolder(dirname(path));

  let database: Connection;
  try {
    database = new Database(path, { timeout: WRITE_LOCK_WAIT_MS });
  } catch (error) {
    // `store.sqlite: /srv/tyndau` names the folder meant to hold the file, not the file.
    const advice = isFolder(path) ? 'it is a folder; name the store file inside it' : 'check that the folder is writable';
    throw new Error(`store ${path}: cannot open it (${reason(error)}); ${advice}`);
  }
  try {
    // Larger pages mean fewer pages dirtied per batch by the random-order id index and the
    // full-text segments: about 15% faster inserts at 100k posts. Takes effect only when the
    // file is created; an existing store keeps its page size.
    database.pragma('page_size = 16384');
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('cache_size = -32000');
    migrate(database, SQLITE_MIGRATIONS, path);
    return new SqliteStore(database, calendar, options.setAsideElsewhere ?? true);
  } catch (error) {
    database.close();
    if (error instanceof Error && error.message.startsWith(`store ${path}`)) throw error;
    throw new Error(`store ${path}: cannot use it (${reason(error)}); is it a tyndau store file?`);
  }
}

/** A stored post as re-analysis reads it: its text and what its stored analysis holds. */
interface PostTextRow extends StoredAnalysisRow {
  day: string;
  published_at: number;
  kind: PostKind;
  platform: Platform;
  title: string | null;
  text: string;
  declared_language: string | null;
  outlet: string | null;
}

/** A row read for re-analysis with the stages to run on it. */
interface PlannedRow {
  readonly row: PostTextRow;
  readonly stages: readonly AnalysisStage[];
  readonly post: StoredPostText;
}

/** Where a post's issue and agency rows sit in the indexes that excerpts read in order. */
interface Placement {
  readonly day: string;
  readonly publishedAt: number;
}

/** What of an analysis goes into the child tables and the rollups, each id once. */
interface AnalysisFacts {
  readonly issueIds: string[];
  readonly subjectSentiments: { subjectId: string; sentiment: SentimentLabel }[];
  readonly districtIds: string[];
  readonly sliceIds: string[];
}

/**
 * The embedded store: one SQLite file in WAL mode. Writes are batched into transactions, and the
 * rollups are updated in the transaction that stores the posts, so they never disagree with the
 * post tables.
 */
export class SqliteStore implements Store, DatedPostReader, AgencyReader {
  readonly #database: Connection;
  readonly #calendar: LocalDayCalendar;
  readonly #setAsideElsewhere: boolean;
  readonly #rollups: RollupWriter;
  readonly #searchIndex: SearchIndex;
  readonly #agencies: AgencyTables;
  readonly #statements: ReturnType<typeof prepareStatements>;
  readonly #saveBatch: (items: readonly StoredItem[]) => SaveResult;
  /** Ids of the `analysis_versions` rows met, by the versions object and by its text. */
  readonly #versionIds = new Map<StageVersions | string, number>();

  constructor(database: Connection, calendar: LocalDayCalendar, setAsideElsewhere = true) {
    this.#database = database;
    this.#calendar = calendar;
    this.#setAsideElsewhere = setAsideElsewhere;
    this.#rollups = new RollupWriter(database);
    this.#searchIndex = new SearchIndex(database);
    this.#agencies = new AgencyTables(database);
    this.#statements = prepareStatements(database);
    this.#saveBatch = writeTransaction(database, (items: readonly StoredItem[]) => this.#save(items));
    this.#settleTimezone();
    this.#settleSetAside();
    if (this.#meta('rollups_stale') === '1') this.#rebuildRollups();
    if (this.#meta('search_index_stale') === '1') this.#rebuildSearchIndex();
  }

  /** The open connection, for the collection ledger, whose writes share this store's transactions. */
  get connection(): Connection {
    return this.#database;
  }

  savePosts(items: readonly StoredItem[]): SaveResult {
    if (items.length === 0) return { inserted: 0, existing: 0 };
    return this.#saveBatch(items);
  }

  recordCollection(record: CollectionRecord): void {
    this.#statements.insertCollection.run(
      record.sourceLabel, record.platform, record.format, record.at.getTime(),
      record.read, record.inserted, record.existing, record.skipped,
    );
  }

  // LIMITATION: posts whose text retention has removed keep their old analysis; a model change
  // therefore mixes old and new labels for periods older than the retention limit. Only what
  // they say about ids the project removed goes (`pruneRemovedIds`).
  reanalyze(
    analyze: (post: StoredPostText) => Analysis,
    batchSize = DEFAULT_REANALYZE_BATCH,
    options: ReanalysisOptions = {},
  ): number {
    const run = this.#beginReanalysis(batchSize, options);
    for (let rows = run.read(); rows.length > 0; rows = run.read()) {
      run.write(rows, rows.map((planned) => analyze(planned.post)));
    }
    return run.finish();
  }

  /**
   * As `reanalyze`, with an analyser that takes whole batches and answers later (worker threads):
   * the next batches are read and handed out while earlier ones are analysed, and each batch is
   * written in a transaction of its own, in order.
   */
  async reanalyzeInBatches(
    analyzeBatch: (posts: StoredPostText[]) => Promise<Analysis[]>,
    batchSize = DEFAULT_REANALYZE_BATCH,
    options: ReanalysisOptions = {},
  ): Promise<number> {
    const run = this.#beginReanalysis(batchSize, options);
    await pipelineReanalysis(run.read, (planned) => planned.post, analyzeBatch, run.write);
    return run.finish();
  }

  search(query: string | Query, options: SearchOptions): SearchResult {
    return searchPosts(this.#database, typeof query === 'string' ? parseQuery(query) : query, options);
  }

  /** Ids of every stored post with text that `query` matches, sorted; for tests and exports. */
  matchingPostIds(query: Query, options: Pick<SearchOptions, 'from' | 'to'> = {}): string[] {
    return searchPostIds(this.#database, query, options);
  }

  applyRetention(now: Date, days: number): RetentionResult {
    if (!Number.isFinite(days) || days < 0) {
      throw new Error(`retention: ${days} is not a number of days; use a whole number of 0 or more`);
    }
    // The same limit as isPastRetention: strictly older than `days` whole days.
    const cutoff = now.getTime() - days * DAY_MS;
    const remove = writeTransaction(this.#database, () => {
      this.#statements.deleteExpiredSearchEntries.run(cutoff);
      return this.#statements.removeExpiredTexts.run(now.getTime(), cutoff).changes;
    });
    return { textsRemoved: remove() };
  }

  pruneRemovedIds(ids: ProjectIds): PruneResult {
    return writeTransaction(this.#database, () => {
      const pruned = pruneRemovedIds(this.#database, ids);
      if (pruned.rows > 0) this.#recountRollups();
      return pruned;
    })();
  }

  countPosts(): number {
    return (this.#statements.countPosts.get() as { count: number }).count;
  }

  storedDays(): DayRange | null {
    const row = this.#statements.dayBounds.get() as { first: string | null; last: string | null };
    return row.first !== null && row.last !== null ? { from: row.first, to: row.last } : null;
  }

  readRollups(range: DayRange): RollupSnapshot {
    assertDayRange(range, 'store: rollup range');
    return readRollups(this.#database, range);
  }

  readExcerptCandidates(issueId: string, range: DayRange, limit: number): ExcerptCandidate[] {
    assertDayRange(range, 'store: excerpt range');
    return readExcerptCandidates(this.#database, issueId, range, limit, this.storedDays(), this.#setAsideElsewhere);
  }

  readCollectionVolumes(since?: Date): CollectionVolume[] {
    const rows = this.#statements.selectCollections.all(since?.getTime() ?? 0) as CollectionVolumeRow<number>[];
    return rows.map((row) => collectionVolumeOf(row, new Date(row.lastAt)));
  }

  readDatedCounts(range: DayRange): DatedCounts {
    assertDayRange(range, 'store: dated count range');
    return readDatedCounts(this.#database, range);
  }

  readDatedPosts(filter: DatedPostFilter, range: DayRange, limit: number): DatedPost[] {
    assertDayRange(range, 'store: dated post range');
    return readDatedPosts(this.#database, filter, range, limit);
  }

  readAgencyRollups(range: DayRange): AgencyRollupSnapshot {
    assertDayRange(range, 'store: agency rollup range');
    return readAgencyRollups(this.#database, range);
  }

  readAgencyExcerptCandidates(agencyId: string, range: DayRange, limit: number): ExcerptCandidate[] {
    assertDayRange(range, 'store: agency excerpt range');
    return readAgencyExcerptCandidates(
      this.#database, agencyId, range, limit, this.storedDays(), this.#setAsideElsewhere,
    );
  }

  close(): void {
    if (this.#database.open) this.#database.close();
  }

  #save(items: readonly StoredItem[]): SaveResult {
    const tally = new RollupTally();
    const agencyTally = new AgencyRollupTally();
    const insertPost = this.#statements.insertPost;
    let inserted = 0;

    for (const { post, analysis } of items) {
      const owner = this.#storedOwner(post);
      if (owner !== undefined) {
        // Already stored, perhaps from another format: that post stays as it was, and is known
        // from now on by the keys this format gives it too.
        this.#rememberKeys(post, owner);
        continue;
      }
      const day = this.#calendar.dayOf(post.publishedAt);
      const probabilities = analysis.sentiment.probabilities;
      const result = insertPost.run(
        post.id, post.kind, post.platform, post.outlet, post.url, post.publishedAt.getTime(), day,
        post.dateSource, post.title, post.text, analysis.normalised, post.declaredLanguage,
        countRedactions(post.redactions), analysis.language.code, analysis.language.confidence,
        analysis.sentiment.label, probabilities.negative, probabilities.neutral, probabilities.positive,
        post.amplifiesId, post.parentId, JSON.stringify(analysis.language.shares), this.#versionsId(analysis.versions),
        analysis.scope ?? null,
      );
      // Already stored: the first import's row, first-seen date included, stays as it was.
      if (result.changes === 0) continue;
      inserted++;
      for (const alias of post.aliases) this.#statements.insertAlias.run(alias, post.id);

      const seq = Number(result.lastInsertRowid);
      const facts = this.#writeAnalysis(seq, analysis, { day, publishedAt: post.publishedAt.getTime() });
      tallyStoredPost({ rollups: tally, agencies: agencyTally }, post, analysis, day, facts, this.#setAsideElsewhere);
    }

    this.#rollups.write(tally);
    this.#agencies.writeRollups(agencyTally);
    return { inserted, existing: items.length - inserted };
  }

  /**
   * The id of the stored post that `post` is, found by its id or by any of its other keys,
   * either as a stored post's id or as a key another format gave one; undefined for a new post.
   */
  #storedOwner(post: Post): string | undefined {
    for (const key of [post.id, ...post.aliases]) {
      if (this.#statements.selectPostId.get(key) !== undefined) return key;
      const alias = this.#statements.selectAliasOwner.get(key) as { owner: string } | undefined;
      if (alias !== undefined) return alias.owner;
    }
    return undefined;
  }

  #rememberKeys(post: Post, owner: string): void {
    for (const key of [post.id, ...post.aliases]) {
      if (key !== owner) this.#statements.insertAlias.run(key, owner);
    }
  }

  /** Writes the child rows and the search entry of one post's analysis (the entry unless `searchIndexed`). */
  #writeAnalysis(seq: number, analysis: Analysis, placement: Placement, searchIndexed = false): AnalysisFacts {
    this.#writeMentions(seq, analysis);
    const subjectSentiments = this.#writeSubjectSentiment(seq, analysis);
    const { issueIds, sliceIds } = this.#writeIssues(seq, analysis, placement);
    const districtIds = this.#writeDistricts(seq, analysis);
    if (!searchIndexed) {
      this.#searchIndex.add(seq, analysis.searchEntries ?? searchEntries(analysis.normalised, analysis.language.code));
    }
    this.#agencies.insert(seq, analysis.agencies, { ...placement, negative: analysis.sentiment.probabilities.negative });
    return { issueIds, subjectSentiments, districtIds, sliceIds };
  }

  #writeMentions(seq: number, analysis: Analysis): void {
    analysis.mentions.forEach((mention, ordinal) => {
      this.#statements.insertMention.run(
        seq, ordinal, mention.subjectId, mention.start, mention.end, mention.how, mention.inTitle ? 1 : 0,
      );
    });
  }

  #writeSubjectSentiment(seq: number, analysis: Analysis): AnalysisFacts['subjectSentiments'] {
    const subjectSentiments: AnalysisFacts['subjectSentiments'] = [];
    for (const entry of analysis.subjectSentiment) {
      if (subjectSentiments.some((seen) => seen.subjectId === entry.subjectId)) continue;
      const { negative, neutral, positive } = entry.probabilities;
      this.#statements.insertSubjectSentiment.run(seq, entry.subjectId, entry.label, negative, neutral, positive);
      subjectSentiments.push({ subjectId: entry.subjectId, sentiment: entry.label });
    }
    return subjectSentiments;
  }

  #writeIssues(seq: number, analysis: Analysis, placement: Placement): Pick<AnalysisFacts, 'issueIds' | 'sliceIds'> {
    const issueIds: string[] = [];
    for (const issue of analysis.issues) {
      if (issueIds.includes(issue.issueId)) continue;
      this.#statements.insertIssue.run(seq, issue.issueId, issue.score, placement.day, placement.publishedAt);
      issueIds.push(issue.issueId);
    }
    const sliceIds = unique(analysis.slices);
    for (const sliceId of sliceIds) this.#statements.insertSlice.run(seq, sliceId);
    return { issueIds, sliceIds };
  }

  #writeDistricts(seq: number, analysis: Analysis): string[] {
    const districtIds = unique(analysis.districts);
    for (const districtId of districtIds) this.#statements.insertDistrict.run(seq, districtId);
    return districtIds;
  }

  #replaceAnalysis(row: PostTextRow, analysis: Analysis, versionsId: number | null): void {
    const seq = row.seq;
    const statements = this.#statements;
    const probabilities = analysis.sentiment.probabilities;
    statements.updateAnalysis.run(
      analysis.normalised, analysis.language.code, analysis.language.confidence,
      JSON.stringify(analysis.language.shares), analysis.sentiment.label,
      probabilities.negative, probabilities.neutral, probabilities.positive, analysis.scope ?? null, versionsId, seq,
    );
    for (const remove of Object.values(statements.deleteAnalysis)) remove.run(seq);
    this.#agencies.delete(seq);
    // A post's search entry follows from its normalised text and language alone: when neither
    // changed, the entry in the index is already the new one. Deleting and writing it again in
    // the full-text index was a third of a re-analysis's writing time.
    const searchUnchanged = row.normalised === analysis.normalised && row.language === analysis.language.code;
    if (!searchUnchanged) this.#searchIndex.remove(seq);
    this.#writeAnalysis(seq, analysis, { day: row.day, publishedAt: row.published_at }, searchUnchanged);
    if (analysis.redaction !== undefined && !searchUnchanged) this.#forgetRedactedWords(row, analysis);
  }

  /** The search forms of the words redaction took out of a post's text, unless another post has them. */
  #forgetRedactedWords(row: PostTextRow, analysis: Analysis): void {
    if (row.normalised === null || row.language === null) return;
    const after = analysis.searchEntries ?? searchEntries(analysis.normalised, analysis.language.code);
    this.#searchIndex.forget(entriesGone(searchEntries(row.normalised, row.language), after));
  }

  /** A post's title and text redacted again; what was removed adds to its count of redactions. */
  #replaceText(seq: number, redaction: PostRedaction): void {
    this.#statements.updateText.run(redaction.title, redaction.text, countRedactions(redaction.counts), seq);
  }

  /**
   * Writes the results of `stages` only, none of them text or language: the post's other rows
   * stay as they are. Agency rows carry the post's negative probability, so they follow a new
   * sentiment even when the agencies stay.
   */
  #replaceStages(row: PostTextRow, analysis: Analysis, stages: readonly AnalysisStage[], versionsId: number): void {
    const seq = row.seq;
    const statements = this.#statements;
    const placement = { day: row.day, publishedAt: row.published_at };
    const negative = analysis.sentiment.probabilities.negative;

    if (stages.includes('mentions')) {
      statements.deleteAnalysis.mentions.run(seq);
      this.#writeMentions(seq, analysis);
    }
    if (stages.includes('sentiment')) {
      const { neutral, positive } = analysis.sentiment.probabilities;
      statements.updateSentiment.run(analysis.sentiment.label, negative, neutral, positive, seq);
      statements.deleteAnalysis.subjectSentiment.run(seq);
      this.#writeSubjectSentiment(seq, analysis);
      if (!stages.includes('agencies')) statements.updateAgencyNegative.run(negative, seq);
    }
    if (stages.includes('issues')) {
      statements.deleteAnalysis.issues.run(seq);
      statements.deleteAnalysis.slices.run(seq);
      this.#writeIssues(seq, analysis, placement);
    }
    if (stages.includes('districts')) {
      statements.deleteAnalysis.districts.run(seq);
      this.#writeDistricts(seq, analysis);
    }
    if (stages.includes('agencies')) {
      this.#agencies.delete(seq);
      this.#agencies.insert(seq, analysis.agencies, { ...placement, negative });
    }
    if (stages.includes('scope')) statements.updateScope.run(analysis.scope ?? null, seq);
    statements.updateVersions.run(versionsId, seq);
  }

  /**
   * Reads stored texts batch by batch and writes their new analyses; `finish` recounts the
   * rollups. With the versions about to run, posts analysed with them are passed over, and the
   * others run only the stages that changed (`ReanalysisPlan`).
   */
  #beginReanalysis(batchSize: number, options: ReanalysisOptions) {
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      throw new Error(`store: re-analysis batch size ${batchSize} must be a whole number of 1 or more`);
    }
    const current = options.versions ?? null;
    const plan = new ReanalysisPlan(this.#database, this.#versionsId(current ?? undefined), current,
      options.full === true);
    const { selectTexts, selectOutdatedTexts } = this.#statements;
    const readAfter = (after: number): PostTextRow[] => (plan.skipsCurrent
      ? selectOutdatedTexts.all(after, plan.currentId, batchSize)
      : selectTexts.all(after, batchSize)) as PostTextRow[];
    const writeBatch = writeTransaction(this.#database, (rows: PlannedRow[], analyses: Analysis[]) => {
      rows.forEach(({ row, stages }, index) => {
        const analysis = analyses[index]!;
        if (analysis.redaction !== undefined) this.#replaceText(row.seq, analysis.redaction);
        if (stages.includes('language') || analysis.redaction !== undefined) {
          this.#replaceAnalysis(row, analysis, plan.currentId ?? this.#versionsId(analysis.versions));
        } else {
          this.#replaceStages(row, analysis, stages, plan.currentId!);
        }
      });
      markPostFactsChanged(this.#database);
    });
    let after = 0;
    let done = 0;
    return {
      read: (): PlannedRow[] => {
        const rows = readAfter(after);
        if (rows.length === 0) return [];
        // If the run stops half-way, the next open sees the mark and recounts the rollups.
        if (after === 0) this.#setMeta('rollups_stale', '1');
        after = rows[rows.length - 1]!.seq;
        const stages = rows.map((row) => plan.stagesOf(row));
        const priors = plan.priorsOf(rows, stages);
        return rows.map((row, index) => ({
          row,
          stages: stages[index]!,
          post: postTextOf(row, stages[index]!, priors[index]!),
        }));
      },
      write: (rows: PlannedRow[], analyses: Analysis[]): void => {
        writeBatch(rows, analyses);
        done += rows.length;
      },
      finish: (): number => {
        // Nothing re-analysed leaves the rollups as they were.
        if (done > 0 || this.#meta('rollups_stale') === '1') this.#rebuildRollups();
        return done;
      },
    };
  }

  /** The `analysis_versions` row of `versions`, added when new; null for an analysis without them. */
  #versionsId(versions: StageVersions | undefined): number | null {
    if (versions === undefined) return null;
    const known = this.#versionIds.get(versions);
    if (known !== undefined) return known;

    // Written in stage order, so that the same versions give the same text.
    const text = JSON.stringify(Object.fromEntries(ANALYSIS_STAGES.map((stage) => [stage, versions[stage]])));
    let id = this.#versionIds.get(text);
    if (id === undefined) {
      this.#statements.insertVersions.run(text);
      id = (this.#statements.selectVersionsId.get(text) as { id: number }).id;
      this.#versionIds.set(text, id);
    }
    // Analyses from worker threads bring copies of the versions object, one per batch.
    if (this.#versionIds.size > 64) this.#versionIds.clear();
    this.#versionIds.set(versions, id);
    return id;
  }

  // Stores written before the stemmed index, or by a tyndau that stemmed differently.
  #rebuildSearchIndex(): void {
    writeTransaction(this.#database, () => {
      this.#searchIndex.rebuild();
      this.#setMeta('search_index_stale', '0');
    })();
  }

  #rebuildRollups(): void {
    writeTransaction(this.#database, () => {
      this.#recountRollups();
      this.#setMeta('rollups_stale', '0');
    })();
  }

  /** Recounts every rollup from the post tables; call inside a transaction. */
  #recountRollups(): void {
    rebuildRollups(this.#database, this.#setAsideElsewhere);
    rebuildAgencyRollups(this.#database, countedPosts(this.#setAsideElsewhere));
  }

  // Whether posts about other places count is the project's choice: when it changes, the
  // rollups are recounted. A store written before the choice existed counted every post, and
  // none had a scope, so its rollups already agree with either.
  #settleSetAside(): void {
    const setting = this.#setAsideElsewhere ? '1' : '0';
    const stored = this.#meta('set_aside_elsewhere');
    if (stored === setting) return;
    writeTransaction(this.#database, () => {
      if (stored !== null) this.#recountRollups();
      this.#setMeta('set_aside_elsewhere', setting);
    })();
  }

  // Day columns depend on the zone: when the project's zone changes, every post moves to its
  // local day in the new zone and the rollups are recounted, all in one transaction.
  #settleTimezone(): void {
    const stored = this.#meta('timezone');
    if (stored === this.#calendar.timezone) return;
    if (stored === null) {
      this.#setMeta('timezone', this.#calendar.timezone);
      return;
    }

    const selectTimes = this.#database.prepare('SELECT seq, published_at FROM posts');
    const setDay = this.#database.prepare('UPDATE posts SET day = ? WHERE seq = ?');
    writeTransaction(this.#database, () => {
      // Read under the write lock, so that posts another command stores meanwhile are moved too.
      const rows = selectTimes.all() as { seq: number; published_at: number }[];
      for (const row of rows) setDay.run(this.#calendar.dayOf(new Date(row.published_at)), row.seq);
      markPostFactsChanged(this.#database);
      for (const table of ['post_issues', 'post_agencies']) {
        this.#database.exec(`UPDATE ${table} SET day = (SELECT day FROM posts WHERE seq = post_seq)`);
      }
      this.#recountRollups();
      this.#setMeta('timezone', this.#calendar.timezone);
    })();
  }

  #meta(key: string): string | null {
    const row = this.#statements.selectMeta.get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  #setMeta(key: string, value: string): void {
    this.#statements.upsertMeta.run(key, value);
  }
}

const REANALYSIS_COLUMNS = `seq, day, published_at, kind, platform, title, text, declared_language, outlet,
  normalised, language, language_confidence, language_shares, sentiment, p_negative, p_neutral, p_positive,
  analysis_versions_id`;

function prepareStatements(database: Connection) {
  const prepare = (sql: string): Statement => database.prepare(sql);
  return {
    insertPost: prepare(`INSERT INTO posts (
        id, kind, platform, outlet, url, published_at, day, date_source, title, text, normalised,
        declared_language, redactions, language, language_confidence, sentiment,
        p_negative, p_neutral, p_positive, amplifies_id, parent_id, language_shares, analysis_versions_id, scope
      ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO NOTHING`),
    selectPostId: prepare('SELECT 1 FROM posts WHERE id = ?'),
    selectAliasOwner: prepare('SELECT owner FROM post_aliases WHERE alias = ?'),
    insertAlias: prepare('INSERT INTO post_aliases (alias, owner) VALUES (?, ?) ON CONFLICT (alias) DO NOTHING'),
    insertMention: prepare(`INSERT INTO post_mentions
      (post_seq, ordinal, subject_id, start_offset, end_offset, how, in_title) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    insertSubjectSentiment: prepare(`INSERT INTO post_subject_sentiment
      (post_seq, subject_id, sentiment, p_negative, p_neutral, p_positive) VALUES (?, ?, ?, ?, ?, ?)`),
    insertIssue: prepare(`INSERT INTO post_issues (post_seq, issue_id, score, day, published_at)
      VALUES (?, ?, ?, ?, ?)`),
    insertSlice: prepare('INSERT INTO post_slices (post_seq, slice_id) VALUES (?, ?)'),
    insertDistrict: prepare('INSERT INTO post_districts (post_seq, district_id) VALUES (?, ?)'),
    insertCollection: prepare(`INSERT INTO collections
      (source_label, platform, format, at, read, inserted, existing, skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),

    selectTexts: prepare(`SELECT ${REANALYSIS_COLUMNS} FROM posts
      WHERE seq > ? AND text IS NOT NULL ORDER BY seq LIMIT ?`),
    selectOutdatedTexts: prepare(`SELECT ${REANALYSIS_COLUMNS} FROM posts
      WHERE seq > ? AND text IS NOT NULL AND analysis_versions_id IS NOT ? ORDER BY seq LIMIT ?`),
    updateAnalysis: prepare(`UPDATE posts SET normalised = ?, language = ?, language_confidence = ?,
      language_shares = ?, sentiment = ?, p_negative = ?, p_neutral = ?, p_positive = ?, scope = ?,
      analysis_versions_id = ? WHERE seq = ?`),
    updateScope: prepare('UPDATE posts SET scope = ? WHERE seq = ?'),
    updateSentiment: prepare(`UPDATE posts SET sentiment = ?, p_negative = ?, p_neutral = ?, p_positive = ?
      WHERE seq = ?`),
    updateAgencyNegative: prepare('UPDATE post_agencies SET negative = ? WHERE post_seq = ?'),
    updateVersions: prepare('UPDATE posts SET analysis_versions_id = ? WHERE seq = ?'),
    updateText: prepare('UPDATE posts SET title = ?, text = ?, redactions = redactions + ? WHERE seq = ?'),
    deleteAnalysis: {
      mentions: prepare('DELETE FROM post_mentions WHERE post_seq = ?'),
      subjectSentiment: prepare('DELETE FROM post_subject_sentiment WHERE post_seq = ?'),
      issues: prepare('DELETE FROM post_issues WHERE post_seq = ?'),
      slices: prepare('DELETE FROM post_slices WHERE post_seq = ?'),
      districts: prepare('DELETE FROM post_districts WHERE post_seq = ?'),
    },
    insertVersions: prepare('INSERT INTO analysis_versions (versions) VALUES (?) ON CONFLICT (versions) DO NOTHING'),
    selectVersionsId: prepare('SELECT id FROM analysis_versions WHERE versions = ?'),

    deleteExpiredSearchEntries: prepare(`DELETE FROM posts_search WHERE rowid IN (
      SELECT seq FROM posts WHERE kind = 'social' AND text IS NOT NULL AND published_at < ?)`),
    removeExpiredTexts: prepare(`UPDATE posts SET text = NULL, title = NULL, normalised = NULL,
      text_removed_at = ? WHERE kind = 'social' AND text IS NOT NULL AND published_at < ?`),

    countPosts: prepare('SELECT count(*) AS count FROM posts'),
    // Two subqueries: SQLite reads a lone min() or max() from the end of the day index, but a
    // query asking for both scans every post (3 s at 10M posts).
    dayBounds: prepare(`SELECT (SELECT min(day) FROM posts) AS first, (SELECT max(day) FROM posts) AS last`),
    selectCollections: prepare(`SELECT ${COLLECTION_VOLUME_COLUMNS}
      FROM collections WHERE at >= ? GROUP BY source_label, platform, format ORDER BY source_label, platform, format`),

    selectMeta: prepare('SELECT value FROM meta WHERE key = ?'),
    upsertMeta: prepare(`INSERT INTO meta (key, value) VALUES (?, ?)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`),
  };
}

/** What the analysis reads of a stored post: its text, and what it keeps of the stages not run. */
function postTextOf(row: PostTextRow, stages: readonly AnalysisStage[], prior: PriorAnalysis | null): StoredPostText {
  const post = {
    kind: row.kind, platform: row.platform, title: row.title, text: row.text,
    declaredLanguage: row.declared_language, outlet: row.outlet,
    ...(stages.includes('redaction') ? { redact: true } : {}),
  };
  if (prior !== null) return { ...post, rerun: { stages, prior } };
  // The search entry stays when the normalised text and language come out the same
  // (`#replaceAnalysis`); the analysis threads then need not work it out.
  if (row.normalised === null || row.language === null) return post;
  return { ...post, indexed: { normalised: row.normalised, language: row.language as LanguageCode } };
}

function unique(ids: readonly string[]): string[] {
  return ids.length < 2 ? [...ids] : [...new Set(ids)];
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
