/**
 * Kazakh endings on a place's name, stripped back to the name: "Сочиде" (in Sochi), "Бакуге"
 * (to Baku), "Тбилисидегі" (the one in Tbilisi), "Ташкенттен" (from Tashkent). The Kazakh
 * stemmer cannot be trusted with foreign names that end in a vowel (it reads "Сочи" as "соч"
 * with an ending), so the scope finder also compares what is left after the endings with the
 * whole name.
 *
 * Endings are written with the Kazakh letters folded to their Russian-keyboard stand-ins, as
 * the words they are stripped from are. Single-letter endings are left out: "Рига" less "а"
 * would be a name of four letters found in any Russian word ending in "-а".
 */

/** Case, possessive, plural and derivational endings, folded; chains are stripped one by one. */
const ENDINGS = [
  'да', 'де', 'та', 'те', 'нда', 'нде',
  'га', 'ге', 'ка', 'ке', 'на', 'не',
  'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
  'нын', 'нин', 'дын', 'дин', 'тын', 'тин',
  'ны', 'ни', 'ды', 'ди', 'ты', 'ти',
  'мен', 'бен', 'пен',
  'гы', 'ги', 'кы', 'ки',
  'сы', 'си', 'ын', 'ин', 'сын', 'син',
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
  'лык', 'лик', 'дык', 'дик', 'тык', 'тик',
];

/** A name left after the endings has at least this many letters: "Баку", "Сочи", "Омск". */
export const MINIMUM_PLACE_STEM = 4;

/** Endings a word may carry at most, one after another ("Тбилиси-де-гі-лер"). */
const MAXIMUM_CHAIN = 3;

/**
 * What `folded` (a lower-case Cyrillic word, Kazakh letters folded) may be a place's name with
 * Kazakh endings stripped: every stem of at least `MINIMUM_PLACE_STEM` letters left by a chain
 * of endings. Empty when the word ends in none.
 */
export function strippedPlaceStems(folded: string): string[] {
  const stems = new Set<string>();
  strip(folded, 0, stems);
  return [...stems];
}

function strip(word: string, depth: number, stems: Set<string>): void {
  if (depth === MAXIMUM_CHAIN) return;
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < MINIMUM_PLACE_STEM || stems.has(stem)) continue;
    stems.add(stem);
    strip(stem, depth + 1, stems);
  }
}
