import type { Database } from 'better-sqlite3';

import type { LanguageCode, SentimentLabel } from '../../analyze/analysis.js';
import type { Platform, PostKind } from '../../collect/raw-post.js';
import type { Query } from '../../query/ast.js';
import { compileSearch, type CompiledSearch, type FtsVocabulary } from '../../query/compile-fts.js';
import { highlightSpans } from '../../query/highlight.js';
import { DEFAULT_LIMITS, type QueryLimits } from '../../query/limits.js';
import { nearTest } from '../../query/match.js';
import { stemModeOf } from '../../query/stem-mode.js';
import { searchWords } from '../../text/search-words.js';
import { assertDay } from '../day-range.js';
import { cutSnippet } from '../snippet.js';
import type { SearchOptions, SearchResult } from '../store.js';

const EARLIEST_DAY = '0000-01-01';
const LATEST_DAY = '9999-12-31';
/** Rows read between looks at the clock. */
const CLOCK_EVERY = 512;

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

/** The ONEAR checks of the search running on a connection; SQLite calls back into them. */
interface RunningSearch {
  readonly checks: readonly ((normalised: string, language: string) => boolean)[];
  readonly deadline: number;
  readonly limitMs: number;
}

const running = new WeakMap<Database, RunningSearch>();

/**
 * Runs a Boolean query over the posts that still have their text, newest first, with counts of
 * every match by day and by sentiment. Snippets are cut from the redacted text with the words
 * the query looks for marked.
 */
export function searchPosts(
  database: Database,
  query: Query,
  options: SearchOptions,
  limits: QueryLimits = DEFAULT_LIMITS,
): SearchResult {
  const { limit, offset } = options;
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) {
    throw new Error(`search: limit ${limit} and offset ${offset} must be whole numbers of 0 or more`);
  }

  return withSearch(database, query, options, limits, (from, where, params) => {
    const byDay = new Map<string, number>();
    const bySentiment: Record<SentimentLabel, number> = { negative: 0, neutral: 0, positive: 0 };
    const deadline = (running.get(database) as RunningSearch).deadline;
    let total = 0;
    const rows = database.prepare(`SELECT p.day, p.sentiment FROM ${from} WHERE ${where}`).raw();
    for (const [day, sentiment] of rows.iterate(...params) as Iterable<[string, SentimentLabel]>) {
      byDay.set(day, (byDay.get(day) ?? 0) + 1);
      bySentiment[sentiment]++;
      if (++total % CLOCK_EVERY === 0) checkClock(deadline, limits.timeMs);
    }

    // The page is chosen from the narrow index first, so only its posts' texts are read.
    const hits = database.prepare(`SELECT q.kind, q.platform, q.day, q.language, q.sentiment, q.outlet,
        q.url, q.title, q.text, q.amplifies_id IS NOT NULL AS amplification
      FROM posts q WHERE q.seq IN (SELECT p.seq FROM ${from} WHERE ${where}
        ORDER BY p.published_at DESC, p.seq DESC LIMIT ? OFFSET ?)
      ORDER BY q.published_at DESC, q.seq DESC`).all(...params, limit, offset) as HitRow[];

    return {
      total,
      hits: hits.map((row) => {
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
          snippet: cutSnippet(document, highlightSpans(document, row.language, query)),
        };
      }),
      byDay: [...byDay].sort(([left], [right]) => (left < right ? -1 : 1)).map(([day, posts]) => ({ day, posts })),
      bySentiment,
    };
  });
}

/** Ids of every post the query matches within the options' days, for tests and exports. */
export function searchPostIds(
  database: Database,
  query: Query,
  options: Pick<SearchOptions, 'from' | 'to'> = {},
  limits: QueryLimits = DEFAULT_LIMITS,
): string[] {
  return withSearch(database, query, options, limits, (from, where, params) =>
    database.prepare(`SELECT p.id FROM ${from} WHERE ${where} ORDER BY p.id`).pluck().all(...params) as string[]);
}

type RunSearch<T> = (from: string, where: string, params: readonly (string | number)[]) => T;

function withSearch<T>(
  database: Database,
  query: Query,
  options: Pick<SearchOptions, 'from' | 'to'>,
  limits: QueryLimits,
  run: RunSearch<T>,
): T {
  if (options.from !== undefined) assertDay(options.from, 'search: from');
  if (options.to !== undefined) assertDay(options.to, 'search: to');
  registerFunctions(database);

  return database.transaction(() => {
    const compiled = compileSearch(query, storeVocabulary(database), limits);
    const deadline = Date.now() + limits.timeMs;
    running.set(database, { checks: compiled.orderChecks.map(orderCheck), deadline, limitMs: limits.timeMs });
    try {
      const { from, where, params } = statementParts(compiled, options);
      return run(from, where, params);
    } finally {
      running.delete(database);
    }
  })();
}

function statementParts(compiled: CompiledSearch, options: Pick<SearchOptions, 'from' | 'to'>) {
  const conditions = ['p.day BETWEEN ? AND ?', `(${compiled.where})`];
  const params: (string | number)[] = [options.from ?? EARLIEST_DAY, options.to ?? LATEST_DAY, ...compiled.params];
  if (compiled.driver === null) {
    return { from: 'posts p', where: ['p.text IS NOT NULL', ...conditions].join(' AND '), params };
  }
  // Retention removes a post's search entry with its text, so every match still has its text.
  // SQLite would look matches up in the posts table by number; the narrow index is faster.
  return {
    from: 'posts_search JOIN posts p INDEXED BY posts_search_facts ON p.seq = posts_search.rowid',
    where: ['posts_search MATCH ?', ...conditions].join(' AND '),
    params: [compiled.driver, ...params],
  };
}

function orderCheck(node: CompiledSearch['orderChecks'][number]) {
  const test = nearTest(node);
  return (normalised: string, language: string): boolean =>
    test(searchWords(normalised, stemModeOf(language)));
}

const registered = new WeakSet<Database>();

function registerFunctions(database: Database): void {
  if (registered.has(database)) return;
  database.function('tyndau_in_order', { deterministic: false }, (normalised, language, index) => {
    const search = running.get(database);
    if (search === undefined) throw new Error('search: tyndau_in_order() runs only inside a search');
    checkClock(search.deadline, search.limitMs);
    const check = search.checks[Number(index)];
    return check !== undefined && check(String(normalised ?? ''), String(language)) ? 1 : 0;
  });
  registered.add(database);
}

function storeVocabulary(database: Database): FtsVocabulary {
  return {
    wildcardEntries(pattern, prefix, limit) {
      const rows = database.prepare(`SELECT form, entry FROM search_words
        WHERE form >= ? AND form < ? AND form GLOB ? ORDER BY form`).raw()
        .iterate(prefix, prefix + '\u{10FFFF}', pattern) as Iterable<[string, string]>;
      const entries: string[] = [];
      let forms = 0;
      let lastForm: string | null = null;
      for (const [form, entry] of rows) {
        if (form !== lastForm) {
          forms++;
          lastForm = form;
          if (forms > limit) break;
        }
        entries.push(entry);
      }
      return { entries, forms };
    },
    outlets() {
      return database.prepare('SELECT DISTINCT outlet FROM rollup_outlet').pluck().all() as string[];
    },
  };
}

function checkClock(deadline: number, limitMs: number): void {
  if (Date.now() <= deadline) return;
  throw new Error(`search: stopped after ${limitMs} ms, the time limit; narrow the query with more words or a date: range`);
}
