import type { Database } from 'better-sqlite3';

import type { LanguageCode, SentimentLabel } from '../../analyze/analysis.js';
import type { Platform, PostKind } from '../../collect/raw-post.js';
import { assertDay } from '../day-range.js';
import { parseSearchText } from '../search-terms.js';
import { buildSnippet } from '../snippet.js';
import type { SearchOptions, SearchResult } from '../store.js';
import { toFts5Query } from './fts5-query.js';

const EARLIEST_DAY = '0000-01-01';
const LATEST_DAY = '9999-12-31';

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
  amplification: number;
}

/**
 * Full-text search over the normalised text of posts that still have their text, newest first,
 * with counts of every match by day and by sentiment. Snippets are cut from the redacted text.
 */
export function searchPosts(database: Database, text: string, options: SearchOptions): SearchResult {
  const { limit, offset } = options;
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) {
    throw new Error(`search: limit ${limit} and offset ${offset} must be whole numbers of 0 or more`);
  }
  if (options.from !== undefined) assertDay(options.from, 'search: from');
  if (options.to !== undefined) assertDay(options.to, 'search: to');

  const terms = parseSearchText(text);
  const match = toFts5Query(terms);
  const from = options.from ?? EARLIEST_DAY;
  const to = options.to ?? LATEST_DAY;

  return database.transaction(() => {
    const counts = database.prepare(`SELECT p.day, p.sentiment, count(*) AS posts
      FROM posts_fts JOIN posts p ON p.seq = posts_fts.rowid
      WHERE posts_fts MATCH ? AND p.day BETWEEN ? AND ?
      GROUP BY p.day, p.sentiment ORDER BY p.day`).all(match, from, to) as {
      day: string; sentiment: SentimentLabel; posts: number;
    }[];
    const rows = database.prepare(`SELECT p.kind, p.platform, p.day, p.language, p.sentiment, p.outlet,
        p.url, p.title, p.text, p.amplifies_id IS NOT NULL AS amplification
      FROM posts_fts JOIN posts p ON p.seq = posts_fts.rowid
      WHERE posts_fts MATCH ? AND p.day BETWEEN ? AND ?
      ORDER BY p.published_at DESC, p.seq DESC LIMIT ? OFFSET ?`)
      .all(match, from, to, options.limit, options.offset) as HitRow[];

    const byDay = new Map<string, number>();
    const bySentiment: Record<SentimentLabel, number> = { negative: 0, neutral: 0, positive: 0 };
    let total = 0;
    for (const row of counts) {
      byDay.set(row.day, (byDay.get(row.day) ?? 0) + row.posts);
      bySentiment[row.sentiment] += row.posts;
      total += row.posts;
    }

    return {
      total,
      hits: rows.map((row) => {
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
          amplification: row.amplification === 1,
          snippet: buildSnippet(document, terms),
        };
      }),
      byDay: [...byDay].map(([day, posts]) => ({ day, posts })),
      bySentiment,
    };
  })();
}
