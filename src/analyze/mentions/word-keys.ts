/**
 * The lookup keys of one written word. A word is looked up by its exact form ("f:"), by its
 * Latin form without diacritics, and by its Kazakh stem ("k:", folded to Russian-keyboard letters
 * and computed on the Cyrillic reading of a Latin word), so that Досаевтың, Dosaevtyñ and
 * Досаевтын all reach the key of Досаев.
 */
import { latinSkeleton } from '../../text/latin-skeleton.js';
import { foldKazakhLetters } from '../../text/russian-keyboard.js';
import { stemKazakh } from '../../text/stem/kazakh-stemmer.js';
import type { TokenScript } from '../../text/tokenise.js';
import { kazakhLatinToCyrillic } from '../../text/transliterate-kazakh.js';

export function formKey(form: string): string {
  return 'f:' + form;
}

/** Kazakh stem key of a lower-case Cyrillic word. */
export function kazakhKey(cyrillicWord: string): string {
  return 'k:' + foldKazakhLetters(stemKazakh(cyrillicWord));
}

/** Kazakh stem key of a lower-case Latin word, read as Kazakh Latin. */
export function kazakhKeyOfLatin(latinWord: string): string {
  return kazakhKey(kazakhLatinToCyrillic(latinWord));
}

/** Every key a word written in a post is looked up by. */
export function keysOfWord(word: string, script: TokenScript): string[] {
  if (script === 'cyrillic') return [formKey(word), kazakhKey(word)];
  if (script === 'latin') {
    const skeleton = latinSkeleton(word);
    const keys = [formKey(word), kazakhKeyOfLatin(word)];
    if (skeleton !== word) keys.push(formKey(skeleton));
    return keys;
  }
  return [formKey(word)];
}
