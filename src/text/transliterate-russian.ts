/**
 * Latin spellings of a Russian or Kazakh Cyrillic word as they occur in news and posts: a name
 * like Досаев is written Dosaev (passport style), Dosayev (English-language press) and, for
 * Kazakh words, in the 2021 Kazakh alphabet. Used to find names written in Latin.
 */
import { kazakhCyrillicToLatin } from './transliterate-kazakh.js';

type Spelling = Readonly<Record<string, string>>;

const COMMON: Spelling = {
  'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh', 'з': 'z',
  'и': 'i', 'й': 'i', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r',
  'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh',
  'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'iu', 'я': 'ia',
  // Kazakh letters as Kazakhstan's passports and the Russian-language press write them.
  'ә': 'a', 'ғ': 'g', 'қ': 'k', 'ң': 'n', 'ө': 'o', 'ұ': 'u', 'ү': 'u', 'һ': 'h', 'і': 'i',
};

// Passport (ICAO) style: Досаев → Dosaev, Ерболат → Erbolat.
const PASSPORT: Spelling = COMMON;

// English-language press (BGN/PCGN style): Досаев → Dosayev, Ерболат → Yerbolat.
const PRESS: Spelling = { ...COMMON, 'й': 'y', 'ё': 'yo', 'ю': 'yu', 'я': 'ya' };

// Mixed habits seen in posts: "y" for й but no "ye": Dosaev, Nauryzbay; х as "h".
const INFORMAL: Spelling = { ...COMMON, 'й': 'y', 'х': 'h', 'ю': 'yu', 'я': 'ya' };

const VOWELS = new Set('аеёиоуыэюяәөұүі');

/** Distinct lower-case Latin spellings of a lower-case Cyrillic word. */
export function latinSpellings(word: string): string[] {
  const spellings = new Set<string>([
    spell(word, PASSPORT, false),
    spell(word, PRESS, true),
    spell(word, INFORMAL, false),
    kazakhCyrillicToLatin(word).toLowerCase(),
  ]);
  return [...spellings];
}

function spell(word: string, spelling: Spelling, iotatedE: boolean): string {
  let result = '';
  for (let index = 0; index < word.length; index++) {
    const character = word[index] as string;
    const previous = word[index - 1];
    const startsSyllable = previous === undefined || VOWELS.has(previous) || previous === 'ь' || previous === 'ъ';
    if (iotatedE && character === 'е' && startsSyllable) result += 'ye';
    else result += spelling[character] ?? character;
  }
  return result;
}
