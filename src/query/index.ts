/** The Boolean query language: parse once, then run in the store or over posts in memory. */
export type { FieldFilter, Phrase, Query, QueryNode, Span, WordPattern } from './ast.js';
export { namesField } from './ast.js';
export { compileSearch, type CompiledSearch, type FtsVocabulary } from './compile-fts.js';
export { highlightSpans } from './highlight.js';
export { DEFAULT_LIMITS, type QueryLimits } from './limits.js';
export {
  QueryMatcher, matchablePost, preparePost, type MatchablePost, type PreparedPost,
} from './match.js';
export { parseQuery, type ParseOptions, type QueryVocabulary, type SavedQuery } from './parser.js';
export { QueryError } from './query-error.js';
export { stemModeOf } from './stem-mode.js';
