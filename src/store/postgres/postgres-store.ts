import type pg from 'pg';

import type { Analysis } from '../../analyze/analysis.js';
import type { Platform, PostKind } from '../../collect/raw-post.js';
import type { Query } from '../../query/ast.js';
import { assertDayRange, type DayRange } from '../day-range.js';
import type { Fingerprint, SourceCommit, SourceHistory, SourceRun, SourceState } from '../collection-ledger.js';
import { COLLECTION_VOLUME_COLUMNS, collectionVolumeOf, type CollectionVolumeRow } from '../collection-volume.js';
import { countRedactions } from '../count-redactions.js';
import { LocalDayCalendar } from '../local-day.js';
import { POSTGRES_MIGRATIONS } from '../migrations/postgres/index.js';
import { RollupTally } from '../rollup-tally.js';
import { AgencyRollupTally } from '../agency-rollup-tally.js';
import type { AgencyRollupSnapshot } from '../agency-rollups.js';
import type { DatedCounts, DatedPost, DatedPostFilter } from '../dated-posts.js';
import type {
  CollectionRecord, CollectionVolume, ExcerptCandidate, RetentionResult, RollupSnapshot, SaveResult,
  SearchOptions, SearchResult, StoredItem, StoredPostText,
} from '../store.js';
import {
  readAgencyExcerptCandidates, readAgencyRollups, rebuildAgencyRollups, writeAgencyRollups,
} from './agency-tables.js';
import { createPool, describeUrl, isRetryable } from './connect.js';
import { assertMigrated, isReadOnly, migrate } from './migrate.js';
import { MonthPartitions } from './month-partitions.js';
import { BY_RANK, candidateOf, excerptPosts, rankedPostsSql, type CandidateRow } from './ranked-posts.js';
import { readDatedCounts, readDatedPosts } from './read-dated-posts.js';
import { readRollups } from './read-rollups.js';
import { ANALYSIS_ID_COLUMNS, type ProjectIds, type PruneResult } from '../removed-ids.js';
import { countedPosts, rebuildRollups, writeRollups } from './rollup-tables.js';
import { searchPostIds, searchPosts } from './search-posts.js';
import { insertPostRows, insertSearchWords, KnownEntries, writeAnalysisRows, type NewPost } from './insert-posts.js';
import { entriesOf, quoteLexeme, searchVector } from './search-vector.js';
import { entriesGone, searchEntries } from '../../text/search-words.js';
import {
  findFingerprints, hasPost, readSourceHistory, readSourceRuns, readSourceStates, writeSourceCommit,
  writeSourceFailure,
} from './source-ledger-rows.js';

const DAY_MS = 86_400_000;
const DEFAULT_REANALYZE_BATCH = 1000;
const SAVE_ATTEMPTS = 5;
const SEARCH_REBUILD_BATCH = 2000;
// Taken by the process that indexes posts again after a schema step; any fixed number.
const SEARCH_INDEX_LOCK = 7_420_320;

export interface PostgresStoreOptions {
  /** IANA zone whose calendar days the rollups count by, e.g. Asia/Almaty. */
  readonly timezone: string;
  /** Connections in the pool; one writer needs one, searches and reads share the rest. */
  readonly connections?: number;
  /**
   * Leave posts about other places only out of every figure but collection volume (default
   * true: the project's `scope.setAside`). Opening with the other setting recounts the rollups.
   */
  readonly setAsideElsewhere?: boolean;
}

/** A stored post's text for re-analysis, with the sequence number its new analysis goes to. */
export interface StoredPostTextRow extends StoredPostText {
  readonly seq: number;
}

/**
 * Opens the PostgreSQL store at `url` and brings its schema up to date. Posts are counted by the
 * local days of `options.timezone`; opening with a different zone than before moves every post
 * to its new local day and recounts the rollups.
 */
export async function connectPostgresStore(url: string, options: PostgresStoreOptions): Promise<PostgresStore> {
  const calendar = new LocalDayCalendar(options.timezone);
  const label = describeUrl(url);
  const pool = createPool(url, options.connections ?? 4);
  try {
    const store = new PostgresStore(pool, calendar, options.setAsideElsewhere ?? true);
    // A streaming replica (or a read-only account) serves the dashboard and the reports: it is
    // checked, not migrated, and its writes fail with PostgreSQL's own read-only error.
    if (await isReadOnly(pool)) {
      await assertMigrated(pool, POSTGRES_MIGRATIONS, label);
      await store.assertSettled(label);
    } else {
      await migrate(pool, POSTGRES_MIGRATIONS, label);
      await store.settle();
    }
    return store;
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof Error && error.message.startsWith(`store ${label}`)) throw error;
    throw new Error(`store ${label}: cannot use it (${reason(error)}); is PostgreSQL running and the database created?`);
  }
}

