/**
 * RuSentiLex as extra tokens for the in-domain benchmark models. RuSentiLex is licensed for
 * non-commercial research only: it may help a model that is scored and thrown away, never one
 * that ships.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { normaliseForMatching } from '../../src/text/normalise.js';
import { stemRussian } from '../../src/text/stem/russian-stemmer.js';

export const LEXICON_POSITIVE = 'лексиконплюс';
export const LEXICON_NEGATIVE = 'лексиконминус';

/** Polarity by word stem: +1 or −1. */
export type SentimentLexicon = ReadonlyMap<string, number>;

/**
 * The single-word entries of RuSentiLex that are positive or negative in every sense, by stem.
 * A stem whose entries disagree is left out.
 */
export function readSentimentLexicon(dataDir: string): SentimentLexicon {
  const path = join(dataDir, 'rusentilex', 'rusentilex_2017.txt');
  const polarity = new Map<string, number>();
  const conflicting = new Set<string>();

  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('!')) continue;
    const [word, , , sentiment] = line.split(',').map((field) => field.trim());
    if (word === undefined || word.includes(' ')) continue;
    const sign = sentiment === 'positive' ? 1 : sentiment === 'negative' ? -1 : 0;
    if (sign === 0) continue;

    const stem = stemRussian(normaliseForMatching(word));
    if (polarity.has(stem) && polarity.get(stem) !== sign) conflicting.add(stem);
    polarity.set(stem, sign);
  }
  for (const stem of conflicting) polarity.delete(stem);
  return polarity;
}

/**
 * `tokens` followed by one lexicon token per word the lexicon knows, its polarity flipped when
 * the word is negated (marked "не_" by `socialTokens`).
 */
export function withLexiconTokens(tokens: readonly string[], lexicon: SentimentLexicon): string[] {
  const marks: string[] = [];
  for (const token of tokens) {
    const negated = token.startsWith('не_');
    const sign = lexicon.get(stemRussian(negated ? token.slice(3) : token));
    if (sign === undefined) continue;
    marks.push((sign > 0) !== negated ? LEXICON_POSITIVE : LEXICON_NEGATIVE);
  }
  return [...tokens, ...marks];
}
