import type pg from 'pg';

import type { LanguageCode, PostScope, SentimentLabel } from '../../analyze/analysis.js';
import type { Platform, PostKind } from '../../collect/raw-post.js';
import type { Query } from '../../query/ast.js';
import { highlightSpans } from '../../query/highlight.js';
import { parseQuery } from '../../query/parser.js';
import { assertPeriodEnds } from '../day-range.js';
import { cutSnippet } from '../snippet.js';
import type { SearchOptions, SearchResult } from '../store.js';
import { DEFAULT_LIMITS, type QueryLimits } from '../../query/limits.js';
import { SearchTimeLimitError } from '../../query/search-time-limit-error.js';
import { nearTest } from '../../query/match.js';
import { stemModeOf } from '../../query/stem-mode.js';
import { searchWords } from '../../text/search-words.js';
import { compileQuery, type QueryVocabularyReader } from './compile-query.js';
import { titledText } from '../../text/title-opens-text.js';

interface HitRow {
  kind: PostKind;
  platform: Platform;
  day: string;
  language: LanguageCode;
  sentiment: SentimentLabel;
  outlet: string | null;
  url: string | null;
  title: string | null;
  text: string;
  amplification: boolean;
  scope: PostScope;
}

const IN_RANGE = `($1::date IS NULL OR p.day >= $1::date) AND ($2::date IS NULL OR p.day <= $2::date)
  AND p.text IS NOT NULL`;
const QUERY_CANCELED = '57014';

/**
 * Runs a Boolean query over the posts that still have their text, newest first, with counts of
 * every match by day and by sentiment. Snippets are cut from the redacted text with the words
 * the query looks for marked, as the SQLite store marks them.
 */
export async function searchPosts(
  pool: pg.Pool, written: string | Query, options: SearchOptions, limits: QueryLimits = DEFAULT_LIMITS,
): Promise<SearchResult> {
  const { limit, offset } = options;
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) {
    throw new Error(`search: limit ${limit} and offset ${offset} must be whole numbers of 0 or more`);
  }
  const query = typeof written === 'string' ? parseQuery(written) : written;

  return withSearch(pool, query, options, limits, async (client, where, bounds) => {
    const page = bounds.length + 1;
    const counts = await client.query<{ day: string; sentiment: SentimentLabel; posts: number }>(
      `SELECT p.day, p.sentiment, count(*) AS posts FROM posts p WHERE ${where}
       GROUP BY p.day, p.sentiment ORDER BY p.day`,
      bounds,
    );
    const rows = await client.query<HitRow>(
      `SELECT p.kind, p.platform, p.day, p.language, p.sentiment, p.outlet, p.url, p.title, p.text,
         p.amplifies_id IS NOT NULL AS amplification, coalesce(p.scope, 'none') AS scope
       FROM posts p WHERE ${where}
       ORDER BY p.published_at DESC, p.seq DESC LIMIT $${page} OFFSET $${page + 1}`,
      [...bounds, limit, offset],
    );

    const byDay = new Map<string, number>();
    const bySentiment: Record<SentimentLabel, number> = { negative: 0, neutral: 0, positive: 0 };
    let total = 0;
    for (const row of counts.rows) {
      byDay.set(row.day, (byDay.get(row.day) ?? 0) + row.posts);
      bySentiment[row.sentiment] += row.posts;
      total += row.posts;
    }

    return {
      total,
      hits: rows.rows.map((row) => {
        const article = row.kind === 'article';
        const document = titledText(row.title, row.text);
        return {
          kind: row.kind,
          platform: row.platform,
          day: row.day,
          language: row.language,
          sentiment: row.sentiment,
          outlet: article ? row.outlet : null,
          url: article ? row.url : null,
          amplification: row.amplification,
          scope: row.scope,
          snippet: cutSnippet(document, highlightSpans(document, row.language, query)),
        };
      }),
      byDay: [...byDay].map(([day, posts]) => ({ day, posts })),
      bySentiment,
    };
  });
}

