/**
 * The words that make a spike: those far more frequent in the spike's posts than in the same
 * key's posts before it. Scored by the log ratio of document frequencies, smoothed, so that words
 * common everywhere (the city's name) score near zero. Grammatical words are left out: a spike in
 * another language than the days before would otherwise be "about" its conjunctions.
 */
import { isGrammaticalWord } from '../text/grammatical-words.js';
import { tokenise } from '../text/tokenise.js';

const MIN_WORD_LENGTH = 3;
const TERMS = 8;

// Redaction marks such as [NAME] or [PHONE] are not the residents' words.
const REDACTION_MARK = /\[[^\]\s]{1,24}\]/g;

/** `keyWord`: words that name the alert's own key (its district), left out. */
export function topTerms(
  spikeTexts: readonly string[],
  baselineTexts: readonly string[],
  keyWord: (word: string) => boolean = () => false,
): string[] {
  const spike = documentFrequencies(spikeTexts);
  const baseline = documentFrequencies(baselineTexts);
  const minPosts = Math.max(3, Math.ceil(0.1 * spikeTexts.length));

  const scored: { term: string; score: number }[] = [];
  for (const [term, posts] of spike) {
    if (posts < minPosts || keyWord(term)) continue;
    const inSpike = (posts + 0.5) / (spikeTexts.length + 1);
    const before = ((baseline.get(term) ?? 0) + 0.5) / (baselineTexts.length + 1);
    scored.push({ term, score: Math.log(inSpike / before) });
  }
  return scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.term.localeCompare(b.term))
    .slice(0, TERMS)
    .map((entry) => entry.term);
}

function documentFrequencies(texts: readonly string[]): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const text of texts) {
    const words = new Set<string>();
    for (const token of tokenise(text.replace(REDACTION_MARK, ' '))) {
      const word = token.text.toLowerCase();
      if (word.length >= MIN_WORD_LENGTH && !/^\d+$/.test(word) && !isGrammaticalWord(word)) words.add(word);
    }
    for (const word of words) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
  }
  return frequencies;
}
