import type pg from 'pg';

import type { Analysis, SentimentLabel } from '../../analyze/analysis.js';
import type { Post } from '../../privacy/post.js';
import type { AgencyRollupTally } from '../agency-rollup-tally.js';
import type { RollupTally } from '../rollup-tally.js';
import { insertAgencyRows } from './agency-tables.js';
import type { SearchVector } from './search-vector.js';
import { countRedactions } from '../count-redactions.js';
import { tallyStoredPost } from '../tally-stored-post.js';

/**
 * A post to store with its analysis, its local day and its search entries. The entries are
 * computed before the saving transaction opens, so that stemming a batch never holds its locks.
 */
export interface NewPost {
  readonly post: Post;
  readonly analysis: Analysis;
  readonly day: string;
  readonly search: SearchVector;
}

/** A stored post's sequence number, day and publication time with the analysis to write for it. */
export interface AnalysisEntry {
  readonly seq: number;
  readonly day: string;
  readonly publishedAt: Date;
  readonly analysis: Analysis;
}

/** The rollup tallies a batch adds to. */
export interface BatchTallies {
  readonly rollups: RollupTally;
  readonly agencies: AgencyRollupTally;
}

/**
 * Stores the posts of a batch that are not stored yet, with their analysis rows, and adds them
 * to `tallies`. Returns how many were new. Call inside a transaction.
 *
 * Ids are registered first, in sorted order: a second writer saving the same id waits for the
 * first to commit and then finds it taken, so a post is never written twice, and two writers
 * always take their locks in the same order.
 */
