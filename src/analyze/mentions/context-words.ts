/**
 * Words that make an ambiguous alias count: "Алматы", "алматинский*", "Almaty". Each is
 * compiled like an alias word (case forms, Kazakh stem, Latin spellings); a word ending in `*`
 * matches any word it begins ("алматин*" → алматинский, алматинского).
 */
import { normaliseForMatching } from '../../text/normalise.js';
import { tokenise } from '../../text/tokenise.js';
import { compileAliasWord } from './alias-word.js';

export class ContextWords {
  readonly #keys = new Set<string>();
  readonly #prefixes: string[] = [];

  constructor(words: readonly string[]) {
    for (const written of words) {
      const normalised = normaliseForMatching(written).trim();
      if (normalised.endsWith('*')) {
        this.#prefixes.push('f:' + normalised.slice(0, -1));
        continue;
      }
      const originals = tokenise(written);
      tokenise(normalised).forEach((token, index) => {
        const original = originals[index]?.text ?? token.text;
        const proper = original[0] !== undefined && original[0] !== original[0].toLowerCase();
        for (const key of compileAliasWord(token.text, token.script, proper).keys.keys()) this.#keys.add(key);
      });
    }
  }

  /** Whether a word with these lookup keys is a context word. */
  matches(keys: readonly string[]): boolean {
    for (const key of keys) {
      if (this.#keys.has(key)) return true;
      for (const prefix of this.#prefixes) if (key.startsWith(prefix)) return true;
    }
    return false;
  }
}
