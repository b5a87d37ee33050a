import { loadFastTextLanguageModel } from './fasttext-language-model.js';
import { LanguageIdentifier } from './language-identifier.js';

export { LanguageIdentifier } from './language-identifier.js';
export type { FastTextLanguageModel, LanguageGuess } from './fasttext-language-model.js';

/** A language identifier over the shipped fastText model (loaded once per process). */
export async function createLanguageIdentifier(): Promise<LanguageIdentifier> {
  return new LanguageIdentifier(await loadFastTextLanguageModel());
}
