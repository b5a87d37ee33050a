import { foldKazakhLetters } from '../../text/russian-keyboard.js';

import type { RedactionSpan } from './redaction-kind.js';

/** The word for district before a district's name: "в районе Туран", "района Казыбек би". */
const DISTRICT_WORD_BEFORE = /(?<!\p{L})(?:район|района|районе|районом|district)\s+$/iu;
/** Kazakh and English put it after: "Әл-Фараби ауданында", "Qazybek bi audany", "Abay district". */
const DISTRICT_WORD_AFTER = /^\s+(?:аудан|audan|aýdan|aydan|district|район)/iu;
/**
 * A word for microdistrict beside a neighbourhood's name: "мкр Орбита", "в микрорайоне Самал",
 * "Көктем шағын ауданында", "Alatau mkr".
 */
const MICRODISTRICT_WORD_BEFORE = /(?<!\p{L})(?:мкр|мкрн|микрорайон\p{L}*|ш\/а|mkr|microdistrict)\.?\s+$/iu;
const MICRODISTRICT_WORD_AFTER = /^\s+(?:мкр|мкрн|микрорайон|шағын|шагын|ықшам|ыкшам|mkr|microdistrict)/iu;
/** The number of a neighbourhood's part after it: "Самал-2", "Орбита 3". */
const PART_NUMBER_AFTER = /^[-\s]\d{1,2}(?!\d)/u;
/** Letters a case ending may add to a name: "Тұранда", "Туране". */
const LONGEST_ENDING = 4;
/** A last letter that a Russian case form replaces: Аксай → Аксае, Таугуль → Таугуля, Орбита → Орбиты. */
const REPLACED_LAST_LETTER = /[аяйьеоы]$/u;

/** The places of a project that the name finder may take for persons. */
export interface ProjectPlaceNames {
  /** Districts' names ("Туран", "Әл-Фараби"), kept beside the word for district. */
  readonly districts: readonly string[];
  /** Neighbourhoods that name a place alone ("Таугуль", "Аксай"), kept as one word. */
  readonly neighbourhoods?: readonly string[];
  /** Neighbourhoods also given names ("Алмагуль", "Айгерим"), kept beside a word for microdistrict. */
  readonly ambiguousNeighbourhoods?: readonly string[];
}

/**
 * The project's own district and neighbourhood names, kept where they read as places. Kazakh
 * districts are named after people (Абай, Әл-Фараби in Shymkent; Қазыбек би, Әлихан Бөкейхан in
 * Karaganda), and the name finder took "В районе Аль-Фараби" and "Әл-Фараби ауданында" for a
 * person: the name became [NAME], and the district breakdown never found the post. So it took
 * the microdistricts that are also given names: "пробка до самого Таугуля" lost its place.
 * A district's name is kept beside the word for district; a neighbourhood's when the name stands
 * alone (a name span of one word: "Таугуль Ахметова" is still a person), and an ambiguous
 * neighbourhood's ("Алмагуль") only beside a word for microdistrict or with its part number.
 */
export class DistrictNames {
  readonly #districts: readonly string[];
  readonly #neighbourhoods: readonly string[];
  readonly #ambiguousNeighbourhoods: readonly string[];

  constructor(places: ProjectPlaceNames) {
    this.#districts = distinctNames(places.districts);
    this.#neighbourhoods = distinctNames(places.neighbourhoods ?? []);
    this.#ambiguousNeighbourhoods = distinctNames(places.ambiguousNeighbourhoods ?? []);
  }

  /** `spans` without the names that are the project's places where they stand. */
  keep(text: string, spans: RedactionSpan[]): RedactionSpan[] {
    if (this.#districts.length + this.#neighbourhoods.length + this.#ambiguousNeighbourhoods.length === 0) return spans;
    return spans.filter((span) => span.kind !== 'name' || !this.#isPlace(text, span));
  }

  #isPlace(text: string, span: RedactionSpan): boolean {
    const written = folded(text.slice(span.start, span.end));
    const before = text.slice(Math.max(0, span.start - 14), span.start);
    const after = text.slice(span.end, span.end + 14);
    if (namedBy(this.#districts, written) && (DISTRICT_WORD_BEFORE.test(before) || DISTRICT_WORD_AFTER.test(after))) {
      return true;
    }
    if (namedBy(this.#neighbourhoods, written)) return true;
    return namedBy(this.#ambiguousNeighbourhoods, written) && (MICRODISTRICT_WORD_BEFORE.test(before)
      || MICRODISTRICT_WORD_AFTER.test(after) || PART_NUMBER_AFTER.test(after));
  }
}

function distinctNames(names: readonly string[]): string[] {
  return [...new Set(names.map(folded).filter((name) => name.length >= 2))];
}

/** Whether `written` is one of `names` in a case form: the name, its last letter replaced or not, and an ending. */
function namedBy(names: readonly string[], written: string): boolean {
  return names.some((name) => {
    const stem = name.length > 3 ? name.replace(REPLACED_LAST_LETTER, '') : name;
    return written.startsWith(stem) && written.length - stem.length <= LONGEST_ENDING && !/\s/.test(written.slice(stem.length));
  });
}

/**
 * Lower case, with the Kazakh letters folded to their Russian stand-ins: a project lists "Нурсат"
 * and "Кайтпас" as Russian posts write them, and Kazakh posts write "Нұрсатта", "Қайтпаста".
 */
function folded(text: string): string {
  return foldKazakhLetters(text.toLowerCase()).replace(/ё/g, 'е').replace(/[‐-―−]/g, '-').replace(/\s+/g, ' ').trim();
}
