/**
 * Reads the words of a bare term or of one piece of a phrase: `автобус` (any form with its stem),
 * `=автобусы` (this form only), `автоб*` and `орг?низация` (wildcards over written forms).
 * A term with punctuation inside (`egov.kz`) is the phrase of its words.
 */
import { normaliseForMatching } from '../text/normalise.js';
import { wordForms } from '../text/search-words.js';
import type { Span, WordPattern } from './ast.js';
import { QueryError } from './query-error.js';
import { queryProblem } from './query-problem.js';

const MIN_WILDCARD_LETTERS = 3;
const JOINERS = /['’ʼ‐‑-]/g;
const WILDCARD_WORD = /^[\p{L}\p{N}\p{M}-]*[*?][\p{L}\p{N}\p{M}*?-]*$/u;

export function wordPatterns(query: string, written: string, span: Span): WordPattern[] {
  const exact = written.startsWith('=');
  const text = exact ? written.slice(1) : written;
  if (text === '') throw new QueryError(query, span, queryProblem('equalsWithoutWord'));
  if (text.startsWith('=')) throw new QueryError(query, span, queryProblem('equalsTwice'));
  if (/[*?]/.test(text)) return [wildcardPattern(query, text, exact, span)];

  const words = wordForms(normaliseForMatching(text));
  if (words.length === 0) {
    throw new QueryError(query, span, queryProblem('noLetters', { written }));
  }
  return words.map(({ form, script }) => ({ kind: exact ? 'exact' : 'stem', form, script, span }));
}

function wildcardPattern(query: string, text: string, exact: boolean, span: Span): WordPattern {
  if (exact) {
    throw new QueryError(query, span, queryProblem('exactWildcard'));
  }
  // A hashtag is searched as its word, and so with a wildcard: '#автобус*' was refused for its '#'.
  const pattern = normaliseForMatching(text).replace(/^[#＃]+/, '').replace(JOINERS, '-');
  if (!WILDCARD_WORD.test(pattern)) {
    throw new QueryError(query, span, queryProblem('wildcardCharacters'));
  }
  const star = pattern.indexOf('*');
  if (star >= 0 && star !== pattern.length - 1) {
    throw new QueryError(query, span, queryProblem('starInside'));
  }
  const prefix = pattern.slice(0, pattern.search(/[*?]/));
  const letters = prefix.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_WILDCARD_LETTERS) {
    throw new QueryError(query, span, queryProblem('wildcardTooShort', { min: MIN_WILDCARD_LETTERS, text }));
  }
  return { kind: 'wildcard', pattern, prefix, span };
}

/** The pieces of a quoted phrase, each with its span in the query. */
export function phrasePieces(text: string, contentStart: number): { text: string; span: Span }[] {
  const pieces: { text: string; span: Span }[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const start = contentStart + match.index;
    pieces.push({ text: match[0], span: { start, end: start + match[0].length } });
  }
  return pieces;
}
