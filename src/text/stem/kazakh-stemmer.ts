/**
 * A first Kazakh suffix stripper for nouns and names. Kazakh adds suffixes in a fixed order,
 * stem + plural + possessive + case: жол·дар·ымыз·да "on our roads", Досаев·тың, әкімдіг·і·нің.
 * The stripper removes them from the end, layer by layer, and repeats until nothing more comes
 * off, so that a base form and its inflected forms reach the same stem even where the base form
 * itself ends like a suffix (Алматы and Алматыда both reach "алмат").
 *
 * The result is a matching key, not a dictionary form: keywords and post words go through the
 * same function and are compared. Suffixes are also accepted as typed on a Russian keyboard
 * (и for і, н for ң, к for қ, г for ғ), which many residents use for Kazakh.
 *
 * LIMITATION: verbs, the predicative endings (-мын, -сың), the first- and second-person dative
 * (үйіме) and derivational suffixes (-лық, -шы) are not stripped; a morphological analyser
 * with a stem lexicon would lift this.
 */
import { StemCache } from './stem-cache.js';

type Harmony = 'back' | 'front' | 'neutral';

/** What must come right before a suffix for it to be one. */
type Before = 'any' | 'vowel' | 'consonant' | 'third-person' | 'vowel-or-nasal';

interface Suffix {
  readonly text: string;
  readonly harmony: Harmony;
  readonly before: Before;
}

const BACK_VOWELS = new Set('аоұы');
const FRONT_VOWELS = new Set('әеіөү');
const VOWELS = new Set('аәеёиоөуұүыіэюя');
// Vowels only Kazakh has: a stem with one of them is a Kazakh word and keeps vowel harmony.
// Names and Russian loans (Досаевқа and Досаевке are both written) do not.
const KAZAKH_ONLY_VOWELS = /[әөұүі]/;
const NASALS = new Set('мнң');
// Before the "ы/і" of the third-person possessive: су·ы "its water" after a semivowel.
const SEMIVOWELS = new Set('уи');

const RUSSIAN_KEYBOARD: Readonly<Record<string, string>> = { 'і': 'и', 'ң': 'н', 'қ': 'к', 'ғ': 'г' };

function suffixes(before: Before, ...texts: string[]): Suffix[] {
  return withTyped(before, texts, true);
}

function withTyped(before: Before, texts: readonly string[], typedToo: boolean): Suffix[] {
  const result: Suffix[] = [];
  for (const text of texts) {
    result.push({ text, harmony: harmonyOf(text), before });
    if (!typedToo) continue;
    const typed = text.replace(/[іңқғ]/g, (letter) => RUSSIAN_KEYBOARD[letter] ?? letter);
    if (typed !== text) result.push({ text: typed, harmony: harmonyOf(typed), before });
  }
  return result;
}

function neutral(list: Suffix[]): Suffix[] {
  return list.map((suffix) => ({ ...suffix, harmony: 'neutral' }));
}

function byLengthDescending(list: Suffix[]): readonly Suffix[] {
  return list.sort((left, right) => right.text.length - left.text.length);
}

const CASE_SUFFIXES = byLengthDescending([
  // Genitive.
  ...suffixes('vowel-or-nasal', 'ның', 'нің'),
  ...suffixes('any', 'дың', 'дің', 'тың', 'тің'),
  // Dative.
  ...suffixes('any', 'ға', 'ге', 'қа', 'ке'),
  ...suffixes('third-person', 'на', 'не'),
  // Accusative.
  ...suffixes('vowel', 'ны', 'ні'),
  ...suffixes('consonant', 'ды', 'ді', 'ты', 'ті'),
  // Locative, and the attributive locative: Алматыдағы "in Almaty (adj.)".
  ...suffixes('any', 'да', 'де', 'та', 'те', 'дағы', 'дегі', 'тағы', 'тегі'),
  ...suffixes('third-person', 'нда', 'нде', 'ндағы', 'ндегі'),
  // Ablative.
  ...suffixes('any', 'дан', 'ден', 'тан', 'тен'),
  ...suffixes('vowel-or-nasal', 'нан', 'нен'),
  ...suffixes('third-person', 'нан', 'нен'),
  // Instrumental: the one case ending without a back-vowel form (жұмыспен, тұрғындармен).
  ...neutral(suffixes('any', 'мен', 'бен', 'пен', 'менен', 'бенен', 'пенен')),
]);

// The bare "м" and "ң" after a vowel, and "ың" typed as "ын", are left out: far more
// uninflected words end that way (адам, орын, тұрғын) than posts say "my city" (қалам).
const POSSESSIVE_SUFFIXES = byLengthDescending([
  ...suffixes('consonant', 'ымыз', 'іміз', 'ым', 'ім', 'ы', 'і'),
  ...withTyped('consonant', ['ыңыз', 'іңіз', 'ың', 'ің'], false),
  ...suffixes('vowel', 'мыз', 'міз', 'сы', 'сі'),
  ...withTyped('vowel', ['ңыз', 'ңіз'], false),
]);