/** Ids of every stored post with text that the query matches within the days, sorted; for tests and exports. */
export async function searchPostIds(
  pool: pg.Pool, query: Query, options: Pick<SearchOptions, 'from' | 'to'> = {}, limits: QueryLimits = DEFAULT_LIMITS,
): Promise<string[]> {
  return withSearch(pool, query, options, limits, async (client, where, bounds) =>
    (await client.query<{ id: string }>(`SELECT p.id FROM posts p WHERE ${where} ORDER BY p.id`, bounds))
      .rows.map((row) => row.id));
}

type RunSearch<T> = (client: pg.PoolClient, where: string, bounds: unknown[]) => Promise<T>;

/**
 * Compiles the query on one snapshot and hands `run` its condition and parameters. Every
 * statement of the search is stopped at the query time limit, as the SQLite store stops.
 */
async function withSearch<T>(
  pool: pg.Pool, query: Query, options: Pick<SearchOptions, 'from' | 'to'>, limits: QueryLimits, run: RunSearch<T>,
): Promise<T> {
  assertPeriodEnds(options, 'search');
  const days = [options.from ?? null, options.to ?? null];

  const client = await pool.connect();
  try {
    // One snapshot for the counts and the page, as the SQLite store reads both in one transaction.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.round(limits.timeMs))}`);
    // Compiling a search's plan to machine code took 50–140 ms of a 100 ms search at 1M posts.
    await client.query('SET LOCAL jit = off');
    await client.query("SET LOCAL work_mem = '64MB'");
    const condition = await compileQuery(query, vocabularyReader(client, days), 3, limits);
    // The condition stands bare: WHERE drops a NULL as it drops FALSE, and wrapped in coalesce()
    // the text match could not use the search index (every search read every post: 1.2 s at 1M).
    const result = await run(client, `${IN_RANGE} AND (${condition.where})`, [...days, ...condition.params]);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if ((error as { code?: unknown }).code === QUERY_CANCELED) {
      throw new SearchTimeLimitError(limits.timeMs);
    }
    throw error;
  } finally {
    client.release();
  }
}

/** What the compiler reads from the store, on the search's own connection and snapshot. */
function vocabularyReader(client: pg.PoolClient, days: readonly (string | null)[]): QueryVocabularyReader {
  return {
    async wildcardEntries(pattern, _prefix, limit) {
      // A form has at most one entry per stem space: four times the forms wanted is enough rows.
      const result = await client.query<{ form: string; entry: string }>(
        'SELECT form, entry FROM search_words WHERE form LIKE $1 ORDER BY form, entry LIMIT $2',
        [likePattern(pattern), (limit + 1) * 4],
      );
      const entries: string[] = [];
      let forms = 0;
      let lastForm: string | null = null;
      for (const { form, entry } of result.rows) {
        if (form !== lastForm) {
          forms++;
          lastForm = form;
          if (forms > limit) break;
        }
        entries.push(entry);
      }
      return { entries, forms };
    },
    async outlets() {
      return (await client.query<{ outlet: string }>('SELECT DISTINCT outlet FROM rollup_outlet')).rows.map((row) => row.outlet);
    },
    async nearMatches(node, prefilter) {
      const test = nearTest(node);
      const candidates = await client.query<{ seq: number; normalised: string; language: string }>(
        `SELECT p.seq, p.normalised, p.language FROM posts p WHERE ${IN_RANGE} AND p.search_vector @@ $3::tsquery`,
        [...days, prefilter],
      );
      return candidates.rows
        .filter((row) => test(searchWords(row.normalised, stemModeOf(row.language))))
        .map((row) => row.seq);
    },
  };
}

/** A wildcard pattern (`*` any ending, `?` one letter) as a LIKE pattern. */
function likePattern(pattern: string): string {
  return [...pattern]
    .map((character) => character === '*' ? '%' : character === '?' ? '_' : character.replace(/[\\%_]/g, '\\$&'))
    .join('');
}
