import type { Database } from 'better-sqlite3';

import type { LanguageCode, PostScope, SentimentLabel } from '../../analyze/analysis.js';
import type { Platform, PostKind } from '../../collect/raw-post.js';
import type { Query } from '../../query/ast.js';
import { compileSearch, type CompiledSearch, type FtsVocabulary } from '../../query/compile-fts.js';
import { highlightSpans } from '../../query/highlight.js';
import { DEFAULT_LIMITS, type QueryLimits } from '../../query/limits.js';
import { SearchTimeLimitError } from '../../query/search-time-limit-error.js';
import { nearTest } from '../../query/match.js';
import { stemModeOf } from '../../query/stem-mode.js';
import { searchWords } from '../../text/search-words.js';
import { assertPeriodEnds } from '../day-range.js';
import { cutSnippet } from '../snippet.js';
import { dayNumber, dayOfNumber, PostFactsCache } from './post-facts-cache.js';
import type { SearchOptions, SearchResult } from '../store.js';
import { titledText } from '../../text/title-opens-text.js';

const EARLIEST_DAY = '0000-01-01';
const LATEST_DAY = '9999-12-31';
/** Matches read between looks at the clock, about. */
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
  scope: PostScope;
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
  const callersTransaction = database.inTransaction;

  return withSearch(database, query, options, limits, (compiled) => {
    const facts = postFactsOf(database);
    facts.refresh(callersTransaction);
    const seqs = matchingSeqs(database, compiled);
    facts.include(seqs);
    const matches = countMatches(facts, seqs, options);
    const hits = offset < matches.seqs.length
      ? readPage(database, pageCandidates(facts, matches, limit + offset), limit, offset)
      : [];

    return {
      total: matches.seqs.length,
      hits: hits.map((row) => {
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
          amplification: row.amplification === 1,
          scope: row.scope,
          snippet: cutSnippet(document, highlightSpans(document, row.language, query)),
        };
      }),
      byDay: [...matches.byDay].sort(([left], [right]) => left - right)
        .map(([day, posts]) => ({ day: dayOfNumber(day), posts })),
      bySentiment: matches.bySentiment,
    };
  });
}

/** Post numbers of every match, before the days of the options are applied. */
function matchingSeqs(database: Database, compiled: CompiledSearch): number[] {
  // A query of words alone is answered by the full-text index without reading the posts table.
  if (compiled.driver !== null && compiled.where === '1' && compiled.params.length === 0) {
    return database.prepare(`SELECT rowid FROM posts_search
      WHERE posts_search MATCH ? AND ${clockLook('rowid')}`).pluck().all(compiled.driver) as number[];
  }
  // LIMITATION: field filters look each full-text match up in the facts index (about 2 µs a
  // match); testing sentiment, language and days against the post facts cache would lift it.
  const { from, where, params, seq } = statementParts(compiled);
  return database.prepare(`SELECT ${seq} FROM ${from} WHERE ${where} AND ${clockLook(seq)}`)
    .pluck().all(...params) as number[];
}

/**
 * A condition that is always true and looks at the clock for about one match in 512, so that
 * a search stops at its time limit while SQLite reads the matches.
 */
function clockLook(seq: string): string {
  return `(${seq} % ${CLOCK_EVERY} <> 0 OR tyndau_clock())`;
}

interface MatchCounts {
  /** The matches within the options' days. */
  readonly seqs: number[];
  /** Matches by day number. */
  readonly byDay: Map<number, number>;
  readonly bySentiment: Record<SentimentLabel, number>;
}

function countMatches(
  facts: PostFactsCache,
  matches: readonly number[],
  options: Pick<SearchOptions, 'from' | 'to'>,
): MatchCounts {
  const first = options.from === undefined ? -Infinity : dayNumber(options.from);
  const last = options.to === undefined ? Infinity : dayNumber(options.to);
  const counts: MatchCounts = { seqs: [], byDay: new Map(), bySentiment: { negative: 0, neutral: 0, positive: 0 } };
  for (const seq of matches) {
    const day = facts.dayOf(seq);
    const sentiment = facts.sentimentOf(seq);
    if (day < first || day > last) continue;
    counts.seqs.push(seq);
    counts.byDay.set(day, (counts.byDay.get(day) ?? 0) + 1);
    counts.bySentiment[sentiment]++;
  }
  return counts;
}

