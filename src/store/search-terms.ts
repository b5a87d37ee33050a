import { normaliseForMatching } from '../text/normalise.js';

/**
 * A word, or several words that must follow one another (a "quoted phrase", or a hyphenated
 * word that the index splits in two). With `prefix`, the last word matches any word it starts.
 */
export interface SearchTerm {
  readonly words: readonly string[];
  readonly prefix: boolean;
}

// The index splits text where the full-text tokenizer does: anything but letters, digits and
// combining marks separates words.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const QUOTED_OR_BARE = /"([^"]*)"?|(\S+)/gu;

/**
 * Reads plain search text: words, "quoted phrases" and a trailing `*` for a prefix. The text is
 * normalised as stored text is (case, ё→е, look-alike letters), so "Ёлка" finds "елка". Every
 * term must match. Throws when no word is left to look for.
 */
// LIMITATION: plain words and phrases only, all required; OR, NOT, NEAR and field filters
// belong to the Boolean query language, which compiles to the same index.
export function parseSearchText(text: string): SearchTerm[] {
  const normalised = normaliseForMatching(text);
  const terms: SearchTerm[] = [];

  for (const match of normalised.matchAll(QUOTED_OR_BARE)) {
    const quoted = match[1];
    const chunk = quoted ?? match[2] ?? '';
    const words = chunk.match(WORD) ?? [];
    if (words.length === 0) continue;
    terms.push({ words, prefix: quoted === undefined && chunk.endsWith('*') });
  }

  if (terms.length === 0) {
    throw new Error(`search: "${text}" has no words to look for; give at least one word or number`);
  }
  return terms;
}

export const SEARCH_WORD = WORD;
