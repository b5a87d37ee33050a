/**
 * Kazakh in the Latin alphabets before 2021: the 2017 one with apostrophes ("Qazaqstan
 * Respy'bli'kasy", "a'kim", "s'ag'ym") and the 2018 one with acute accents ("saıabaq",
 * "ákimdik", "shaǵym"). Both were taught and are still typed; keywords, names and the
 * Cyrillic reading expect the 2021 spelling ("saiabaq", "äkimdik", "şağym"). The 2018 alphabet
 * writes и and й as "ı", which is і in 2021, and у as "ý"; the 2017 one writes у as "y'".
 */

export type OlderKazakhLatin = 'acute' | 'apostrophe';

/** Letters only the 2021 alphabet has: a text holding one is in it already. */
const LETTERS_OF_2021 = /[äöüūğşñç]/u;
/** Letters only the 2018 alphabet has among the alphabets read here ("ǵ", "ý"). */
const LETTERS_OF_2018 = /[ǵý]/u;
const ACUTE_VOWEL = /[áóúń]/u;
const DOTLESS_I = /ı/u;
/**
 * The 2018 "ı" (и, й) beside a vowel ("saıabaq", "aıtty", "beıne"), which the 2021 "ı" (і)
 * seldom stands beside: Kazakh vowel harmony keeps і from а and о.
 */
const DOTLESS_I_BESIDE_VOWEL = /[aoe]ı|ı[aoe]/u;
/** Kazakh "q" (қ); not the "que", "qui" of Spanish or Portuguese ("Canción ... parque"). */
const KAZAKH_Q = /q(?!u[eéií])/u;
/**
 * A 2017 letter with its apostrophe and a letter after it, inside a word ("respy'bli'kasy") or
 * opening one ("a'kim", "s'ag'ym"). Not the English endings ("don't", "you're", "it's",
 * "we'll"), nor "O'Brien", "o'clock", "y'all" opening a word.
 */
const APOSTROPHE_LETTER =
  /(?:\p{L}[aougnsciy]|(?<!\p{L})[agscu])['’ʼ](?!(?:t|re|ve|ll|d|s|m)(?!\p{L}))\p{L}/gu;
/** Letters whose 2017 apostrophe form may open a word: ә, ғ, ш, ч, ү. */
const WORD_OPENING_MARKED = new Set(['a', 'g', 's', 'c', 'u']);
const SHORTEST_APOSTROPHE_COUNT = 2;
/**
 * Uzbek Latin writes oʻ and gʻ with the same apostrophes ("bo'ldi", "g'alaba"), and its glottal
 * stop after other letters too ("ta'mir", "san'at", "mas'ul", "a'zo"): a 2017 Kazakh text has
 * у ("y'", the commonest) or ч ("c'"), or ш or ү opening a word ("s'ag'ym", "u'i").
 */
const KAZAKH_ONLY_MARK = /[yc]['’ʼ]\p{L}|(?<!\p{L})[su]['’ʼ]\p{L}/u;

/** Which older alphabet the lower-case `text` is written in, if any. */
export function olderKazakhLatin(text: string): OlderKazakhLatin | null {
  if (LETTERS_OF_2021.test(text)) return null;
  if (LETTERS_OF_2018.test(text)) return 'acute';
  const acuteVowel = ACUTE_VOWEL.test(text);
  if (DOTLESS_I.test(text) && (acuteVowel || DOTLESS_I_BESIDE_VOWEL.test(text))) return 'acute';
  if (acuteVowel && KAZAKH_Q.test(text)) return 'acute';
  const apostrophes = text.match(APOSTROPHE_LETTER)?.length ?? 0;
  return apostrophes >= SHORTEST_APOSTROPHE_COUNT && KAZAKH_ONLY_MARK.test(text) ? 'apostrophe' : null;
}

/**
 * Only the letters no other spelling uses are changed. A plain "u" (ұ in 2018, у in 2021) and
 * "i" (і in 2018, и in 2021) stay: posts mix the alphabets with phone spelling ("Туран audany
 * boıynsha"), and matching folds ұ into у and і into и all the same.
 */
const ACUTE_TO_2021: Readonly<Record<string, string>> = {
  'á': 'ä', 'ǵ': 'ğ', 'ó': 'ö', 'ú': 'ü', 'ń': 'ñ', 'ý': 'u', 'ı': 'i',
};
const ACUTE_DIGRAPHS_TO_2021: Readonly<Record<string, string>> = { sh: 'ş', ch: 'ç' };
const APOSTROPHE_TO_2021: Readonly<Record<string, string>> = {
  a: 'ä', g: 'ğ', o: 'ö', u: 'ü', n: 'ñ', s: 'ş', c: 'ç', i: 'i', y: 'u',
};
const LETTER = /\p{L}/u;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);

/**
 * One piece of the 2021 spelling and how many characters of the older spelling it stands for,
 * read at `index` of the lower-case `text`.
 */
export function letterIn2021(text: string, index: number, alphabet: OlderKazakhLatin): { letter: string; read: number } {
  const character = text[index]!;
  if (alphabet === 'acute') {
    const digraph = ACUTE_DIGRAPHS_TO_2021[text.slice(index, index + 2)];
    if (digraph !== undefined) return { letter: digraph, read: 2 };
    return { letter: ACUTE_TO_2021[character] ?? character, read: 1 };
  }
  const marked = APOSTROPHE_TO_2021[character];
  const opensWord = !LETTER.test(text[index - 1] ?? '');
  if (marked !== undefined && APOSTROPHES.has(text[index + 1] ?? '') && LETTER.test(text[index + 2] ?? '') &&
    (!opensWord || WORD_OPENING_MARKED.has(character))) {
    return { letter: marked, read: 2 };
  }
  return { letter: character, read: 1 };
}
