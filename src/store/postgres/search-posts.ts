import type pg from 'pg';

import type { LanguageCode, SentimentLabel } from '../../analyze/analysis.js';
import type { Platform, PostKind } from '../../collect/raw-post.js';
import { assertDay } from '../day-range.js';
import { parseSearchText } from '../search-terms.js';
import { buildSnippet } from '../snippet.js';
import type { SearchOptions, SearchResult } from '../store.js';
import { toTsqueryText } from './tsquery.js';

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

// Russian posts are indexed by Russian stems, the rest by their normalised words; a query
// matches a post when it matches in either form.
const MATCHES = `p.search_vector @@ (to_tsquery('russian', $1) || to_tsquery('simple', $1))
  AND ($2::date IS NULL OR p.day >= $2::date) AND ($3::date IS NULL OR p.day <= $3::date)`;

/**
 * Full-text search over the posts that still have their text, newest first, with counts of
 * every match by day and by sentiment. Snippets are cut from the redacted text.
 */
// LIMITATION: the Russian configuration finds inflected forms ("дороги" finds "дорогах") and
// drops Russian stop words, where the SQLite index matches exact words only, so the two stores
// can count a Russian query differently; snippets mark exact and prefix matches only.
export async function searchPosts(pool: pg.Pool, text: string, options: SearchOptions): Promise<SearchResult> {
  const { limit, offset } = options;
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) {
    throw new Error(`search: limit ${limit} and offset ${offset} must be whole numbers of 0 or more`);
  }
  if (options.from !== undefined) assertDay(options.from, 'search: from');
  if (options.to !== undefined) assertDay(options.to, 'search: to');

  const terms = parseSearchText(text);
  const bounds = [toTsqueryText(terms), options.from ?? null, options.to ?? null];

  const client = await pool.connect();
  try {
    // One snapshot for the counts and the page, as the SQLite store reads both in one transaction.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const counts = await client.query<{ day: string; sentiment: SentimentLabel; posts: number }>(
      `SELECT p.day, p.sentiment, count(*) AS posts FROM posts p WHERE ${MATCHES}
       GROUP BY p.day, p.sentiment ORDER BY p.day`,
      bounds,
    );
    const rows = await client.query<HitRow>(
      `SELECT p.kind, p.platform, p.day, p.language, p.sentiment, p.outlet, p.url, p.title, p.text,
         p.amplifies_id IS NOT NULL AS amplification
       FROM posts p WHERE ${MATCHES}
       ORDER BY p.published_at DESC, p.seq DESC LIMIT $4 OFFSET $5`,
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
          snippet: buildSnippet(document, terms),
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
