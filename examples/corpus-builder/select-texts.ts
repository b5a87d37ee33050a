/**
 * Which texts go into the demo corpus: first those naming a followed body, then those about city
 * life, then a random sample of the rest of the fitting pool, each group in seeded random order.
 */
import { cityRelevance } from './city-keywords.js';
import type { CorpusText } from './corpus-text.js';
import type { SeededRandom } from './random.js';

/** Texts shorter than this say too little to analyse ("Реклама коп"). */
const MIN_WORDS = 3;
/** Longer ones are rare in these corpora and would dominate the excerpts. */
const MAX_CHARACTERS = 1200;

export interface Selection {
  readonly texts: CorpusText[];
  /** How many were taken for naming a followed body, for city life, and at random. */
  readonly byReason: { readonly subject: number; readonly city: number; readonly random: number };
}

export interface SelectionRule {
  readonly count: number;
  /** Whether a text without any city keyword may fill up the selection. */
  readonly fillsUp: (text: CorpusText) => boolean;
  /** Whether a text may be taken at all (e.g. only some KazSAnDRA domains). */
  readonly admits: (text: CorpusText) => boolean;
}

export function selectTexts(
  pool: readonly CorpusText[],
  rule: SelectionRule,
  random: SeededRandom,
): Selection {
  const groups: [CorpusText[], CorpusText[], CorpusText[]] = [[], [], []];
  const seen = new Set<string>();

  for (const text of pool) {
    if (!rule.admits(text) || !isUsable(text.text)) continue;
    const key = text.text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) continue;
    seen.add(key);

    const relevance = cityRelevance(text.text);
    if (relevance > 0) groups[2 - relevance]!.push(text);
    else if (rule.fillsUp(text)) groups[2].push(text);
  }

  const [subject, city, rest] = groups.map((group) => random.shuffled(group)) as [
    CorpusText[],
    CorpusText[],
    CorpusText[],
  ];
  const texts = [...subject, ...city, ...rest].slice(0, rule.count);
  if (texts.length < rule.count) {
    throw new Error(
      `demo corpus: wanted ${rule.count} texts but the pool has only ${texts.length} usable ones`,
    );
  }

  const fromSubject = Math.min(subject.length, rule.count);
  const fromCity = Math.min(city.length, rule.count - fromSubject);
  return {
    texts: random.shuffled(texts),
    byReason: { subject: fromSubject, city: fromCity, random: rule.count - fromSubject - fromCity },
  };
}

function isUsable(text: string): boolean {
  return (
    text.split(/\s+/).filter((word) => word !== '').length >= MIN_WORDS &&
    text.length <= MAX_CHARACTERS
  );
}