/**
 * The server store. Every method is asynchronous; `openPostgresStore` wraps it as the blocking
 * `Store` the commands use, and distributed workers use it directly. A batch is stored with its
 * analysis and its rollup increments in one transaction, so rollups never disagree with posts,
 * and a post id is stored once even when two workers save it at the same moment.
 */
export class PostgresStore {
  readonly #pool: pg.Pool;
  readonly #calendar: LocalDayCalendar;
  readonly #partitions = new MonthPartitions();
  readonly #knownEntries = new KnownEntries();
  readonly #setAsideElsewhere: boolean;

  constructor(pool: pg.Pool, calendar: LocalDayCalendar, setAsideElsewhere = true) {
    this.#pool = pool;
    this.#calendar = calendar;
    this.#setAsideElsewhere = setAsideElsewhere;
  }

  /**
   * On a read-only server: refuses a store whose posts are counted in another zone than the
   * project's, since only the primary can move them to their new days.
   */
  async assertSettled(label: string): Promise<void> {
    const stored = await this.#meta('timezone');
    if (stored !== null && stored !== this.#calendar.timezone) {
      throw new Error(
        `store ${label}: the server is read-only and counts posts by the days of ${stored}, the project says ` +
        `${this.#calendar.timezone}; open it once on the primary with this project to move them`,
      );
    }
  }

