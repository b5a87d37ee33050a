import type pg from 'pg';

import type { LanguageCode, SentimentLabel } from '../../analyze/analysis.js';
import type { Platform, PostKind } from '../../collect/raw-post.js';
import type { Query } from '../../query/ast.js';
import { highlightSpans } from '../../query/highlight.js';
import { parseQuery } from '../../query/parser.js';
import { assertDay } from '../day-range.js';
import { cutSnippet } from '../snippet.js';
import type { SearchOptions, SearchResult } from '../store.js';
import { compileQuery } from './compile-query.js';

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
}

const IN_RANGE = `($1::date IS NULL OR p.day >= $1::date) AND ($2::date IS NULL OR p.day <= $2::date)
  AND p.text IS NOT NULL`;

/**
 * Runs a Boolean query over the posts that still have their text, newest first, with counts of
 * every match by day and by sentiment. Snippets are cut from the redacted text with the words
 * the query looks for marked, as the SQLite store marks them.
 */
// LIMITATION: Russian words match by PostgreSQL's Russian stemmer and skip its stop words, where
// the SQLite store uses tyndau's own stems, so the two can count a Russian query a little apart.
export async function searchPosts(pool: pg.Pool, written: string | Query, options: SearchOptions): Promise<SearchResult> {
  const { limit, offset } = options;
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) {
    throw new Error(`search: limit ${limit} and offset ${offset} must be whole numbers of 0 or more`);
  }
  if (options.from !== undefined) assertDay(options.from, 'search: from');
  if (options.to !== undefined) assertDay(options.to, 'search: to');

  const query = typeof written === 'string' ? parseQuery(written) : written;
  const condition = compileQuery(query, 3);
  const where = `${IN_RANGE} AND ${condition.where}`;
  const bounds = [options.from ?? null, options.to ?? null, ...condition.params];
  const page = bounds.length + 1;

  const client = await pool.connect();
  try {
    // One snapshot for the counts and the page, as the SQLite store reads both in one transaction.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const counts = await client.query<{ day: string; sentiment: SentimentLabel; posts: number }>(
      `SELECT p.day, p.sentiment, count(*) AS posts FROM posts p WHERE ${where}
       GROUP BY p.day, p.sentiment ORDER BY p.day`,
      bounds,
    );
    const rows = await client.query<HitRow>(
      `SELECT p.kind, p.platform, p.day, p.language, p.sentiment, p.outlet, p.url, p.title, p.text,
         p.amplifies_id IS NOT NULL AS amplification
       FROM posts p WHERE ${where}
       ORDER BY p.published_at DESC, p.seq DESC LIMIT $${page} OFFSET $${page + 1}`,
      [...bounds, limit, offset],
    );
    await client.query('COMMIT');

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
        const document = row.title ? `${row.title}\n${row.text}` : row.text;
        return {
          kind: row.kind,
          platform: row.platform,
          day: row.day,
          language: row.language,
          sentiment: row.sentiment,
          outlet: article ? row.outlet : null,
          url: article ? row.url : null,
          amplification: row.amplification,
          snippet: cutSnippet(document, highlightSpans(document, row.language, query)),
        };
      }),
      byDay: [...byDay].map(([day, posts]) => ({ day, posts })),
      bySentiment,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
