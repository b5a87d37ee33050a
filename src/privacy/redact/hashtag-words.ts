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

/** A hashtag: its sign, then letters, marks, digits and underscores. */
const HASHTAG = /#[\p{L}\p{M}\d_]+/gu;
/** What a hashtag's words may be beside a name and stay: words, CamelCase or lower case ("Спасибо"). */
const ORDINARY_HASHTAG_WORDS = /^(?:\p{Lu}?(?:\p{Ll}|\p{M}){2,})+$/u;

/**
 * `spans` with each hashtag that holds a name redacted whole, but for the sign: "#ИвановИИ" is
 * "#[NAME]", not "#[NAME]ИИ", and "#Айгуль_Сапарова" one "#[NAME]". The initials, a number or a
 * letter glued to a name are the person's too. Words of a hashtag that are words stay beside
 * the name ("#Спасибо[NAME]", "#спасибо[NAME]"). `spans` ordered, not overlapping.
 */
export function withWholeNameHashtags<Span extends { start: number; end: number }>(
  text: string, spans: readonly Span[],
): Span[] {
  if (spans.length === 0 || !text.includes('#')) return [...spans];
  const result = [...spans];
  for (const hashtag of text.matchAll(HASHTAG)) {
    const start = hashtag.index + 1;
    const end = hashtag.index + hashtag[0].length;
    const inside = result.filter((span) => span.start >= start && span.end <= end);
    if (inside.length === 0) continue;
    let rest = '';
    let from = start;
    for (const span of inside) {
      rest += `${text.slice(from, span.start)}_`;
      from = span.end;
    }
    rest += text.slice(from, end);
    const words = rest.split('_').filter((word) => word !== '');
    if (words.length > 0 && words.every((word) => ORDINARY_HASHTAG_WORDS.test(word))) continue;
    const first = result.indexOf(inside[0]!);
    result.splice(first, inside.length, { ...inside[0]!, start, end });
  }
  return result;
}
