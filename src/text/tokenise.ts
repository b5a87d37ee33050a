/**
 * Splits text into words with their offsets. Unicode-aware: a word is letters of any script with
 * the marks and digits inside it. Hyphenated and apostrophised words stay one token
 * ("Нур-Султан", "қазақ-орыс", "o'zbek"), and invisible characters inside a word do not split it,
 * so the tokeniser gives the same words on original and on normalised text.
 */
import {
  CHARACTER_CLASSES, CYRILLIC, DIGIT, INVISIBLE, JOINER, LATIN, isLetter, isWordPart,
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
  const length = text.length;
  let index = 0;

  while (index < length) {
    const characterClass = CHARACTER_CLASSES[text.charCodeAt(index)] as number;
    if (!isWordPart(characterClass)) {
      index++;
      continue;
    }

    const start = index;
    let letters = 0;
    let cyrillic = 0;
    let latin = 0;
    let end = index;
    while (index < length) {
      const current = CHARACTER_CLASSES[text.charCodeAt(index)] as number;
      if (isWordPart(current)) {
        if (isLetter(current)) {
          letters++;
          if (current === CYRILLIC) cyrillic++;
          else if (current === LATIN) latin++;
        }
        index++;
        end = index;
      } else if (current === INVISIBLE) {
        index++;
      } else if (current === JOINER && continuesWord(text, index + 1)) {
        index++;
      } else {
        break;
      }
    }

    if (letters > 0) {
      tokens.push({ text: text.slice(start, end), start, end, script: scriptOf(letters, cyrillic, latin) });
    }
    index = Math.max(index, end);
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
