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
    const token = text.tokens[index]!;
    const { start } = originalSpan(text, token.start, token.end);
    const first = text.original.charAt(start);
    if (first === first.toLowerCase() && ++kazakhWords >= KAZAKH_CLAUSE_WORDS) return true;
  }
  return false;
}
