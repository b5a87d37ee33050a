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
/** Any word for district either rule above reads: a text without one has no district name to keep. */
const ANY_DISTRICT_WORD = /район|district|аудан|audan|aýdan|aydan/iu;
const MICRODISTRICT_WORD_AFTER = /^\s+(?:мкр|мкрн|микрорайон|шағын|шагын|ықшам|ыкшам|mkr|microdistrict)/iu;
/** The number of a neighbourhood's part after it: "Самал-2", "Орбита 3". */
const PART_NUMBER_AFTER = /^[-\s]\d{1,2}(?!\d)/u;
/** Letters a case ending may add to a name: "Тұранда", "Туране". */
const LONGEST_ENDING = 4;
/**
 * A last letter that a Russian case form replaces: Аксай → Аксае, Таугуль → Таугуля, Орбита →
 * Орбиты; and an adjective's ending: Каратауский → Каратаускому, Абайский → Абайского.
 */
const REPLACED_LAST_LETTER = /(?:[иыо]й|[аяйьеоы])$/u;

/** A Latin letter with a mark: the Kazakh Latin alphabets' ā, ū, ü, ö, ğ, ş, ñ, ý… */
const LATIN_WITH_MARK = /[\u00c0-\u024f]/gu;

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
    if (!spans.some((span) => span.kind === 'name')) return spans;
    // Most texts name no district: reading the words around each name for one was most of the
    // time the gate spent keeping places.
    const districtWord = ANY_DISTRICT_WORD.test(text);
    return spans
      .filter((span) => span.kind !== 'name' || !this.#isPlace(text, span, districtWord))
      .map((span) => (span.kind === 'name' && districtWord ? this.#withoutDistrictName(text, span) : span));
  }

  /**
   * A person's name run on into a district's name that the finder read with it: "Aigül
   * Särsenbaeva Qaratau audanynda", "Мадина Жумабекова Абайский район", "в районе Туран Ержан
   * Қасымов". The district's words at either end of the span are left out of it.
   */
  #withoutDistrictName(text: string, span: RedactionSpan): RedactionSpan {
    const words = wordsOf(text.slice(span.start, span.end));
    for (let kept = 1; kept < words.length; kept++) {
      const tail = { ...span, start: span.start + words[words.length - kept]!.start };
      if (this.#isDistrictName(text, tail)) return { ...span, end: span.start + words[words.length - kept - 1]!.end };
      const head = { ...span, end: span.start + words[kept - 1]!.end };
      if (this.#isDistrictName(text, head)) return { ...span, start: span.start + words[kept]!.start };
    }
    return span;
  }

  #isPlace(text: string, span: RedactionSpan, districtWord: boolean): boolean {
    const written = folded(text.slice(span.start, span.end));
    const before = text.slice(Math.max(0, span.start - 14), span.start);
    const after = text.slice(span.end, span.end + 14);
    if (districtWord && this.#isDistrictName(text, span)) return true;
    if (namedBy(this.#neighbourhoods, written)) return true;
    return namedBy(this.#ambiguousNeighbourhoods, written) && (MICRODISTRICT_WORD_BEFORE.test(before)
      || MICRODISTRICT_WORD_AFTER.test(after) || PART_NUMBER_AFTER.test(after));
  }

  /**
   * Whether the span is a district's name, or a part of a name of several words, beside the word
   * for district. The name finder may take only the given name of "Әлихан Бөкейхан ауданында"
   * (the surname before "ауданы" reads as a place), and Russian declines each word of "в районе
   * Әлихана Бөкейхана": the words around the span are read with the span, each in a case form.
   */
  #isDistrictName(text: string, span: RedactionSpan): boolean {
    const spanWords = wordsOf(text.slice(span.start, span.end));
    const beforeStart = Math.max(0, span.start - 60);
    const wordsBefore = wordsOf(text.slice(beforeStart, span.start));
    const wordsAfter = wordsOf(text.slice(span.end, span.end + 60));
    return this.#districts.some((name) => {
      const nameWords = name.split(' ');
      for (let leading = 0; leading + spanWords.length <= nameWords.length; leading++) {
        const trailing = nameWords.length - leading - spanWords.length;
        if (leading > wordsBefore.length || trailing > wordsAfter.length) continue;
        const lead = wordsBefore.slice(wordsBefore.length - leading);
        const trail = wordsAfter.slice(0, trailing);
        if (!wordsNamedBy(nameWords, [...lead, ...spanWords, ...trail].map((word) => folded(word.text)))) continue;
        const start = leading === 0 ? span.start : beforeStart + lead[0]!.start;
        const end = trailing === 0 ? span.end : span.end + trail[trail.length - 1]!.end;
        const beforeName = text.slice(Math.max(0, start - 14), start);
        const afterName = text.slice(end, end + 14);
        if (DISTRICT_WORD_BEFORE.test(beforeName) || DISTRICT_WORD_AFTER.test(afterName)) return true;
      }
      return false;
    });
  }
}

/** A word and where it stands in the text it was read from. */
interface PlacedWord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The words of `text` with their offsets; a hyphen stays inside a word ("Әл-Фараби"). */
function wordsOf(text: string): PlacedWord[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}‐-―−-]*/gu)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Whether each written word is the name's word at its place, each in its own case form. */
function wordsNamedBy(nameWords: readonly string[], written: readonly string[]): boolean {
  return nameWords.length === written.length && nameWords.every((word, index) => namedBy([word], written[index]!));
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
 * and "Кайтпас" as Russian posts write them, and Kazakh posts write "Нұрсатта", "Қайтпаста";
 * Latin letters lose their marks, as a project lists "Turan" and posts write "Tūran".
 */
function folded(text: string): string {
  return foldKazakhLetters(text.toLowerCase()).replace(LATIN_WITH_MARK, withoutMark).replace(/ё/g, 'е')
    .replace(/[‐-―−]/g, '-').replace(/\s+/g, ' ').trim();
}

function withoutMark(letter: string): string {
  return letter.normalize('NFD').replace(/\p{M}/gu, '');
}