/**
 * The matches of the newest days that hold the first `wanted` matches: the page is among them,
 * so only these are sorted by time.
 */
function pageCandidates(facts: PostFactsCache, matches: MatchCounts, wanted: number): number[] {
  if (wanted === 0) return [];
  const days = [...matches.byDay].sort(([left], [right]) => right - left);
  let oldest = -Infinity;
  let seen = 0;
  for (const [day, posts] of days) {
    seen += posts;
    if (seen >= wanted) {
      oldest = day;
      break;
    }
  }
  return oldest === -Infinity ? matches.seqs : matches.seqs.filter((seq) => facts.dayOf(seq) >= oldest);
}

/** The page of newest posts among the candidates; only their texts are read. */
function readPage(database: Database, candidates: readonly number[], limit: number, offset: number): HitRow[] {
  if (candidates.length === 0) return [];
  return database.prepare(`SELECT q.kind, q.platform, q.day, q.language, q.sentiment, q.outlet,
      q.url, q.title, q.text, q.amplifies_id IS NOT NULL AS amplification,
      coalesce(q.scope, 'none') AS scope
    FROM posts q WHERE q.seq IN (SELECT p.seq FROM posts p INDEXED BY posts_search_facts
      WHERE p.seq IN (SELECT value FROM json_each(?))
      ORDER BY p.published_at DESC, p.seq DESC LIMIT ? OFFSET ?)
    ORDER BY q.published_at DESC, q.seq DESC`).all(JSON.stringify(candidates), limit, offset) as HitRow[];
}

const postFacts = new WeakMap<Database, PostFactsCache>();

function postFactsOf(database: Database): PostFactsCache {
  let facts = postFacts.get(database);
  if (facts === undefined) {
    facts = new PostFactsCache(database);
    postFacts.set(database, facts);
  }
  return facts;
}

/** Ids of every post the query matches within the options' days, for tests and exports. */
export function searchPostIds(
  database: Database,
  query: Query,
  options: Pick<SearchOptions, 'from' | 'to'> = {},
  limits: QueryLimits = DEFAULT_LIMITS,
): string[] {
  return withSearch(database, query, options, limits, (compiled) => {
    const { from, where, params } = statementParts(compiled, options);
    return database.prepare(`SELECT p.id FROM ${from} WHERE ${where} ORDER BY p.id`).pluck().all(...params) as string[];
  });
}

type RunSearch<T> = (compiled: CompiledSearch) => T;

function withSearch<T>(
  database: Database,
  query: Query,
  options: Pick<SearchOptions, 'from' | 'to'>,
  limits: QueryLimits,
  run: RunSearch<T>,
): T {
  assertPeriodEnds(options, 'search');
  registerFunctions(database);

  return database.transaction(() => {
    const compiled = compileSearch(query, storeVocabulary(database), limits);
    const deadline = Date.now() + limits.timeMs;
    running.set(database, { checks: compiled.orderChecks.map(orderCheck), deadline, limitMs: limits.timeMs });
    try {
      return run(compiled);
    } finally {
      running.delete(database);
    }
  })();
}

function statementParts(compiled: CompiledSearch, options: Pick<SearchOptions, 'from' | 'to'> = {}) {
  const conditions = ['p.day BETWEEN ? AND ?', `(${compiled.where})`];
  const params: (string | number)[] = [options.from ?? EARLIEST_DAY, options.to ?? LATEST_DAY, ...compiled.params];
  if (compiled.driver === null) {
    return { from: 'posts p', where: ['p.text IS NOT NULL', ...conditions].join(' AND '), params, seq: 'p.seq' };
  }
  // Retention removes a post's search entry with its text, so every match still has its text.
  // SQLite would look matches up in the posts table by number; the narrow index is faster.
  return {
    from: 'posts_search JOIN posts p INDEXED BY posts_search_facts ON p.seq = posts_search.rowid',
    where: ['posts_search MATCH ?', ...conditions].join(' AND '),
    params: [compiled.driver, ...params],
    seq: 'posts_search.rowid',
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
  database.function('tyndau_clock', { deterministic: false }, () => {
    const search = running.get(database);
    if (search !== undefined) checkClock(search.deadline, search.limitMs);
    return 1;
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
  throw new SearchTimeLimitError(limitMs);
}
