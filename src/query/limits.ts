/**
 * Limits against runaway queries. A query past one of them is refused with an error that names
 * the limit, before it reaches the store; the time limit stops a search already running.
 */
export interface QueryLimits {
  /** Characters of query text. */
  readonly maxLength: number;
  /** Words in terms, phrases and NEAR operands, counted over the whole query. */
  readonly maxTerms: number;
  /** Parentheses inside parentheses. */
  readonly maxDepth: number;
  /** Largest n of NEAR/n and ONEAR/n. */
  readonly maxDistance: number;
  /** Word forms one wildcard may stand for in the store's vocabulary. */
  readonly maxWildcardForms: number;
  /**
   * Combinations of word forms and stem spaces one phrase or NEAR group becomes in the
   * full-text index; wildcards inside phrases multiply them.
   */
  readonly maxAlternatives: number;
  /**
   * Saved queries expanded for one query, each use counted, also inside another saved query.
   * Saved queries that each use the one before twice double with every step: twenty of them
   * took minutes to load the project and would have become a million words.
   */
  readonly maxSavedExpansions: number;
  /** Milliseconds a search in the store may run before it is stopped. */
  readonly timeMs: number;
}

export const DEFAULT_LIMITS: QueryLimits = Object.freeze({
  maxLength: 4000,
  maxTerms: 64,
  maxDepth: 12,
  maxDistance: 50,
  maxWildcardForms: 300,
  maxAlternatives: 512,
  maxSavedExpansions: 64,
  timeMs: 10_000,
});

/**
 * The furthest page and the most snippets a page may ask for. Past them SQLite is handed offsets
 * beyond 64-bit integers (`--limit 99999999999999999999` failed with "datatype mismatch").
 */
export const MAX_SEARCH_PAGE = 100_000;
export const MAX_SEARCH_PAGE_SIZE = 1000;
