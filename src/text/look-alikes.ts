/**
 * Latin and Cyrillic letters that look the same. Posts mix them inside one word, by keyboard
 * accident ("Aкимат" with a Latin A) or on purpose to slip past keyword filters ("Дoсаев" with a
 * Latin o). Folding makes such a word one script again; words written wholly in one script, and
 * genuinely mixed ones ("iPhone-ы" is two words), are left as they are.
 */
import { CHARACTER_CLASSES, CYRILLIC, LATIN } from './character-class.js';

// Lower case only: folding runs after lower-casing. "h" and "b" come from capitals (Н, В) that
// lower-case into letters that no longer look alike, so they fold by their capital's look.
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', n: 'п', o: 'о', p: 'р',
  r: 'г', t: 'т', x: 'х', y: 'у',
  // Kazakh typed from an Azerbaijani or IPA layout.
  'ə': 'ә', 'ɵ': 'ө',
};

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  'а': 'a', 'в': 'b', 'г': 'r', 'е': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'п': 'n',
  'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'ү': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's',
  'һ': 'h', 'ԛ': 'q', 'ԝ': 'w',
};

function toCodeTable(map: Readonly<Record<string, string>>): Int32Array {
  const table = new Int32Array(0x10000);
  for (const [from, to] of Object.entries(map)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
}

/**
 * `text` as it looks rather than as it is coded: compatibility forms and case folded, and every
 * Cyrillic letter with a Latin look-alike written as that letter. Two names with one skeleton
 * ("alice" and "аlice" with a Cyrillic а, "Alice") cannot be told apart on screen.
 */
export function lookAlikeSkeleton(text: string): string {
  return [...text.normalize('NFKC').toLowerCase()].map((character) => CYRILLIC_TO_LATIN[character] ?? character).join('');
}

const TO_CYRILLIC = toCodeTable(LATIN_TO_CYRILLIC);
const TO_LATIN = toCodeTable(CYRILLIC_TO_LATIN);

/**
 * Folds look-alike letters of `codes[start, end)` (one lower-cased word) in place, towards the
 * script whose letters cannot be look-alikes. Returns whether anything changed.
 */
export function foldLookAlikesInWord(codes: Uint16Array, start: number, end: number): boolean {
  let cyrillic = 0;
  let latin = 0;
  let cyrillicFixed = 0;
  let latinFixed = 0;

  for (let index = start; index < end; index++) {
    const code = codes[index] as number;
    const characterClass = CHARACTER_CLASSES[code];
    if (characterClass === CYRILLIC) {
      cyrillic++;
      if (TO_LATIN[code] === 0) cyrillicFixed++;
    } else if (characterClass === LATIN) {
      latin++;
      if (TO_CYRILLIC[code] === 0) latinFixed++;
    }
  }
  if (cyrillic === 0 || latin === 0) return false;

  // The script with letters that have no look-alike is the word's script. When both have
  // such letters the word is genuinely mixed; when neither has, the majority wins and a tie
  // goes to Cyrillic, the usual script of the region.
  let toCyrillic: boolean;
  if (cyrillicFixed > 0 && latinFixed === 0) toCyrillic = true;
  else if (latinFixed > 0 && cyrillicFixed === 0) toCyrillic = false;
  else if (cyrillicFixed === 0 && latinFixed === 0) toCyrillic = cyrillic >= latin;
  else return false;

  const table = toCyrillic ? TO_CYRILLIC : TO_LATIN;
  const from = toCyrillic ? LATIN : CYRILLIC;
  for (let index = start; index < end; index++) {
    const code = codes[index] as number;
    if (CHARACTER_CLASSES[code] === from) codes[index] = table[code] as number;
  }
  return true;
}
