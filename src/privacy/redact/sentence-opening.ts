/**
 * Characters before a word that open a sentence: "Жанка с 3 этажа", "… нас. Димон", "«Айка".
 * Narrower than the classifier's `opensSentence`, which also counts a segment of a post after
 * markup, a bullet or an emoji: the name rules that ask this were chosen with stops only.
 */
const SENTENCE_OPENING = /(?:^|[.!?…\n][\s"«“(]*)$/u;
const SENTENCE_LOOKBEHIND = 4;

/** Whether the word at `start` opens a sentence (or the text) after a stop or a line break. */
export function isSentenceOpening(text: string, start: number): boolean {
  return SENTENCE_OPENING.test(text.slice(Math.max(0, start - SENTENCE_LOOKBEHIND), start));
}
