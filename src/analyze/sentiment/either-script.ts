import { kazakhLatinToCyrillic } from '../../text/transliterate-kazakh.js';

const LATIN = /\p{Script=Latin}/u;

/**
 * Whether `pattern`, written for Cyrillic, matches `normalised` or, when it has Latin letters,
 * its reading as Kazakh of the 2021 alphabet ("alǵys bildiremiz" as "алғыс білдіреміз").
 */
export function matchesInEitherScript(pattern: RegExp, normalised: string): boolean {
  if (pattern.test(normalised)) return true;
  return LATIN.test(normalised) && pattern.test(kazakhLatinToCyrillic(normalised));
}
