/**
 * Splits a prepared text into clauses at sentence ends, commas, brackets, quotes and dashes, as
 * token ranges. Posts from the region switch between Kazakh and Russian, or Russian and English,
 * at these points ("әкімдік жолды жөндеді, но пробки остались"), rarely inside a clause.
 */
import type { AnalysisText } from '../analysis-text.js';

export interface TextSegment {
  /** Index of the first token. */
  readonly first: number;
  /** Index after the last token. */
  readonly last: number;
  /** Whether a sentence ends after the segment (".", "!", "?", "…", a line break). */
  readonly sentenceEnd: boolean;
}

const CLAUSE_BREAKS = new Set('.!?…;:\n,()«»"“”—–[]');
const SENTENCE_BREAKS = new Set('.!?…\n');

/** The clauses of `text`; a text without breaks is one segment. */
export function splitSegments(text: AnalysisText): TextSegment[] {
  const { tokens, normalised } = text;
  const segments: TextSegment[] = [];
  let first = 0;
  for (let index = 1; index <= tokens.length; index++) {
    const gapStart = (tokens[index - 1] as { end: number }).end;
    const gapEnd = index < tokens.length ? (tokens[index] as { start: number }).start : normalised.length;
    const gap = breakIn(normalised, gapStart, gapEnd);
    if (gap === 'none' && index < tokens.length) continue;
    segments.push({ first, last: index, sentenceEnd: gap === 'sentence' || index === tokens.length });
    first = index;
  }
  return segments;
}

/**
 * The sentences of `text`: segments joined up to each sentence end. A full stop after a single
 * capital ("А. Иванов") or inside a number does not end a sentence: tokens are words, so such a
 * stop is between a one-letter token and the next word.
 */
export function splitSentences(text: AnalysisText): TextSegment[] {
  const sentences: TextSegment[] = [];
  let first = 0;
  for (const segment of splitSegments(text)) {
    if (!segment.sentenceEnd) continue;
    const lastToken = text.tokens[segment.last - 1];
    const initial = lastToken !== undefined && lastToken.end - lastToken.start === 1 && segment.last < text.tokens.length;
    if (initial) continue;
    sentences.push({ first, last: segment.last, sentenceEnd: true });
    first = segment.last;
  }
  return sentences;
}

function breakIn(text: string, start: number, end: number): 'none' | 'clause' | 'sentence' {
  let found: 'none' | 'clause' = 'none';
  for (let index = start; index < end; index++) {
    const character = text[index] as string;
    if (SENTENCE_BREAKS.has(character)) {
      // "3.5", "12.11.2024": a stop between digits is part of a number.
      if (character === '.' && isDigit(text[index - 1]) && isDigit(text[index + 1])) continue;
      return 'sentence';
    }
    if (CLAUSE_BREAKS.has(character)) found = 'clause';
  }
  return found;
}

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}
