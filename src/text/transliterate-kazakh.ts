/**
 * Kazakh between Cyrillic and the Latin alphabet of 2021 (A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö
 * P Q R S Ş T U Ū Ü V Y Z). Posts are also written in the 2018 acute-accent alphabet, with
 * apostrophes, or in ad-hoc Latin on phones ("sh", "zh", "ng", "ya"); the Latin → Cyrillic
 * direction reads all of these, so that one Cyrillic keyword list serves every spelling.
 */

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  'а': 'a', 'ә': 'ä', 'б': 'b', 'в': 'v', 'г': 'g', 'ғ': 'ğ', 'д': 'd', 'е': 'e', 'ё': 'io',
  'ж': 'j', 'з': 'z', 'и': 'i', 'й': 'i', 'к': 'k', 'қ': 'q', 'л': 'l', 'м': 'm', 'н': 'n',
  'ң': 'ñ', 'о': 'o', 'ө': 'ö', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ұ': 'ū',
  'ү': 'ü', 'ф': 'f', 'х': 'h', 'һ': 'h', 'ц': 'ts', 'ч': 'ch', 'ш': 'ş', 'щ': 'şş', 'ъ': '',
  'ы': 'y', 'і': 'ı', 'ь': '', 'э': 'e', 'ю': 'iu', 'я': 'ia',
};

// Two-letter spellings first: they are tried before single letters.
const LATIN_DIGRAPHS: Readonly<Record<string, string>> = {
  sh: 'ш', ch: 'ч', zh: 'ж', gh: 'ғ', ya: 'я', yu: 'ю', yo: 'ё', ia: 'я', iu: 'ю',
  // 2017 apostrophe alphabet.
  "a'": 'ә', "g'": 'ғ', "n'": 'ң', "o'": 'ө', "u'": 'ү', "y'": 'ұ', "i'": 'і', "s'": 'ш', "c'": 'ч',
};

const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', 'ä': 'ә', b: 'б', c: 'с', 'ç': 'ч', d: 'д', e: 'е', f: 'ф', g: 'г', 'ğ': 'ғ', h: 'х',
  'ı': 'і', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н', 'ñ': 'ң', o: 'о', 'ö': 'ө', p: 'п',
  q: 'қ', r: 'р', s: 'с', 'ş': 'ш', t: 'т', u: 'у', 'ū': 'ұ', 'ü': 'ү', v: 'в', w: 'у', x: 'х',
  y: 'ы', z: 'з',
  // 2018 acute-accent alphabet.
  'á': 'ә', 'ǵ': 'ғ', 'ń': 'ң', 'ó': 'ө', 'ú': 'ү', 'ý': 'у',
};

const LATIN_VOWELS = codesOf('aäeıioöuūüyáóúý');
/** The letters read as Cyrillic; every other character passes through as it is. */
const LATIN_LETTERS = codesOf(Object.keys(LATIN_TO_CYRILLIC).join(''));
/** Second letters of the two-letter spellings, and "g" of "ng". */
const DIGRAPH_ENDINGS = codesOf(Object.keys(LATIN_DIGRAPHS).map((pair) => pair[1]).join('') + 'g');

function codesOf(letters: string): ReadonlySet<number> {
  return new Set([...letters].map((letter) => letter.charCodeAt(0)));
}

/** Kazakh Cyrillic text in the 2021 Latin alphabet; other characters pass through. */
export function kazakhCyrillicToLatin(text: string): string {
  let result = '';
  for (const character of text) {
    const lower = character.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower];
    if (latin === undefined) {
      result += character;
    } else if (lower !== character && latin.length > 0) {
      result += (latin[0] as string).toUpperCase() + latin.slice(1);
    } else {
      result += latin;
    }
  }
  return result;
}

export interface LatinReading {
  /**
   * What a plain "i" stands for. In the 2021 alphabet it is и, and і is "ı"; text typed without
   * "ı" writes і as "i" too, and і is then the commoner reading.
   */
  readonly plainI: 'и' | 'і';
}

/**
 * Kazakh Latin text (2021, 2018 or ad-hoc spelling) in Cyrillic, lower case. Where the Latin
 * spelling is ambiguous the commoner Kazakh letter is chosen: "y" after a vowel and not before
 * one is й ("Nauryzbay"), otherwise ы.
 */
export function kazakhLatinToCyrillic(text: string, reading: LatinReading = { plainI: 'и' }): string {
  const lower = text.toLowerCase();
  let result = '';
  // Most posts read here are Cyrillic with a few Latin words: the characters between two Latin
  // letters are copied as one piece, up to `copied`.
  let copied = 0;
  let index = 0;

  while (index < lower.length) {
    if (!LATIN_LETTERS.has(lower.charCodeAt(index))) {
      index++;
      continue;
    }
    result += lower.slice(copied, index);
    const pair = DIGRAPH_ENDINGS.has(lower.charCodeAt(index + 1)) ? lower.slice(index, index + 2) : '';
    const digraph = pair === '' ? undefined : LATIN_DIGRAPHS[pair];
    if (digraph !== undefined) {
      result += digraph;
      index += 2;
    } else if (pair === 'ng' && !isVowel(lower, index + 2)) {
      // Phone spelling writes ң as "ng": "Almatynyng". Before a vowel "ng" is two letters.
      result += 'ң';
      index += 2;
    } else {
      result += cyrillicLetter(lower, index, reading);
      index++;
    }
    copied = index;
  }
  return copied === 0 ? lower : result + lower.slice(copied);
}

function cyrillicLetter(lower: string, index: number, reading: LatinReading): string {
  const character = lower[index] as string;
  if (character === 'y' && isVowel(lower, index - 1) && !isVowel(lower, index + 1)) return 'й';
  // The 2021 alphabet writes й as "i" too, and Kazakh has no и after a vowel: "zeinetaqy" is
  // зейнетақы, "üiden" үйден, "Baiqoñyr" Байқоңыр.
  if (character === 'i' && isVowel(lower, index - 1) && !isVowel(lower, index + 1)) return 'й';
  if (character === 'i') return reading.plainI;
  return LATIN_TO_CYRILLIC[character] as string;
}

function isVowel(text: string, index: number): boolean {
  return LATIN_VOWELS.has(text.charCodeAt(index));
}
