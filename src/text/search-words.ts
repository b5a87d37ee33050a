/**
 * The words of normalised text as search sees them: each with the one stem it is indexed under.
 * A word's stem comes from one of four stem spaces, chosen by the post's language and the word's
 * letters: Russian (Snowball), Kazakh (the suffix stripper, Latin read as Kazakh Latin), English
 * (Snowball), or the form itself for other scripts and numbers. Russian and Kazakh stems fold
 * the Kazakh letters to their Russian-keyboard stand-ins.
 *
 * Unlike `tokenise`, numbers on their own are words here ("2025", "№ 12"), and hyphens and
 * apostrophes inside a word are all written "-", so "Нур-Султан" and "o'zbek" are one word each.
 */
import {
  CHARACTER_CLASSES, CYRILLIC, JOINER, LATIN, OTHER_LETTER, isWordPart,
} from './character-class.js';
import { foldKazakhLetters } from './russian-keyboard.js';
import { stemEnglish } from './stem/english-stemmer.js';
import { stemKazakh } from './stem/kazakh-stemmer.js';
import { stemRussian } from './stem/russian-stemmer.js';
import { StemCache } from './stem/stem-cache.js';
import { kazakhLatinToCyrillic } from './transliterate-kazakh.js';
import { PLACEHOLDERS } from '../privacy/redact/redaction-kind.js';

/** r: Russian, k: Kazakh, e: English, f: the form itself. */
export type StemSpace = 'r' | 'k' | 'e' | 'f';

/**
 * How a post's words choose their stem space: `russian` (Russian and English posts: Cyrillic
 * words Russian, Latin words English), `kazakh` (every Cyrillic and Latin word Kazakh), or
 * `per-word` (mixed posts: a word with a Kazakh-only letter is Kazakh, others as `russian`).
 */
export type StemMode = 'russian' | 'kazakh' | 'per-word';

export const STEM_MODES: readonly StemMode[] = ['russian', 'kazakh', 'per-word'];

/**
 * How a post's words are stemmed for search, from its detected language code. Kazakh posts use
 * the Kazakh stripper for every word, including Russian loans, which the stripper leaves close to
 * whole; mixed and unidentified posts decide word by word.
 */
export function stemModeOf(language: string): StemMode {
  if (language === 'kk' || language === 'kk-latn') return 'kazakh';
  if (language === 'ru' || language === 'en') return 'russian';
  return 'per-word';
}

export type WordScript = 'cyrillic' | 'latin' | 'other';

