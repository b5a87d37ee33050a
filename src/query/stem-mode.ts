import type { LanguageCode } from '../analyze/analysis.js';
import type { StemMode } from '../text/search-words.js';

/**
 * How a post's words are stemmed for search, from its detected language. Kazakh posts use the
 * Kazakh stripper for every word, including Russian loans, which the stripper leaves close to
 * whole; mixed and unidentified posts decide word by word.
 */
export function stemModeOf(language: LanguageCode | string): StemMode {
  if (language === 'kk' || language === 'kk-latn') return 'kazakh';
  if (language === 'ru' || language === 'en') return 'russian';
  return 'per-word';
}
