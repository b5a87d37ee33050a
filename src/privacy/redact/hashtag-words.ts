/**
 * Hashtags glue their words and mark each with a capital: "#СпасибоАйгуль", "#АйгульСапарова",
 * "#спасибоМарату". Read as one word, the name inside is hidden from the name rules
 * ("Спасибоайгуль" is on no list, and "Марату" after a lower-case letter is no capitalised
 * word); read word by word, it is found like any other.
 */
const GLUED_HASHTAG = /#[\p{L}\p{M}\d_]*\p{Ll}\p{Lu}[\p{L}\p{M}\d_]*/gu;
/** A capital and the lower-case letters after it; a run of capitals is one word ("#ЦОНАлматы"). */
const HASHTAG_PART = /\p{Lu}(?:\p{Ll}|\p{M})+|\p{Lu}+(?!\p{Ll})/gu;

/** A capitalised word and where it stands; `glued`: a part of a hashtag that glues its words. */
export interface CapitalisedWord {
  readonly index: number;
  readonly word: string;
  readonly glued: boolean;
}

/**
 * The text's capitalised words as `pattern` (global) finds them, with the words of hashtags that
 * glue them found one by one ("Спасибо" at 1 and "Айгуль" at 8 in "#СпасибоАйгуль"); null
 * when the text has no such hashtag, and `pattern` alone reads it.
 */
export function gluedHashtagWords(text: string, pattern: RegExp): CapitalisedWord[] | null {
  if (!text.includes('#')) return null;
  const hashtags = [...text.matchAll(GLUED_HASHTAG)];
  if (hashtags.length === 0) return null;

  const inHashtag = (index: number): boolean =>
    hashtags.some((hashtag) => index > hashtag.index && index < hashtag.index + hashtag[0].length);
  const words = [...text.matchAll(pattern)]
    .filter((match) => !inHashtag(match.index))
    .map((match) => ({ index: match.index, word: match[0], glued: false }));
  const parts = hashtags.flatMap((hashtag) => [...hashtag[0].matchAll(HASHTAG_PART)]
    .map((part) => ({ index: hashtag.index + part.index, word: part[0], glued: true })));
  return [...words, ...parts].sort((a, b) => a.index - b.index);
}

/** Whether two words of one hashtag stand glued or joined by an underscore ("Айгуль_Сапарова"). */
export function isHashtagGap(gap: string): boolean {
  return gap === '' || gap === '_';
}