export interface SearchWord {
  /** The normalised word, joiners written "-". */
  readonly form: string;
  readonly space: StemSpace;
  readonly stem: string;
  /** Offsets into the normalised text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface WordForm {
  readonly form: string;
  readonly script: WordScript;
  readonly start: number;
  readonly end: number;
}

const KAZAKH_CYRILLIC_LETTER = /[әғқңөұүһі]/;
const KAZAKH_LATIN_LETTER = /[äğıñöşūü]/;

// What redaction left in place of personal data ("[PHONE]", "[NAME]"), as normalised text
// writes it: not the post's words, so that "phone" or "name" finds only posts that use them.
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set(
  Object.values(PLACEHOLDERS).map((placeholder) => placeholder.slice(1, -1).toLowerCase()),
);

/**
 * The words of normalised text with their offsets, numbers included; redaction placeholders
 * are not words.
 */
export function wordForms(text: string): WordForm[] {
  const words: WordForm[] = [];
  const length = text.length;
  let index = 0;

  while (index < length) {
    if (!isWordPart(CHARACTER_CLASSES[text.charCodeAt(index)] as number)) {
      index++;
      continue;
    }
    const start = index;
    let form = '';
    let cyrillic = 0;
    let latin = 0;
    let other = 0;
    while (index < length) {
      const characterClass = CHARACTER_CLASSES[text.charCodeAt(index)] as number;
      if (isWordPart(characterClass)) {
        if (characterClass === CYRILLIC) cyrillic++;
        else if (characterClass === LATIN) latin++;
        else if (characterClass === OTHER_LETTER) other++;
        index++;
      } else if (characterClass === JOINER && joinsWord(text, index)) {
        form += text.slice(start + form.length, index) + '-';
        index++;
      } else {
        break;
      }
    }
    form += text.slice(start + form.length, index);
    if (isPlaceholder(text, start, index, form)) continue;
    words.push({ form, script: scriptOf(cyrillic, latin, other), start, end: index });
  }
  return words;
}

/**
 * The words a post is indexed under: its words in order, then the parts of each hyphenated word
 * ("Аксай-4": "аксай", "4"; "Аль-Фараби": "аль", "фараби"), so that a search for "Аксай" finds
 * the microdistrict's numbered blocks and "Фараби" the avenue. A gap, a word no query fits,
 * opens each word's parts: a phrase never runs from the text's last word into them, nor from one
 * word's parts into the next word's, while "Нур Султан" as a phrase still finds "Нур-Султан".
 * Apostrophes join but do not split ("o'zbek" has no parts).
 */
// LIMITATION: the parts stand after the text, so a phrase or NEAR that holds a part and a word
// beside the hyphenated word ("Аксай опять") does not find it; the whole word does.
export function indexedWordForms(text: string): WordForm[] {
  const words = wordForms(text);
  const parts: WordForm[] = [];
  for (const word of words) {
    if (!HYPHENATED.test(word.form)) continue;
    const pieces = hyphenParts(text, word);
    if (pieces.length < 2) continue;
    parts.push(GAP, ...pieces);
  }
  return parts.length === 0 ? words : words.concat(parts);
}

/** The words of `normalised` (text already through `normaliseForMatching`) with their stems. */
export function searchWords(normalised: string, mode: StemMode): SearchWord[] {
  return indexedWordForms(normalised).map(({ form, script, start, end }) => {
    if (form === '') return GAP_WORD;
    const space = spaceOf(form, script, mode);
    return { form, space, stem: stemIn(space, form), start, end };
  });
}

/**
 * `stemIn(space, form)` for the word `form` at offset `start` of the text, when the caller holds
 * it already (the analysis keeps each distinct word's stems); undefined when it does not.
 */
export type KnownStem = (space: StemSpace, form: string, start: number) => string | undefined;

/**
 * The search index entries of a post's words, in order, separated by single spaces: what both
 * stores index, worked out where the post is analysed. Entries hold no spaces (see `indexToken`).
 */
export function searchEntries(normalised: string, language: string, knownStem?: KnownStem): string {
  const mode = stemModeOf(language);
  return indexedWordForms(normalised).map(({ form, script, start }) => {
    if (form === '') return GAP_ENTRY;
    const space = spaceOf(form, script, mode);
    return indexToken(space, knownStem?.(space, form, start) ?? stemIn(space, form), form);
  }).join(' ');
}

/**
 * `entry`, cut from a post's entries, as a string of its own. V8 may keep a substring as a view
 * into the string it was cut from, so an entry kept in a long-lived set would otherwise keep
 * the whole post's entries alive.
 */
export function detachedEntry(entry: string): string {
  return (' ' + entry).slice(1);
}

/**
 * The entries of `before` that `after` does not hold, each once: both are a post's entries as
 * `searchEntries` gives them, before and after its text changed.
 */
export function entriesGone(before: string, after: string): string[] {
  if (before === '') return [];
  const kept = new Set(after === '' ? [] : after.split(' '));
  return [...new Set(before.split(' '))].filter((entry) => !kept.has(entry));
}

/** The written form of an entry of `searchEntries`: stems hold no "_", forms no "_" or space. */
export function formOfEntry(entry: string): string {
  return entry.slice(entry.indexOf('_') + 1);
}

/** The stem space a post word written `form` takes in a post of `mode`. */
export function spaceOf(form: string, script: WordScript, mode: StemMode): StemSpace {
  if (script === 'other') return 'f';
  if (mode === 'kazakh') return 'k';
  if (mode === 'per-word' && hasKazakhLetter(form, script)) return 'k';
  return script === 'cyrillic' ? 'r' : 'e';
}

/** The spaces a query word of `script` may meet in some post. */
export function spacesOfScript(script: WordScript): readonly StemSpace[] {
  if (script === 'other') return ['f'];
  return script === 'cyrillic' ? ['r', 'k'] : ['e', 'k'];
}

// Kazakh stems are remembered whole: reading Latin as Kazakh and folding cost more than the
// lookup. Russian and English stems are remembered by their stemmers already.
const KAZAKH_STEMS = new StemCache((form) => computeStem('k', form), 50_000);
const NOT_INDEX_SAFE = /[^\p{L}\p{N}\p{M}-]/u;
const NOT_INDEX_SAFE_ALL = /[^\p{L}\p{N}\p{M}-]/gu;

/** The stem of `form` in `space`. */
export function stemIn(space: StemSpace, form: string): string {
  return space === 'k' ? KAZAKH_STEMS.get(form) : computeStem(space, form);
}

function computeStem(space: StemSpace, form: string): string {
  let stem: string;
  switch (space) {
    case 'r':
      // A Kazakh word in a Russian post is written with its letters or, as often, with the
      // Russian-keyboard stand-ins ("Ақбұлақ", "Акбулак"): both get one stem, as in Kazakh posts.
      stem = stemRussian(foldKazakhLetters(form));
      break;
    case 'e':
      stem = stemEnglish(form);
      break;
    case 'k':
      stem = foldKazakhLetters(stemKazakh(isLatin(form) ? kazakhLatinToCyrillic(form) : form));
      break;
    case 'f':
      stem = form;
  }
  return indexSafeStem(stem, form);
}

/**
 * `stem` of `form` as the full-text index keys it: never empty, no characters the index would
 * split on.
 */
export function indexSafeStem(stem: string, form: string): string {
  if (stem === '') return form;
  return NOT_INDEX_SAFE.test(stem) ? stem.replace(NOT_INDEX_SAFE_ALL, '-') : stem;
}

/** The script of a single query word, as `wordForms` would give it. */
export function scriptOfForm(form: string): WordScript {
  return wordForms(form)[0]?.script ?? 'other';
}

/** The full-text index entry of one word: space, stem, "_", form. */
export function indexToken(space: StemSpace, stem: string, form: string): string {
  return `${space}${stem}_${form}`;
}

const HYPHENATED = /-/;
// Hyphen-minus, hyphen and non-breaking hyphen split a word into parts; apostrophes do not.
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);

