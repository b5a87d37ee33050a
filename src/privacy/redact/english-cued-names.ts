/**
 * A Kazakh or Russian given name in Latin letters that is also a word in its own language
 * ("Bakhyt", happiness; "Asem", beautiful; "Nur", light), in an English post: "Asked Bakhyt
 * about the road", "Thanks (Asem) for help". The lists keep such a name alone, since in Kazakh
 * it is as often the word; in English it is no word, and a verb of asking, telling, calling or
 * meeting, thanks, "with", or brackets of its own point at the person.
 */
import { latinTitleKind } from './latin-titles.js';
import type { NameToken } from './name-token.js';

/** An English cue right before the name: "Asked Bakhyt", "thanks to Asem", "met with Nur". */
const ENGLISH_CUE_BEFORE = new RegExp(
  '(?<!\\p{L})(?:ask|asked|tell|told|call|called|phone|phoned|text|texted|meet|met|thanks(?: to)?|' +
    'thank you|thank|with|from|talked to|spoke to|spoke with|talk to|speak to|contact|contacted)\\s+$',
  'iu',
);
const CUE_LOOKBEHIND = 20;
/** The name alone in brackets: "Thanks (Asem) for help". */
const OPENING_BRACKET_BEFORE = /\(\s*$/u;
const CLOSING_BRACKET_AFTER = /^\s*\)/u;
/** Words only an English sentence holds, so that a bracketed name is read in English. */
const ENGLISH_WORD = new RegExp(
  '(?<!\\p{L})(?:the|and|for|to|of|is|was|are|were|with|my|our|we|you|thanks|thank|please|about|help)' +
    '(?!\\p{L})',
  'iu',
);
const LATIN_WORD = /^[a-z]+$/u;
/** "May 5": a word a number follows is a date's. */
const DIGIT_AFTER = /^\s*\d/u;
/** English words the lists hold as given names: "with Roman law", "with Hope", "from May". */
const ENGLISH_WORDS = new Set([
  'roman', 'may', 'will', 'mark', 'bill', 'rose', 'hope', 'faith', 'joy', 'victor', 'august', 'june',
  'april', 'max', 'art', 'grace', 'lily', 'amber', 'ruby', 'angel', 'star', 'sky', 'dawn', 'summer',
]);

/**
 * Whether the Latin word at `index` is a given name the lists hold as ambiguous, alone (no
 * capitalised word beside it), that an English cue or brackets point at.
 */
export function isEnglishCuedName(text: string, tokens: readonly NameToken[], index: number): boolean {
  const token = tokens[index]!;
  if (token.given !== 'ambiguous' || !token.capitalised || token.place || token.subject) return false;
  if (!LATIN_WORD.test(token.word) || ENGLISH_WORDS.has(token.word)) return false;
  const next = tokens[index + 1];
  if (next?.joined && next.capitalised) return false;
  if (DIGIT_AFTER.test(text.slice(token.end, token.end + 3))) return false;
  if (latinTitleKind(text, token.start, token.end) !== null) return false;
  const before = text.slice(Math.max(0, token.start - CUE_LOOKBEHIND), token.start);
  const cued = ENGLISH_CUE_BEFORE.test(before);
  // "Asked Bakhyt": the cue opening the sentence is the capitalised word before the name.
  if (token.joined && tokens[index - 1]?.capitalised && !cued) return false;
  if (cued) return true;
  if (!OPENING_BRACKET_BEFORE.test(before)) return false;
  if (!CLOSING_BRACKET_AFTER.test(text.slice(token.end, token.end + 3))) return false;
  const sentence = text.slice(Math.max(0, token.start - 80), token.end + 80);
  return ENGLISH_WORD.test(sentence);
}
