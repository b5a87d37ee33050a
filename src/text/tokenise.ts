/**
 * Splits text into words with their offsets. Unicode-aware: a word is letters of any script with
 * the marks and digits inside it. Hyphenated and apostrophised words stay one token
 * ("Нур-Султан", "қазақ-орыс", "o'zbek"), and invisible characters inside a word do not split it,
 * so the tokeniser gives the same words on original and on normalised text.
 */
import {
  CHARACTER_CLASSES, CYRILLIC, DIGIT, INVISIBLE, JOINER, LATIN, OTHER_LETTER, isLetter,
} from './character-class.js';

export type TokenScript = 'cyrillic' | 'latin' | 'mixed' | 'other';

export interface Token {
  readonly text: string;
  /** Offsets into the tokenised text (UTF-16 code units), end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly script: TokenScript;
}

/** The words of `text` in order. Numbers on their own are not words. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const classes = CHARACTER_CLASSES;
  const length = text.length;
  let index = 0;

  while (index < length) {
    let characterClass = classes[text.charCodeAt(index)] as number;
    if (characterClass < CYRILLIC || characterClass > DIGIT) {
      index++;
      continue;
    }

    const start = index;
    let end = index;
    let letters = 0;
    let cyrillic = 0;
    let latin = 0;
    while (index < length) {
      characterClass = classes[text.charCodeAt(index)] as number;
      if (characterClass >= CYRILLIC && characterClass <= DIGIT) {
        if (characterClass === CYRILLIC) cyrillic++;
        else if (characterClass === LATIN) latin++;
        if (characterClass <= OTHER_LETTER) letters++;
        end = ++index;
      } else if (characterClass === INVISIBLE) {
        index++;
      } else if (characterClass === JOINER && continuesWord(text, index + 1)) {
        index++;
      } else {
        break;
      }
    }

    if (letters > 0) {
      tokens.push({ text: text.slice(start, end), start, end, script: scriptOf(letters, cyrillic, latin) });
    }
    if (index < end) index = end;
  }
  return tokens;
}

// A joiner belongs to the word only when a letter or digit follows it, possibly after
// invisible characters: "жол-" at a line end is a word and a dash.
function continuesWord(text: string, from: number): boolean {
  for (let index = from; index < text.length; index++) {
    const characterClass = CHARACTER_CLASSES[text.charCodeAt(index)] as number;
    if (characterClass === INVISIBLE) continue;
    return isLetter(characterClass) || characterClass === DIGIT;
  }
  return false;
}

function scriptOf(letters: number, cyrillic: number, latin: number): TokenScript {
  if (cyrillic === letters) return 'cyrillic';
  if (latin === letters) return 'latin';
  if (cyrillic + latin === letters) return 'mixed';
  return 'other';
}