const PLURAL_SUFFIXES = byLengthDescending(suffixes('any', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер'));

/** Suffixes by their last letter, each group in its list's order: a word is tried against few. */
type SuffixesByLastLetter = ReadonlyMap<string, readonly Suffix[]>;

function byLastLetter(list: readonly Suffix[]): SuffixesByLastLetter {
  const groups = new Map<string, Suffix[]>();
  for (const suffix of list) {
    const last = suffix.text[suffix.text.length - 1] as string;
    groups.set(last, [...(groups.get(last) ?? []), suffix]);
  }
  return groups;
}

const LAYER_LISTS: readonly (readonly Suffix[])[] = [CASE_SUFFIXES, POSSESSIVE_SUFFIXES, PLURAL_SUFFIXES];
const LAYERS: readonly SuffixesByLastLetter[] = LAYER_LISTS.map(byLastLetter);
const ALL_SUFFIXES: SuffixesByLastLetter = byLastLetter(LAYER_LISTS.flat());
const NO_SUFFIXES: readonly Suffix[] = [];

// Common words of residents' posts whose ending looks like a suffix: аудан is not ау·дан.
// Stripping stops when it reaches one of them.
const WHOLE_STEMS = new Set([
  'аудан', 'әкім', 'адам', 'орын', 'тұрғын', 'ағын', 'жиын', 'майдан', 'қоқыс', 'бағдаршам',
  'қазан', 'заман', 'туман', 'орман', 'өзен', 'мекен', 'ден', 'тән', 'отан', 'зиян', 'ақын',
  'көлік', 'құрылыс', 'жастар', 'балалар', 'қарттар', 'зейнеткер', 'мүгедек', 'тарап',
  'алаң', 'көпір', 'ауыл', 'дала', 'жер', 'мал', 'бала', 'баға',
  'аким', 'акимат', 'әкімдік', 'район',
  // Nouns in -ыс/-іс, whose possessive (жұмыс·ы) reads like a vowel stem's (қала·сы).
  'жұмыс', 'өндіріс', 'табыс', 'дұрыс', 'жарыс', 'күрес', 'тыныс', 'қоныс', 'іс', 'келіс',
]);

const cache = new StemCache(stripSuffixes);

/** Matching stem of a lower-case Kazakh Cyrillic word. */
export function stemKazakh(word: string): string {
  return cache.get(word);
}

function stripSuffixes(word: string): string {
  let stem = word;
  for (let round = 0; round < 4 && !WHOLE_STEMS.has(stem); round++) {
    const before = stem;
    for (const layer of LAYERS) {
      stem = stripOne(stem, layer);
      if (WHOLE_STEMS.has(stem)) break;
    }
    if (stem === before) break;
  }
  return canonicalEnding(stem);
}

function stripOne(word: string, layer: SuffixesByLastLetter): string {
  const last = word[word.length - 1];
  if (last === undefined) return word;

  // аудан·ы, not ауда·ны: a reading that leaves a known whole stem wins.
  for (const suffix of ALL_SUFFIXES.get(last) ?? NO_SUFFIXES) {
    if (word.endsWith(suffix.text) && WHOLE_STEMS.has(word.slice(0, word.length - suffix.text.length))) {
      return word.slice(0, word.length - suffix.text.length);
    }
  }
  for (const suffix of layer.get(last) ?? NO_SUFFIXES) {
    if (!word.endsWith(suffix.text)) continue;
    const stem = word.slice(0, word.length - suffix.text.length);
    if (isStem(stem, suffix)) return stem;
  }
  return word;
}

function isStem(stem: string, suffix: Suffix): boolean {
  const last = stem[stem.length - 1];
  if (last === undefined || !hasVowel(stem)) return false;

  // Short suffixes leave at least three letters, except су·ы; a single letter is too easily
  // the end of an uninflected word.
  const minimum = suffix.text.length >= 2 && !VOWELS.has(suffix.text[0] as string) ? 2 : 3;
  if (stem.length < minimum && !(stem.length === 2 && SEMIVOWELS.has(last))) return false;

  if (!fitsBefore(last, stem, suffix.before)) return false;
  return fitsHarmony(stem, suffix.harmony);
}

function fitsBefore(last: string, stem: string, before: Before): boolean {
  switch (before) {
    case 'any':
      return true;
    case 'vowel':
      return VOWELS.has(last);
    case 'consonant':
      return !VOWELS.has(last) || SEMIVOWELS.has(last);
    case 'third-person':
      return stem.length >= 3 && (last === 'ы' || last === 'і' || last === 'и');
    case 'vowel-or-nasal':
      return VOWELS.has(last) || NASALS.has(last);
  }
}

function fitsHarmony(stem: string, harmony: Harmony): boolean {
  if (harmony === 'neutral' || !KAZAKH_ONLY_VOWELS.test(stem)) return true;
  for (let index = stem.length - 1; index >= 0; index--) {
    const letter = stem[index] as string;
    if (BACK_VOWELS.has(letter)) return harmony === 'back';
    if (FRONT_VOWELS.has(letter)) return harmony === 'front';
  }
  return true;
}

function harmonyOf(suffix: string): Harmony {
  for (const letter of suffix) {
    if (BACK_VOWELS.has(letter)) return 'back';
    if (FRONT_VOWELS.has(letter)) return 'front';
  }
  return 'neutral';
}

function hasVowel(text: string): boolean {
  for (const letter of text) if (VOWELS.has(letter)) return true;
  return false;
}

// A voiced consonant before a vowel suffix is voiceless at the end of the bare word:
// мектеп / мектебі, әкімдік / әкімдігі, ақ / ағы. Both sides end voiceless in the key.
function canonicalEnding(stem: string): string {
  const last = stem[stem.length - 1];
  if (last === 'б') return stem.slice(0, -1) + 'п';
  if (last === 'г') return stem.slice(0, -1) + 'к';
  if (last === 'ғ') return stem.slice(0, -1) + 'қ';
  return stem;
}
