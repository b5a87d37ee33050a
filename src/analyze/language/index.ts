import { loadCld2LanguageModel } from './cld2-language-model.js';
import { loadFastTextLanguageModel } from './fasttext-language-model.js';
import { LanguageIdentifier } from './language-identifier.js';
import { loadLanguageVote } from './language-vote.js';

export { LanguageIdentifier } from './language-identifier.js';
export type { FastTextLanguageModel, LanguageGuess } from './fasttext-language-model.js';

/**
 * A language identifier over fastText's shipped model, CLD2 and the vote between them (loaded
 * once per process).
 */
export async function createLanguageIdentifier(): Promise<LanguageIdentifier> {
  return new LanguageIdentifier(await loadFastTextLanguageModel(), loadCld2LanguageModel(), loadLanguageVote());
}