/** The gap before a hyphenated word's parts: no letters, so no query word fits it. */
const GAP: WordForm = { form: '', script: 'other', start: 0, end: 0 };
const GAP_WORD: SearchWord = { form: '', space: 'f', stem: '', start: 0, end: 0 };
/** The gap's index entry: a token of the index that no query word's entry can be. */
export const GAP_ENTRY = indexToken('f', '', '');

function hyphenParts(text: string, word: WordForm): WordForm[] {
  const parts: WordForm[] = [];
  let start = word.start;
  for (let index = word.start; index <= word.end; index++) {
    if (index < word.end && !HYPHENS.has(text.charCodeAt(index))) continue;
    const part = wordForms(text.slice(start, index))[0];
    if (part !== undefined) parts.push({ ...part, start: start + part.start, end: start + part.end });
    start = index + 1;
  }
  return parts;
}

function isPlaceholder(text: string, start: number, end: number, form: string): boolean {
  return text.charCodeAt(start - 1) === 0x5b && text.charCodeAt(end) === 0x5d &&
    PLACEHOLDER_WORDS.has(form.toLowerCase());
}

function joinsWord(text: string, index: number): boolean {
  const before = CHARACTER_CLASSES[text.charCodeAt(index - 1)] as number;
  const after = CHARACTER_CLASSES[text.charCodeAt(index + 1)] as number;
  return isWordPart(before) && isWordPart(after);
}

function scriptOf(cyrillic: number, latin: number, other: number): WordScript {
  if (cyrillic > 0 && latin === 0 && other === 0) return 'cyrillic';
  if (latin > 0 && cyrillic === 0 && other === 0) return 'latin';
  // Numbers, other scripts, and words mixing scripts that look-alike folding left mixed.
  return 'other';
}

function hasKazakhLetter(form: string, script: WordScript): boolean {
  return script === 'cyrillic' ? KAZAKH_CYRILLIC_LETTER.test(form) : KAZAKH_LATIN_LETTER.test(form);
}

function isLatin(form: string): boolean {
  return /\p{Script=Latin}/u.test(form);
}

