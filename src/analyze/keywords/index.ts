export { KeywordMatcher, type KeywordHit } from './keyword-matcher.js';
export { compileKeyword, type KeywordLanguage, type KeywordPattern } from './keyword-pattern.js';
