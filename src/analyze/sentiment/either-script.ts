import { PLACEHOLDERS } from '../../privacy/redact/redaction-kind.js';
import { kazakhLatinToCyrillic } from '../../text/transliterate-kazakh.js';

const LATIN = /\p{Script=Latin}/u;
// The privacy gate's placeholders as normalised text writes them: "[name]", "[phone]".
const PLACEHOLDER = new RegExp(
  Object.values(PLACEHOLDERS)
    .map((placeholder) => placeholder.toLowerCase().replace(/[[\]]/g, '\\$&'))
    .join('|'),
  'g',
);

/**
 * Whether a Latin letter stands outside the privacy gate's placeholders. A placeholder read as
 * Kazakh Latin ("[name]" as "[наме]") is no signal's word, and its brackets keep the signals'
 * words from running into it: a post whose only Latin is placeholders needs no second reading.
 */
export function hasLatinOutsidePlaceholders(normalised: string): boolean {
  if (!LATIN.test(normalised)) return false;
  return !normalised.includes('[') || LATIN.test(normalised.replace(PLACEHOLDER, ''));
}

/**
 * Whether `pattern`, written for Cyrillic, matches `normalised` or, when it has Latin letters,
 * its reading as Kazakh of the 2021 alphabet ("alǵys bildiremiz" as "алғыс білдіреміз").
 */
export function matchesInEitherScript(pattern: RegExp, normalised: string): boolean {
  if (pattern.test(normalised)) return true;
  return hasLatinOutsidePlaceholders(normalised) && pattern.test(kazakhLatinToCyrillic(normalised));
}
