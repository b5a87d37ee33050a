/**
 * Words typed with the keyboard switched from Cyrillic to Latin part-way: "Карatau ауданы",
 * "Алмаty", "Шымkent", "áкім". Folding look-alike letters read them as Latin ("kapatau", the
 * Cyrillic р taken for p) or as the wrong Cyrillic ("шымкепт", n taken for п), and matching
 * missed them. In a Cyrillic text such a word is read with its Latin letters transliterated.
 */
import { CHARACTER_CLASSES, CYRILLIC, LATIN } from './character-class.js';
import { hasCyrillicLookAlike, hasLatinLookAlike } from './look-alikes.js';

/**
 * Letters of the Kazakh Latin alphabets (2018, 2019, 2021) that no English brand or Russian
 * look-alike uses: a word opening with them was begun in Kazakh Latin ("áкім").
 */
const KAZAKH_LATIN_LETTERS = new Set([...'áóúǵńýıäöüūğşñç'].map((letter) => letter.charCodeAt(0)));

/**
 * Latin letters that look exactly like a Cyrillic one in lower case too (а с е о р х у і): the
 * ones swapped in to slip past filters or by accident ("Пpoкурор"). A keyboard switch types the
 * others as well ("kent", "ty").
 */
const LOWER_CASE_TWINS = new Set([...'aceopxyiəɵ'].map((letter) => letter.charCodeAt(0)));
/**
 * Letters no Kazakh Latin alphabet uses alone: a run holding one is an English word glued on
 * ("булwhatsApp", "главClub"), not Kazakh typed on a switched keyboard.
 */
const ENGLISH_ONLY_LETTERS = new Set([...'wc'].map((letter) => letter.charCodeAt(0)));
const SHORTEST_LATIN_RUN = 2;

/**
 * Whether the lower-case word `codes[start, end)`, holding Cyrillic and Latin letters, was typed
 * with the keyboard switched, rather than holding look-alike letters ("Дoсаев", "Aкимат",
 * "Тоyota", "аnd", "Пpoкурор", kept for look-alike folding), being a brand with a Kazakh case
 * ending ("kaspiде", "iphoneға") or holding an English word ("булwhatsApp"):
 *
 * - Cyrillic first, two letters or one that has no Latin look-alike, then Latin letters of which
 *   one has no Cyrillic look-alike ("карatau", "алмаtydaғы"); or, where a Cyrillic letter has
 *   none, two Latin letters or more in a row of which one differs from its Cyrillic twin in lower
 *   case ("алмаty", "шымkentте");
 * - Latin first only when every Latin letter before the Cyrillic is a Kazakh Latin one ("áкім").
 */
export function isKeyboardSwitch(codes: ArrayLike<number>, start: number, end: number): boolean {
  let cyrillic = 0;
  let cyrillicWithoutLookAlike = false;
  let latinAfterCyrillic = false;
  let latinWithoutLookAlike = false;
  let latinFirst = false;
  let run = 0;
  let runHasNoTwin = false;
  let typedRun = false;
  for (let index = start; index < end; index++) {
    const code = codes[index]!;
    const characterClass = CHARACTER_CLASSES[code];
    if (characterClass === CYRILLIC) {
      cyrillic++;
      if (!hasLatinLookAlike(code)) cyrillicWithoutLookAlike = true;
      run = 0;
      runHasNoTwin = false;
    } else if (characterClass === LATIN) {
      if (cyrillic === 0) {
        if (!KAZAKH_LATIN_LETTERS.has(code)) return false;
        latinFirst = true;
        continue;
      }
      if (ENGLISH_ONLY_LETTERS.has(code)) return false;
      latinAfterCyrillic = true;
      if (!hasCyrillicLookAlike(code)) latinWithoutLookAlike = true;
      run++;
      if (!LOWER_CASE_TWINS.has(code)) runHasNoTwin = true;
      if (run >= SHORTEST_LATIN_RUN && runHasNoTwin) typedRun = true;
    }
  }
  if (cyrillic === 0) return false;
  if (latinFirst) return true;
  if (!latinAfterCyrillic || (cyrillic < 2 && !cyrillicWithoutLookAlike)) return false;
  return latinWithoutLookAlike || (cyrillicWithoutLookAlike && typedRun);
}
