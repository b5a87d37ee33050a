/**
 * The language of the sentence a mention stands in. The targeted model learned from Russian
 * news only, so its say in the tone toward a subject follows the language the subject is told
 * of in, not the post's: "Дороги разбиты уже год, ямы везде. Алматы әкімі жолды жөндеді." is
 * three quarters Russian, and its akim is told of in Kazakh.
 */
import type { LanguageResult, Mention } from '../analysis.js';
import { prepareText } from '../analysis-text.js';
import { readsMostlyKazakh } from '../keywords/sentence-language.js';

/** Where a mention's sentence stands in the post's text, end exclusive. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The language of `mention`'s sentence: the identifier's run of one language that holds it in a
 * mixed post; in a post read as Russian, Kazakh when the sentence has more Kazakh words
 * than Russian ones (the identifier calls a short Kazakh sentence after a long Russian one Russian too,
 * with no run of its own); otherwise the post's.
 */
export function mentionLanguage(
  text: string, sentence: SentenceSpan, mention: Mention, language: LanguageResult,
): LanguageResult {
  if (language.segments !== undefined) {
    const segment = language.segments.find((run) => run.start <= mention.start && mention.start < run.end);
    return segment === undefined ? language : only(segment.code, language.confidence);
  }
  if (language.code !== 'ru') return language;

  const kazakh = readsMostlyKazakh(prepareText(text.slice(sentence.start, sentence.end)));
  return kazakh ? only('kk', language.confidence) : language;
}

function only(code: Exclude<LanguageResult['code'], 'mixed'>, confidence: number): LanguageResult {
  return { code, shares: { [code]: 1 }, confidence };
}