export async function insertPostRows(
  client: pg.PoolClient, given: readonly NewPost[], tallies: BatchTallies, setAsideElsewhere: boolean,
): Promise<number> {
  const posts = await unknownPosts(client, given);
  if (posts.length === 0) return 0;
  const byId = new Map<string, NewPost & { seq: number }>();
  const drawn = await client.query<{ seq: number }>(
    'SELECT nextval($1::regclass) AS seq FROM generate_series(1, $2)', ['post_seq', posts.length],
  );
  const seqs = drawn.rows.map((row) => row.seq).sort((a, b) => a - b);
  // Within a batch the first copy of an id wins, as it would when saved one by one.
  for (const entry of posts) {
    if (!byId.has(entry.post.id)) byId.set(entry.post.id, { ...entry, seq: seqs[byId.size]! });
  }
  const ids = [...byId.keys()].sort();

  const registered = await client.query<{ id: string }>(
    `INSERT INTO post_ids (id, seq) SELECT * FROM unnest($1::text[], $2::bigint[])
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [ids, ids.map((id) => byId.get(id)!.seq)],
  );
  if (registered.rows.length === 0) return 0;

  const fresh = registered.rows.map((row) => byId.get(row.id)!).sort((a, b) => a.seq - b.seq);
  await insertAliases(client, fresh.flatMap(({ post, seq }) => post.aliases.map((alias) => [alias, seq] as const)));
  await client.query(INSERT_POSTS, postColumns(fresh));
  await writeAnalysisRows(client, fresh.map(({ seq, day, post, analysis }) => ({
    seq, day, publishedAt: post.publishedAt, analysis,
  })));

  for (const { post, analysis, day } of fresh) {
    tallyStoredPost(tallies, post, analysis, day, analysisFacts(analysis), setAsideElsewhere);
  }
  return fresh.length;
}

/**
 * The posts of a batch that no stored post is, by any of their keys (their id, or another
 * format's key for them), nor an earlier post of the batch. A post already stored under another
 * format's key is left out, and the stored post is known from now on by this format's keys too.
 *
 * LIMITATION: two writers storing the same post from two formats at the same moment (a JSON and
 * an HTML export of one chat published to two workers at once) each find the other's keys not yet
 * committed and both store it; registering the aliases in `post_ids`'s order and locks would lift it.
 */
async function unknownPosts(client: pg.PoolClient, posts: readonly NewPost[]): Promise<NewPost[]> {
  const keysOf = (post: NewPost['post']): string[] => [post.id, ...post.aliases];
  const found = await client.query<{ key: string; seq: string }>(
    `SELECT k.key, coalesce(i.seq, a.owner) AS seq FROM unnest($1::text[]) AS k(key)
     LEFT JOIN post_ids i ON i.id = k.key LEFT JOIN post_aliases a ON a.alias = k.key
     WHERE i.seq IS NOT NULL OR a.owner IS NOT NULL`,
    [[...new Set(posts.flatMap((entry) => keysOf(entry.post)))]],
  );
  const owners = new Map(found.rows.map((row) => [row.key, Number(row.seq)]));
  const claimed = new Set<string>();
  const learned: (readonly [string, number])[] = [];
  const unknown: NewPost[] = [];

  for (const entry of posts) {
    const keys = keysOf(entry.post);
    const owner = keys.map((key) => owners.get(key)).find((seq) => seq !== undefined);
    if (owner !== undefined) {
      learned.push(...keys.filter((key) => !owners.has(key)).map((key) => [key, owner] as const));
      continue;
    }
    // The same id twice is left to the insert below (the first copy wins); another post sharing
    // a key with an earlier one of the batch is that post.
    if (keys.some((key) => claimed.has(key)) && !claimed.has(entry.post.id)) continue;
    for (const key of keys) claimed.add(key);
    unknown.push(entry);
  }
  await insertAliases(client, learned);
  return unknown;
}

async function insertAliases(client: pg.PoolClient, rows: readonly (readonly [string, number])[]): Promise<void> {
  if (rows.length === 0) return;
  const sorted = [...new Map(rows.map(([alias, seq]) => [alias, seq])).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  await client.query(
    `INSERT INTO post_aliases (alias, owner) SELECT * FROM unnest($1::text[], $2::bigint[])
     ON CONFLICT (alias) DO NOTHING`,
    [sorted.map(([alias]) => alias), sorted.map(([, seq]) => seq)],
  );
}

const INSERT_POSTS = `INSERT INTO posts (
    seq, id, kind, platform, outlet, url, published_at, day, date_source, title, text, normalised,
    search_vector, declared_language, redactions, language, language_confidence, sentiment,
    p_negative, p_neutral, p_positive, amplifies_id, parent_id, scope)
  SELECT seq, id, kind, platform, outlet, url, published_at, day, date_source, title, text, normalised,
    search_vector::tsvector, declared_language, redactions, language, language_confidence, sentiment,
    p_negative, p_neutral, p_positive, amplifies_id, parent_id, scope
  FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[],
    $8::date[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::integer[], $15::text[],
    $16::real[], $17::text[], $18::real[], $19::real[], $20::real[], $21::text[], $22::text[], $23::text[],
    $24::text[])
  AS row (seq, id, kind, platform, outlet, url, published_at, day, date_source, title, text, normalised,
    declared_language, redactions, language, language_confidence, sentiment, p_negative, p_neutral,
    p_positive, amplifies_id, parent_id, search_vector, scope)`;

function postColumns(rows: readonly (NewPost & { seq: number })[]): unknown[][] {
  const column = <T>(read: (row: NewPost & { seq: number }) => T): T[] => rows.map(read);
  return [
    column((row) => row.seq),
    column((row) => row.post.id),
    column((row) => row.post.kind),
    column((row) => row.post.platform),
    column((row) => row.post.outlet),
    column((row) => row.post.url),
    column((row) => row.post.publishedAt),
    column((row) => row.day),
    column((row) => row.post.dateSource),
    column((row) => row.post.title),
    column((row) => row.post.text),
    column((row) => row.analysis.normalised),
    column((row) => row.post.declaredLanguage),
    column((row) => countRedactions(row.post.redactions)),
    column((row) => row.analysis.language.code),
    column((row) => row.analysis.language.confidence),
    column((row) => row.analysis.sentiment.label),
    column((row) => row.analysis.sentiment.probabilities.negative),
    column((row) => row.analysis.sentiment.probabilities.neutral),
    column((row) => row.analysis.sentiment.probabilities.positive),
    column((row) => row.post.amplifiesId),
    column((row) => row.post.parentId),
    column((row) => row.search.vector),
    column((row) => row.analysis.scope ?? null),
  ];
}

/** Writes the mention, subject, issue, slice, district and agency rows of each entry's analysis. */
export async function writeAnalysisRows(client: pg.PoolClient, entries: readonly AnalysisEntry[]): Promise<void> {
  const mentions: unknown[][] = [[], [], [], [], [], [], []];
  const subjects: unknown[][] = [[], [], [], [], [], []];
  const issues: unknown[][] = [[], [], [], [], []];
  const slices: unknown[][] = [[], []];
  const districts: unknown[][] = [[], []];
  const push = (columns: unknown[][], ...values: unknown[]): void => {
    values.forEach((value, index) => columns[index]!.push(value));
  };

  for (const { seq, day, publishedAt, analysis } of entries) {
    analysis.mentions.forEach((mention, ordinal) => {
      push(mentions, seq, ordinal, mention.subjectId, mention.start, mention.end, mention.how, mention.inTitle ? 1 : 0);
    });
    const seenSubjects = new Set<string>();
    for (const entry of analysis.subjectSentiment) {
      if (seenSubjects.has(entry.subjectId)) continue;
      seenSubjects.add(entry.subjectId);
      const { negative, neutral, positive } = entry.probabilities;
      push(subjects, seq, entry.subjectId, entry.label, negative, neutral, positive);
    }
    const seenIssues = new Set<string>();
    for (const issue of analysis.issues) {
      if (seenIssues.has(issue.issueId)) continue;
      seenIssues.add(issue.issueId);
      push(issues, seq, issue.issueId, day, issue.score, publishedAt);
    }
    for (const sliceId of new Set(analysis.slices)) push(slices, seq, sliceId);
    for (const districtId of new Set(analysis.districts)) push(districts, seq, districtId);
  }

  await insertColumns(client, 'post_mentions (post_seq, ordinal, subject_id, start_offset, end_offset, how, in_title)',
    ['bigint', 'integer', 'text', 'integer', 'integer', 'text', 'integer'], mentions);
  await insertColumns(client, 'post_subject_sentiment (post_seq, subject_id, sentiment, p_negative, p_neutral, p_positive)',
    ['bigint', 'text', 'text', 'real', 'real', 'real'], subjects);
  await insertColumns(client, 'post_issues (post_seq, issue_id, day, score, published_at)',
    ['bigint', 'text', 'date', 'real', 'timestamptz'], issues);
  await insertColumns(client, 'post_slices (post_seq, slice_id)', ['bigint', 'text'], slices);
  await insertColumns(client, 'post_districts (post_seq, district_id)', ['bigint', 'text'], districts);
  await insertAgencyRows(client, entries.map(({ seq, day, publishedAt, analysis }) => ({
    seq, day, publishedAt, negative: analysis.sentiment.probabilities.negative, agencies: analysis.agencies,
  })));
}

/**
 * Search entries this process has seen committed to `search_words`. Most words of a batch are
 * old words: leaving them out spares a conflicting insert each (a fifth of a batch's time).
 */
export class KnownEntries {
  // Bounds the memory: a long-running worker starts afresh past this many.
  static readonly #LIMIT = 500_000;
  readonly #entries = new Set<string>();

  has(entry: string): boolean {
    return this.#entries.has(entry);
  }

  /** Forgets `entries`, taken out of `search_words`, so that a post bringing one adds it again. */
  forget(entries: Iterable<string>): void {
    for (const entry of entries) this.#entries.delete(entry);
  }

  /** Remembers the entries of `vectors`; call once their transaction has committed. */
  addAll(vectors: readonly SearchVector[]): void {
    for (const { words } of vectors) {
      for (const [, entry] of words) {
        if (this.#entries.size >= KnownEntries.#LIMIT) this.#entries.clear();
        this.#entries.add(entry);
      }
    }
  }
}

/**
 * Adds the forms of the posts' words to `search_words`, each pair once and in sorted order, so
 * that two writers adding the same forms take their locks in the same order. An entry names its
 * form, so entries in `known` are left out.
 */
export async function insertSearchWords(
  client: pg.Pool | pg.PoolClient, vectors: readonly SearchVector[], known?: KnownEntries,
): Promise<void> {
  const pairs = new Map<string, readonly [string, string]>();
  for (const { words } of vectors) {
    for (const pair of words) if (known?.has(pair[1]) !== true) pairs.set(pair[1], pair);
  }
  const sorted = [...pairs.keys()].sort().map((key) => pairs.get(key)!);
  if (sorted.length === 0) return;
  await client.query(`INSERT INTO search_words (form, entry) SELECT * FROM unnest($1::text[], $2::text[])
    ON CONFLICT DO NOTHING`, [sorted.map((pair) => pair[0]), sorted.map((pair) => pair[1])]);
}

async function insertColumns(
  client: pg.PoolClient, target: string, types: readonly string[], columns: unknown[][],
): Promise<void> {
  if (columns[0]!.length === 0) return;
  const arrays = types.map((type, index) => `$${index + 1}::${type}[]`).join(', ');
  await client.query(`INSERT INTO ${target} SELECT * FROM unnest(${arrays})`, columns);
}

/** What of an analysis the rollups count, each id once. */
function analysisFacts(analysis: Analysis): {
  issueIds: string[];
  subjectSentiments: { subjectId: string; sentiment: SentimentLabel }[];
  districtIds: string[];
  sliceIds: string[];
} {
  const subjectSentiments: { subjectId: string; sentiment: SentimentLabel }[] = [];
  for (const entry of analysis.subjectSentiment) {
    if (subjectSentiments.some((seen) => seen.subjectId === entry.subjectId)) continue;
    subjectSentiments.push({ subjectId: entry.subjectId, sentiment: entry.label });
  }
  return {
    issueIds: [...new Set(analysis.issues.map((issue) => issue.issueId))],
    subjectSentiments,
    districtIds: [...new Set(analysis.districts)],
    sliceIds: [...new Set(analysis.slices)],
  };
}

