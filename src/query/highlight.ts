import type { LanguageCode } from '../analyze/analysis.js';
import { normaliseWithOffsets } from '../text/normalise.js';
import { searchWords } from '../text/search-words.js';
import { positiveWords, type Query } from './ast.js';
import { stemModeOf } from './stem-mode.js';
import { wordTest } from './word-test.js';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Where `document` (a post's title and text as stored, redacted) has a word the query looks for,
 * as offsets into `document`. Words under NOT are not marked; a phrase's words are marked
 * wherever they stand.
 */
// LIMITATION: words are marked one by one, so a phrase's word is also marked outside the phrase;
// marking whole hits would need the matcher to report positions.
export function highlightSpans(document: string, language: LanguageCode, query: Query): TextSpan[] {
  const tests = positiveWords(query.root).map(wordTest);
  if (tests.length === 0) return [];

  const normalised = normaliseWithOffsets(document);
  const origin = normalised.origin;
  const toOriginal = (offset: number): number => (origin ? (origin[offset] as number) : offset);
  const spans = searchWords(normalised.text, stemModeOf(language))
    .filter((word) => tests.some((test) => test(word)))
    .map((word) => ({ start: toOriginal(word.start), end: toOriginal(word.end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // A hyphenated word's parts come after the text's words and inside the word's own span: a
  // part marked within a word already marked is dropped, and the marks are in text order.
  const marked: TextSpan[] = [];
  for (const span of spans) {
    const last = marked[marked.length - 1];
    if (last === undefined || span.start >= last.end) marked.push(span);
  }
  return marked;
}
