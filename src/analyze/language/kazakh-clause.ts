/**
 * Whether a text holds Kazakh words of its own, not only Kazakh names: two or more words of the
 * Kazakh lexicon (Kazakh letters or function words) written in lower case. Names of people and
 * places with Kazakh letters ("Тоқаев", "Көктөбе") stand in Russian news too, and make no
 * Kazakh clause.
 */
import { originalSpan, type AnalysisText } from '../analysis-text.js';

const KAZAKH_CLAUSE_WORDS = 2;

export function holdsKazakhClause(text: AnalysisText): boolean {
  let kazakhWords = 0;
  for (let index = 0; index < text.words.length; index++) {
    if (text.words[index]!.lexicon !== 'kk') continue;
    if (isLowerCaseWord(text, index) && ++kazakhWords >= KAZAKH_CLAUSE_WORDS) return true;
  }
  return false;
}

/** Whether the text has a word in lower case with one of `letters` (flags of `letter-evidence.ts`). */
export function hasLowerCaseWordWith(text: AnalysisText, letters: number): boolean {
  for (let index = 0; index < text.words.length; index++) {
    if (text.words[index]!.letters & letters && isLowerCaseWord(text, index)) return true;
  }
  return false;
}

/** Whether the word at `index` begins with a lower-case letter as written: not a name. */
function isLowerCaseWord(text: AnalysisText, index: number): boolean {
  const token = text.tokens[index]!;
  const { start } = originalSpan(text, token.start, token.end);
  const first = text.original.charAt(start);
  return first === first.toLowerCase();
}