  /** Applies a zone change and finishes an interrupted re-analysis; run once after opening. */
  async settle(): Promise<void> {
    await this.#settleTimezone();
    await this.#settleSetAside();
    if (await this.#meta('rollups_stale') === '1') await this.rebuildRollups();
    if (await this.#meta('search_index_stale') === '1') await this.#rebuildSearchIndex();
  }

  async savePosts(items: readonly StoredItem[]): Promise<SaveResult> {
    if (items.length === 0) return { inserted: 0, existing: 0 };
    return this.#save(items, null);
  }

  /** A live source's run: its posts, fingerprints, cursor and run record in one transaction. */
  async commitSourceRun(commit: SourceCommit): Promise<SaveResult> {
    return this.#save(commit.items, (client, inserted) => writeSourceCommit(client, commit, inserted));
  }

  /** Records a failed run and lengthens the source's error streak; the cursor stays. */
  async recordSourceFailure(sourceId: string, platform: Platform, startedAt: Date, finishedAt: Date, error: string): Promise<void> {
    await this.#transaction((client) => writeSourceFailure(client, { sourceId, platform, startedAt, finishedAt, error }));
  }

  async readSourceState(sourceId: string): Promise<SourceState | null> {
    return (await readSourceStates(this.#pool, sourceId))[0] ?? null;
  }

  async listSourceStates(): Promise<SourceState[]> {
    return readSourceStates(this.#pool);
  }

  async readSourceRuns(since: Date, sourceId?: string): Promise<SourceRun[]> {
    return readSourceRuns(this.#pool, since, sourceId);
  }

  async readSourceHistory(sourceId: string, before: Date): Promise<SourceHistory> {
    return readSourceHistory(this.#pool, sourceId, before);
  }

  async hasPost(postId: string): Promise<boolean> {
    return hasPost(this.#pool, postId);
  }

  async findFingerprints(simhash: bigint, since: Date): Promise<Fingerprint[]> {
    return findFingerprints(this.#pool, simhash, since);
  }

  /** Stores `items` and their rollups, then whatever `alsoWrite` adds, in one transaction. */
  async #save(
    items: readonly StoredItem[],
    alsoWrite: ((client: pg.PoolClient, inserted: number) => Promise<void>) | null,
  ): Promise<SaveResult> {
    const posts = this.#newPosts(items);
    await this.#partitions.ensure(this.#pool, new Set(posts.map((post) => post.day)));
    // The batch's word forms go in first, in a statement of their own: two workers meeting a
    // new form then wait for each other only that long, not for each other's whole batch. A
    // form whose post is not stored after all costs one row and matches nothing.
    const vectors = posts.map((post) => post.search);
    await insertSearchWords(this.#pool, vectors, this.#knownEntries);
    this.#knownEntries.addAll(vectors);

    for (let attempt = 1; ; attempt++) {
      try {
        const inserted = await this.#transaction(async (client) => {
          const tallies = { rollups: new RollupTally(), agencies: new AgencyRollupTally() };
          const count = posts.length === 0 ? 0 : await insertPostRows(client, posts, tallies, this.#setAsideElsewhere);
          await writeRollups(client, tallies.rollups);
          await writeAgencyRollups(client, tallies.agencies);
          await alsoWrite?.(client, count);
          return count;
        });
        return { inserted, existing: items.length - inserted };
      } catch (error) {
        // Two writers can still meet in an order the sorting does not cover (a partition
        // being created); the whole batch simply runs again.
        if (!isRetryable(error) || attempt === SAVE_ATTEMPTS) throw error;
      }
    }
  }

  async recordCollection(record: CollectionRecord): Promise<void> {
    await this.#pool.query(
      `INSERT INTO collections (source_label, platform, format, at, read, inserted, existing, skipped)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        record.sourceLabel, record.platform, record.format, record.at,
        record.read, record.inserted, record.existing, record.skipped,
      ],
    );
  }

  // LIMITATION: posts whose text retention has removed keep their old analysis; a model change
  // therefore mixes old and new labels for periods older than the retention limit. Only what
  // they say about ids the project removed goes (`pruneRemovedIds`).
  async reanalyze(
    analyze: (post: StoredPostText) => Analysis | Promise<Analysis>,
    batchSize = DEFAULT_REANALYZE_BATCH,
  ): Promise<number> {
    assertBatchSize(batchSize);
    await this.beginReanalysis();
    let done = 0;
    let after = 0;
    for (;;) {
      const rows = await this.readTextsAfter(after, batchSize);
      if (rows.length === 0) break;
      const analyses: Analysis[] = [];
      for (const row of rows) analyses.push(await analyze(row));
      await this.replaceAnalyses(rows.map((row) => row.seq), analyses);
      done += rows.length;
      after = rows[rows.length - 1]!.seq;
    }
    await this.rebuildRollups();
    return done;
  }

  /** Marks the rollups stale, so that an interrupted re-analysis is recounted on the next open. */
  async beginReanalysis(): Promise<void> {
    await this.#setMeta('rollups_stale', '1');
  }

  /** Up to `limit` posts that still have their text, after sequence number `after`. */
  async readTextsAfter(after: number, limit: number): Promise<StoredPostTextRow[]> {
    const result = await this.#pool.query<{
      seq: number; kind: PostKind; platform: Platform; title: string | null; text: string;
      declared_language: string | null; outlet: string | null;
    }>(
      `SELECT seq, kind, platform, title, text, declared_language, outlet FROM posts
       WHERE seq > $1 AND text IS NOT NULL ORDER BY seq LIMIT $2`,
      [after, limit],
    );
    // The outlet lets re-analysis recognise an agency's own channel, as on first analysis. No
    // versions are recorded here, so the redaction that stored the text is not known: it is
    // redacted again.
    return result.rows.map((row) => ({
      seq: row.seq, kind: row.kind, platform: row.platform, title: row.title, text: row.text,
      declaredLanguage: row.declared_language, outlet: row.outlet, redact: true,
    }));
  }

  /** Replaces the analysis of the posts `seqs`, in one transaction; rollups are left stale. */
  async replaceAnalyses(seqs: readonly number[], analyses: readonly Analysis[]): Promise<void> {
    await this.#transaction(async (client) => {
      const placed = await client.query<{
        seq: number; day: string; published_at: Date; normalised: string | null; language: string | null;
      }>('SELECT seq, day, published_at, normalised, language FROM posts WHERE seq = ANY($1::bigint[])', [seqs]);
      const placeOf = new Map(placed.rows.map((row) => [row.seq, row]));
      const tables = ['post_mentions', 'post_subject_sentiment', 'post_issues', 'post_slices', 'post_districts', 'post_agencies'];
      for (const table of tables) {
        await client.query(`DELETE FROM ${table} WHERE post_seq = ANY($1::bigint[])`, [seqs]);
      }
      const vectors = analyses.map((analysis) => searchVector(entriesOf(analysis)));
      await client.query(
        `UPDATE posts p SET normalised = a.normalised, language = a.language,
           language_confidence = a.confidence, sentiment = a.sentiment, p_negative = a.negative,
           p_neutral = a.neutral, p_positive = a.positive, search_vector = a.vector::tsvector, scope = a.scope
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::real[], $5::text[], $6::real[], $7::real[],
           $8::real[], $9::text[], $10::text[])
           AS a (seq, normalised, language, confidence, sentiment, negative, neutral, positive, vector, scope)
         WHERE p.seq = a.seq`,
        [
          seqs, analyses.map((a) => a.normalised), analyses.map((a) => a.language.code),
          analyses.map((a) => a.language.confidence), analyses.map((a) => a.sentiment.label),
          analyses.map((a) => a.sentiment.probabilities.negative),
          analyses.map((a) => a.sentiment.probabilities.neutral),
          analyses.map((a) => a.sentiment.probabilities.positive),
          vectors.map((vector) => vector.vector),
          analyses.map((a) => a.scope ?? null),
        ],
      );
      await insertSearchWords(client, vectors);
      await replaceTexts(client, seqs, analyses);
      this.#knownEntries.forget(await forgetRedactedWords(client, seqs.map((seq) => placeOf.get(seq)!), analyses));
      await writeAnalysisRows(client, seqs.map((seq, index) => ({
        seq, day: placeOf.get(seq)!.day, publishedAt: placeOf.get(seq)!.published_at, analysis: analyses[index]!,
      })));
    });
  }

  async rebuildRollups(): Promise<void> {
    await this.#transaction(async (client) => {
      await this.#recountRollups(client);
      await setMeta(client, 'rollups_stale', '0');
    });
  }

  /** Recounts every rollup from the post tables; call inside a transaction. */
  async #recountRollups(client: pg.PoolClient): Promise<void> {
    await rebuildRollups(client, this.#setAsideElsewhere);
    await rebuildAgencyRollups(client, countedPosts(this.#setAsideElsewhere));
  }

  // Whether posts about other places count is the project's choice: when it changes, the
  // rollups are recounted. A store written before the choice existed counted every post, and
  // none had a scope, so its rollups already agree with either.
  async #settleSetAside(): Promise<void> {
    const setting = this.#setAsideElsewhere ? '1' : '0';
    const stored = await this.#meta('set_aside_elsewhere');
    if (stored === setting) return;
    await this.#transaction(async (client) => {
      if (stored !== null) await this.#recountRollups(client);
      await setMeta(client, 'set_aside_elsewhere', setting);
    });
  }

  async search(query: string | Query, options: SearchOptions): Promise<SearchResult> {
    return searchPosts(this.#pool, query, options);
  }

  /** Ids of every stored post with text that `query` matches, sorted; for tests and exports. */
  async matchingPostIds(query: Query, options: Pick<SearchOptions, 'from' | 'to'> = {}): Promise<string[]> {
    return searchPostIds(this.#pool, query, options);
  }

  async pruneRemovedIds(ids: ProjectIds): Promise<PruneResult> {
    return this.#transaction(async (client) => {
      const posts = new Set<string>();
      let rows = 0;
      for (const { table, column, kind } of ANALYSIS_ID_COLUMNS) {
        // The id is tested first, so a store whose results all name known ids looks up no post.
        const deleted = await client.query<{ post_seq: string }>(
          `DELETE FROM ${table} t WHERE t.${column} IS NOT NULL AND t.${column} <> ALL($1::text[])
             AND EXISTS (SELECT 1 FROM posts p WHERE p.seq = t.post_seq AND p.text IS NULL)
           RETURNING t.post_seq`,
          [ids[kind]],
        );
        rows += deleted.rowCount ?? 0;
        for (const row of deleted.rows) posts.add(String(row.post_seq));
      }
      if (rows > 0) await this.#recountRollups(client);
      return { rows, posts: posts.size };
    });
  }

  async applyRetention(now: Date, days: number): Promise<RetentionResult> {
    if (!Number.isFinite(days) || days < 0) {
      throw new Error(`retention: ${days} is not a number of days; use a whole number of 0 or more`);
    }
    // The same limit as isPastRetention: strictly older than `days` whole days.
    const cutoff = new Date(now.getTime() - days * DAY_MS);
    const result = await this.#pool.query(
      `UPDATE posts SET text = NULL, title = NULL, normalised = NULL, search_vector = NULL, text_removed_at = $1
       WHERE kind = 'social' AND text IS NOT NULL AND published_at < $2`,
      [now, cutoff],
    );
    return { textsRemoved: result.rowCount ?? 0 };
  }

  async countPosts(): Promise<number> {
    const result = await this.#pool.query<{ count: number }>('SELECT count(*) AS count FROM post_ids');
    return result.rows[0]!.count;
  }

  async storedDays(): Promise<DayRange | null> {
    const result = await this.#pool.query<{ first: string | null; last: string | null }>(
      'SELECT min(day) AS first, max(day) AS last FROM posts',
    );
    const row = result.rows[0]!;
    return row.first !== null && row.last !== null ? { from: row.first, to: row.last } : null;
  }

  async readRollups(range: DayRange): Promise<RollupSnapshot> {
    assertDayRange(range, 'store: rollup range');
    return readRollups(this.#pool, range);
  }

  async readExcerptCandidates(issueId: string, range: DayRange, limit: number): Promise<ExcerptCandidate[]> {
    assertDayRange(range, 'store: excerpt range');
    const ranking = `SELECT post_seq, day, score AS rank, published_at
      FROM post_issues WHERE issue_id = $1 AND day BETWEEN $2 AND $3`;
    const result = await this.#pool.query<CandidateRow>(
      rankedPostsSql(ranking, BY_RANK, '$4', excerptPosts(this.#setAsideElsewhere)), [issueId, range.from, range.to, limit],
    );
    return result.rows.map(candidateOf);
  }

  async readDatedCounts(range: DayRange): Promise<DatedCounts> {
    assertDayRange(range, 'store: dated count range');
    return readDatedCounts(this.#pool, range);
  }

  async readDatedPosts(filter: DatedPostFilter, range: DayRange, limit: number): Promise<DatedPost[]> {
    assertDayRange(range, 'store: dated post range');
    return readDatedPosts(this.#pool, filter, range, limit);
  }

  async readAgencyRollups(range: DayRange): Promise<AgencyRollupSnapshot> {
    assertDayRange(range, 'store: agency rollup range');
    return readAgencyRollups(this.#pool, range);
  }

  async readAgencyExcerptCandidates(agencyId: string, range: DayRange, limit: number): Promise<ExcerptCandidate[]> {
    assertDayRange(range, 'store: agency excerpt range');
    return readAgencyExcerptCandidates(this.#pool, agencyId, range, limit, this.#setAsideElsewhere);
  }

  async readCollectionVolumes(since?: Date): Promise<CollectionVolume[]> {
    const result = await this.#pool.query<CollectionVolumeRow<Date>>(
      `SELECT ${COLLECTION_VOLUME_COLUMNS}
       FROM collections WHERE at >= $1 GROUP BY source_label, platform, format ORDER BY source_label, platform, format`,
      [since ?? new Date(0)],
    );
    return result.rows.map((row) => collectionVolumeOf(row, row.lastAt));
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  #newPosts(items: readonly StoredItem[]): NewPost[] {
    return items.map(({ post, analysis }) => ({
      post, analysis, day: this.#calendar.dayOf(post.publishedAt),
      search: searchVector(entriesOf(analysis)),
    }));
  }

  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  // Day columns depend on the zone: when the project's zone changes, every post moves to its
  // local day in the new zone and the rollups are recounted, all in one transaction. Days are
  // computed here, as on insert, so both stores agree with the zone data Node carries.
  async #settleTimezone(): Promise<void> {
    const stored = await this.#meta('timezone');
    if (stored === this.#calendar.timezone) return;
    if (stored === null) {
      await this.#setMeta('timezone', this.#calendar.timezone);
      return;
    }

    const posts = await this.#pool.query<{ seq: number; published_at: Date }>('SELECT seq, published_at FROM posts');
    const seqs = posts.rows.map((row) => row.seq);
    const days = posts.rows.map((row) => this.#calendar.dayOf(row.published_at));
    await this.#partitions.ensure(this.#pool, days);
    await this.#transaction(async (client) => {
      await client.query(
        `UPDATE posts p SET day = moved.day FROM unnest($1::bigint[], $2::date[]) AS moved (seq, day)
         WHERE p.seq = moved.seq AND p.day <> moved.day`,
        [seqs, days],
      );
      for (const table of ['post_issues', 'post_agencies']) {
        await client.query(`UPDATE ${table} c SET day = p.day FROM posts p WHERE p.seq = c.post_seq AND c.day <> p.day`);
      }
      await this.#recountRollups(client);
      await setMeta(client, 'timezone', this.#calendar.timezone);
    });
  }

  /**
   * Indexes every post that still has its text again, in batches of one transaction each, after
   * a schema step changed what the index holds. One process does it while others wait, and then
   * find it done.
   */
  async #rebuildSearchIndex(): Promise<void> {
    const lock = await this.#pool.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [SEARCH_INDEX_LOCK]);
      if (await this.#meta('search_index_stale') !== '1') return;
      for (let after = 0; ;) {
        const rows = (await this.#pool.query<{ seq: number; normalised: string; language: string }>(
          `SELECT seq, normalised, language FROM posts WHERE seq > $1 AND normalised IS NOT NULL
           ORDER BY seq LIMIT $2`, [after, SEARCH_REBUILD_BATCH],
        )).rows;
        if (rows.length === 0) break;
        const vectors = rows.map((row) => searchVector(searchEntries(row.normalised, row.language)));
        await this.#transaction(async (client) => {
          await client.query(`UPDATE posts p SET search_vector = a.vector::tsvector
            FROM unnest($1::bigint[], $2::text[]) AS a (seq, vector) WHERE p.seq = a.seq`,
          [rows.map((row) => row.seq), vectors.map((vector) => vector.vector)]);
          await insertSearchWords(client, vectors);
        });
        after = rows[rows.length - 1]!.seq;
      }
      await this.#setMeta('search_index_stale', '0');
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [SEARCH_INDEX_LOCK]).catch(() => undefined);
      lock.release();
    }
  }

  async #meta(key: string): Promise<string | null> {
    const result = await this.#pool.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [key]);
    return result.rows[0]?.value ?? null;
  }

  async #setMeta(key: string, value: string): Promise<void> {
    await setMeta(this.#pool, key, value);
  }
}

/** Title and text of the posts whose re-analysis redacted them again, with their counts added. */
async function replaceTexts(client: pg.PoolClient, seqs: readonly number[], analyses: readonly Analysis[]): Promise<void> {
  const changed = seqs.flatMap((seq, index) => {
    const redaction = analyses[index]!.redaction;
    return redaction === undefined ? [] : [{ seq, ...redaction, removed: countRedactions(redaction.counts) }];
  });
  if (changed.length === 0) return;
  await client.query(
    `UPDATE posts p SET title = a.title, text = a.text, redactions = p.redactions + a.removed
     FROM unnest($1::bigint[], $2::text[], $3::text[], $4::integer[]) AS a (seq, title, text, removed)
     WHERE p.seq = a.seq`,
    [
      changed.map((post) => post.seq), changed.map((post) => post.title), changed.map((post) => post.text),
      changed.map((post) => post.removed),
    ],
  );
}

/**
 * Takes out of `search_words` the words redaction took out of the posts' texts, unless another
 * post still has them: a name redacted on re-analysis would otherwise stay in the store as a
 * search form after the text lost it. `before` holds each post's normalised text and language
 * as they were, index for index with `analyses`. Gives the entries that were candidates.
 */
// LIMITATION: a `tyndau worker` running meanwhile still counts a forgotten entry as written
// (`KnownEntries`); a post it stores with that word again is not found by a wildcard until it restarts.
async function forgetRedactedWords(
  client: pg.PoolClient,
  before: readonly { normalised: string | null; language: string | null }[],
  analyses: readonly Analysis[],
): Promise<Set<string>> {
  const gone = new Set<string>();
  analyses.forEach((analysis, index) => {
    const { normalised, language } = before[index]!;
    if (analysis.redaction === undefined || normalised === null || language === null) return;
    // Through `searchVector`, which leaves out the entries too long to be lexemes, as they were written.
    const written = (entries: string) => searchVector(entries).words.map(([, entry]) => entry).join(' ');
    const old = written(searchEntries(normalised, language));
    for (const entry of entriesGone(old, written(entriesOf(analysis)))) gone.add(entry);
  });
  if (gone.size === 0) return gone;
  const entries = [...gone].sort();
  await client.query(`DELETE FROM search_words w USING unnest($1::text[], $2::text[]) AS g (entry, lexeme)
    WHERE w.entry = g.entry AND NOT EXISTS (SELECT 1 FROM posts WHERE search_vector @@ g.lexeme::tsquery)`,
  [entries, entries.map(quoteLexeme)]);
  return gone;
}

async function setMeta(client: pg.Pool | pg.PoolClient, key: string, value: string): Promise<void> {
  await client.query(
    'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    [key, value],
  );
}

export function assertBatchSize(batchSize: number): void {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`store: re-analysis batch size ${batchSize} must be a whole number of 1 or more`);
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
