/**
 * Links, e-mail addresses, @handles and the privacy gate's placeholders are in no language,
 * but their pieces tokenise as Latin words: "https://t.co/hx4iLmHvPY" made "Я не верю" with a
 * link half English, a mixed post, and "jo@samaritans.org" did the same to Mongolian, Tatar and
 * Bashkir sentences naming a helpline.
 */
import { PLACEHOLDERS } from '../../privacy/redact/redaction-kind.js';
import { tokenise, type Token } from '../../text/tokenise.js';
import type { AnalysisText } from '../analysis-text.js';
import { wordInfo } from '../word-info.js';

const DOMAINS = 'com|org|net|ru|kz|su|ua|by|uz|kg|рф|info|io|me|tv|co|gov|edu';
// The text is normalised, so the placeholders are in lower case.
const PLACEHOLDER = Object.values(PLACEHOLDERS)
  .map((placeholder) => placeholder.toLowerCase().replace(/[[\]]/g, '\\$&'))
  .join('|');
const ADDRESS = new RegExp(
  [
    PLACEHOLDER,
    '(?:https?://|www\\.)[^\\s<>"«»]+',
    '[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+',
    '(?<![\\p{L}\\p{N}_])@[\\p{L}\\p{N}_]+',
    // A bare domain with or without a path ("vk.com/fotokubiki"), not an abbreviation ("т.е.").
    `(?<![\\p{L}\\p{N}@.])(?:[\\p{L}\\p{N}-]+\\.)+(?:${DOMAINS})(?:/[^\\s<>"«»]*)?(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'gu',
);
const PLACEHOLDER_TEXTS: ReadonlySet<string> = new Set(
  Object.values(PLACEHOLDERS).map((placeholder) => placeholder.toLowerCase()),
);
/**
 * A quick test that `ADDRESS` may match something other than a placeholder: each of its other
 * forms holds an "@", "://", "www." or a dot before a domain. Most texts hold none of them.
 */
const MAY_HAVE_OTHER_ADDRESS = new RegExp(`@|://|www\\.|\\.(?:${DOMAINS})(?![\\p{L}\\p{N}])`, 'u');
const PLACEHOLDER_ONLY = new RegExp(PLACEHOLDER, 'g');

/**
 * `text` with its addresses and placeholders blanked out of the normalised form (same length,
 * so every offset still holds) and its words counted again without them; `text` itself when
 * it has none.
 */
export function withoutAddresses(text: AnalysisText): AnalysisText {
  // A third of posts hold a placeholder of the privacy gate: where nothing else may be an
  // address, the placeholders are all `ADDRESS` can find, and a pattern of them alone finds
  // them far faster than its every alternative tried at each letter.
  const pattern = MAY_HAVE_OTHER_ADDRESS.test(text.normalised) ? ADDRESS
    : text.normalised.includes('[') ? PLACEHOLDER_ONLY : null;
  if (pattern === null) return text;
  const addresses = [...text.normalised.matchAll(pattern)];
  if (addresses.length === 0) return text;

  let blanked = '';
  let position = 0;
  for (const address of addresses) {
    blanked += text.normalised.slice(position, address.index) + ' '.repeat(address[0].length);
    position = address.index + address[0].length;
  }
  blanked += text.normalised.slice(position);
  // A placeholder's brackets end any word, so when the placeholders are all that was found the
  // words are the text's own less the placeholders' words: the text need not be tokenised again.
  if (addresses.every((address) => PLACEHOLDER_TEXTS.has(address[0]))) {
    const kept = text.tokens.map((token) => !addresses.some((address) => covers(address, token)));
    return {
      ...text,
      normalised: blanked,
      tokens: text.tokens.filter((_, index) => kept[index]),
      words: text.words.filter((_, index) => kept[index]),
    };
  }
  const tokens = tokenise(blanked);
  return { ...text, normalised: blanked, tokens, words: tokens.map(wordInfo) };
}

function covers(address: RegExpMatchArray, token: Token): boolean {
  const start = address.index as number;
  return token.start >= start && token.end <= start + address[0].length;
}
