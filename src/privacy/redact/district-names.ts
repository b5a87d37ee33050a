import type { RedactionSpan } from './redaction-kind.js';

/** The word for district before a district's name: "в районе Туран", "района Казыбек би". */
const DISTRICT_WORD_BEFORE = /(?<!\p{L})(?:район|района|районе|районом|district)\s+$/iu;
/** Kazakh and English put it after: "Әл-Фараби ауданында", "Qazybek bi audany", "Abay district". */
const DISTRICT_WORD_AFTER = /^\s+(?:аудан|audan|aýdan|aydan|district|район)/iu;
/** Letters a case ending may add to a name: "Тұранда", "Туране". */
const LONGEST_ENDING = 4;

/**
 * The project's own district names, kept where the word for district stands beside them. Kazakh
 * districts are named after people (Абай, Әл-Фараби in Shymkent; Қазыбек би, Әлихан Бөкейхан in
 * Karaganda), and the name finder took "В районе Аль-Фараби" and "Әл-Фараби ауданында" for a
 * person: the name became [NAME], and the district breakdown never found the post.
 */
export class DistrictNames {
  readonly #names: readonly string[];

  constructor(names: readonly string[]) {
    this.#names = [...new Set(names.map(folded).filter((name) => name.length >= 2))];
  }

  /** `spans` without the names that are a district's beside the word for district. */
  keep(text: string, spans: RedactionSpan[]): RedactionSpan[] {
    if (this.#names.length === 0) return spans;
    return spans.filter((span) => span.kind !== 'name' || !this.#isDistrict(text, span));
  }

  #isDistrict(text: string, span: RedactionSpan): boolean {
    const written = folded(text.slice(span.start, span.end));
    const named = this.#names.some((name) =>
      written.startsWith(name) && written.length - name.length <= LONGEST_ENDING && !/\s/.test(written.slice(name.length)));
    if (!named) return false;
    return DISTRICT_WORD_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))
      || DISTRICT_WORD_AFTER.test(text.slice(span.end, span.end + 12));
  }
}

function folded(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[‐-―−]/g, '-').replace(/\s+/g, ' ').trim();
}
