import { givenNameIndex } from './given-name-index.js';
import { nameKey } from './name-key.js';
import { isPatronymic } from './name-shapes.js';
import { PERSON_ROLE } from './person-roles.js';
import type { RedactionSpan } from './redaction-kind.js';
import { isHouseNumberAt } from './street-addresses.js';

/** A word of the text: "Абая", "Аль-Фараби", "жырау". */
const WORD = /\p{L}+(?:[-‐‑'’]\p{L}+)*/gu;
const LATIN_LETTER = /[a-z]/i;
const CONSONANT_KEY_END = /[^aeiou]$/;
const OTHER_HYPHENS = /[‐‑]/g;
const NO_LISTED_WORDS: readonly ListedWord[] = [];
/** Russian case endings a street's last word may take after a consonant: "на Достыке", "по Достыку". */
const CASE_ENDINGS = ['a', 'u', 'e', 'om'];

/**
 * Words right before a street that make it an address: "на Шевченко", "до Желтоксан", "угол
 * Абая", "на пересечении Бухар жырау", "ул. Гоголя", "в районе Достык".
 */
const STREET_CUE_BEFORE = new RegExp(
  '(?<!\\p{L})(?:на|по|до|угол|углу|угла|пересечени[еияю]|перекр[её]ст(?:ок|ка|ке|ку)|ул\\.?|улиц[аеуы]|улицей|' +
    'пр\\.|пр-т|пр-кт|просп\\.|проспект[аеу]?|вдоль|между|в районе|в сторону|в направлении|' +
    // Russian typed in Latin letters: "na Shevchenko probka", "ugol Abaya"; and English.
    'na|po|do|ugol|uglu|peresechenii|ul\\.?|ulitsa|ulitse|prospekt|v raione|' +
    'on|along|corner of|intersection of|junction of)\\s+$',
  'iu',
);
/** "от Навои до Желтоксан": "от" is a street's only with "до" after it in the clause. */
const FROM_BEFORE = /(?<!\p{L})(?:от|ot)\s+$/iu;
const TO_AFTER = /^[^.!?\n]{0,48}?(?<!\p{L})(?:до|do)\s+\p{Lu}/u;
/** Kazakh puts the street word after the name: "Масанчи көшесі", "Абай даңғылында", "қиылысы". */
const KAZAKH_STREET_WORD_AFTER = /^\s+(?:к[өо]ше|да[ңн][ғг]ыл|[қк]иылыс)/u;

/**
 * Words for someone a street's preposition may point at: "жалоба на Шевченко" (a complaint about
 * a person), "квартира оформлена на Гоголя", "надеюсь на", "дозвонилась до", "скучаю по", "a
 * complaint on". After them the street reading needs a house number ("жалоба на Достык 45").
 */
const PERSON_VERB_BEFORE_CUE = new RegExp(
  '(?<!\\p{L})(?:(?:жалоб|жалу|пожалова|заявлени|донос|суд|напа|наеха|накрич|наор|обид|обиж|руга|зл|' +
    'наде|смотр|посмотр|похож|жени|оформ|переписа|ссыла|сосла|подписа|голосова|работа|охот)\\p{L}*\\s+на|' +
    '(?:дозвон|достуч|домога)\\p{L}*\\s+до|(?:скуча|тоску|тоскова)\\p{L}*\\s+по|' +
    // "a complaint on Shevchenko", "a book on Gogol", "we count on Satpayev".
    '(?:complain|report|article|book|essay|lecture|story|paper|comment|spy|rely|depend|count|call|' +
    'crush|vote|focus|sanction|pressure)\\p{L}*\\s+on)\\s+$',
  'iu',
);

/**
 * The verbs of the list above that point at a person beyond doubt: a listed street's word after
 * them is redacted even when the name finder left it ("жалобу на Сатпаева от соседки").
 */
const PERSON_VERB_BEFORE_STREET = new RegExp(
  '(?<!\\p{L})(?:(?:жалоб|жалу|пожалова|заявлени|донос|суд|оформ|переписа)\\p{L}*\\s+на|' +
    '(?:дозвон|достуч)\\p{L}*\\s+до)\\s+$',
  'iu',
);

const TO_OR_ON_BEFORE = /(?<!\p{L})(?:на|до)\s+$/iu;
const PERSON_VERB_AFTER = new RegExp(
  '^\\s+(?:(?:опять|снова|уже|не)\\s+)?(?:пожалова|жалу|напа|наеха|накрич|наор|подал|донес|донос|оформ|' +
    'переоформ|обиде|обижа|дозвон|достуч)\\p{L}*',
  'iu',
);

/** Words that make the name after them a place, whatever stands beside it: "улица Абая Айгерим". */
const PLACE_WORD_BEFORE = new RegExp(
  '(?<!\\p{L})(?:угол|углу|угла|пересечени[еияю]|перекр[её]ст(?:ок|ка|ке|ку)|ул\\.?|улиц[аеуы]|улицей|' +
    'пр\\.|пр-т|пр-кт|просп\\.|проспект[аеу]?|в районе)\\s+$',
  'iu',
);

/**
 * Words for a person right before the name: the name finder's roles ("сосед", "участковый",
 * "тұрғын"), a few of office ("директор Гоголя") and of kin ("жена Навои", "сын Саина"). A name
 * after them is a person's even before a number ("соседка Шевченко 45 лет шумит").
 */
const PERSON_WORD_BEFORE = new RegExp(
  `(?<!\\p{L})(?:${PERSON_ROLE}|(?:директор|начальник|заведующ|коллег|товарищ)\\p{L}{0,4}|тов\\.|` +
    '(?:жен[аыеу]|муж[аеу]?|сын[аеу]?|доч(?:ь|ка|ки|ке|ку|ери)|брат[аеу]?|сестр[аыеу]|мать|матери|' +
    'от(?:ец|ца|цу)|внук[аеу]?|внучк[аиеу]|тёщ[аиеу]|тещ[аиеу]|свекров(?:ь|и)|дяд[яиеу]|тёт[яиеу]|тет[яиеу]))\\s*$',
  'iu',
);

/** An initial before or after: "А. Масанчи", "Гоголя Н.В.", "А.Б. Шевченко". */
const INITIALS_BEFORE = /(?<!\p{L})\p{Lu}\.\s?(?:\p{Lu}\.\s?)?$/u;
const INITIAL_AFTER = /^\s?\p{Lu}\.(?!\p{L}{2})/u;
/** The capitalised word right before or after, with only spaces between. */
const WORD_BEFORE = /(?<!\p{L})(\p{Lu}\p{Ll}+)[ \t]+$/u;
const WORD_AFTER = /^[ \t]+(\p{Lu}\p{Ll}+)(?!\p{L})/u;

/** A crossing written with a slash or a dash: "Абая/Жандосова", "Саина — Шаляпина". */
const CROSSING_MARK = /^\s*(?:\/|—|–|-)\s*$/u;
/** A crossing written with "и" or "&": a street's only when its first street is one by a cue. */
const CROSSING_AND = /^\s+(?:и|&)\s+$/u;

/**
 * An unlisted street of one or two words written with the Kazakh word for road, street or avenue,
 * then "и": "на Жибек жолы и Рыскулова", "до Тауке хан даңғылы и Жандосова". The word says it is
 * a street, so the listed one after "и" is its crossing.
 */
const KAZAKH_STREET_THEN_AND = /\p{Lu}\p{L}*(?:\s+\p{L}+)?\s+(?:жолы|көшесі|кошеси|даңғылы|дангылы)\s+(?:и|&)\s+$/u;

/** What may stand between a street and its house number: ",", ", д.", " дом". */
const HOUSE_WORD_AFTER = /^,?(?:\s?(?:д\.|дом(?!\p{L})))?/u;

/** The characters looked at on each side of a street. */
const LOOKBEHIND = 40;

/** A listed street found in a text: where it stands, in characters and in words. */
interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly firstWord: number;
  readonly lastWord: number;
}

interface TextWord {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly latin: boolean;
}

/** One word of a listed name, and where it stands in the name. */
interface ListedWord {
  readonly name: readonly string[];
  readonly position: number;
}

/**
 * The project's street gazetteer: a listed street's words are kept where the text reads as an
 * address, and redacted where they name a person. Almaty's streets carry the surnames of poets
 * and heroes and words that are also given names; "Пробка на Аль-Фараби от Навои до Желтоксан",
 * "Живу на Шевченко", "Достык 45, подъезд 2" lost the one place they named to [NAME].
 *
 * An address: a street's preposition or word before the name ("на", "по", "до", "угол",
 * "пересечение", "ул.", "проспект", "в районе"; "от" only with "до" after it), a house number
 * after it, a Kazakh street word after it ("көшесі"), or a crossing with another listed street
 * ("Абая/Жандосова", "Саина — Шаляпина", "на Саина и Шаляпина").
 *
 * A person, whatever the address words say: a given name, an initial or a patronymic beside the
 * name ("Шевченко Анна", "Гоголя Н.В.", "А. Масанчи"), a word for a person before it ("сосед
 * Шевченко"), or a verb that points the preposition at someone ("жалоба на Шевченко от
 * соседки", "дозвонилась до Гоголя") unless a house number follows.
 */
// LIMITATION: a street alone with no address word ("Шевченко перекрыли", "Гоголя опять
// раскопали") is still redacted: nothing in the sentence tells it from a person's surname.
// A listed name with a Kazakh case ending ("Сейфуллинде", "Абайдан") is not matched; the name
// finder keeps it before a Kazakh street word ("Сейфуллин көшесінде"), not alone.
export class StreetNames {
  /** Each listed name's words by the key of one of them; Latin-only names under "latin:". */
  readonly #byWord = new Map<string, ListedWord[]>();
  /** The last text's words: `keep` and then `withPersons` read the same text. */
  #lastText: string | null = null;
  #lastWords: readonly TextWord[] = [];

  constructor(names: readonly string[]) {
    for (const written of new Set(names)) {
      const words = written.match(WORD) ?? [];
      if (words.length === 0) continue;
      const keys = words.map((word) => nameKey(folded(word)));
      // A Cyrillic name is matched in Latin letters too ("na Abaya"); a Latin one only in Latin
      // letters: "Seifullin" is the street, "Сейфуллин" a person in a Russian post.
      const latinOnly = words.every((word) => LATIN_LETTER.test(word));
      keys.forEach((key, position) => {
        const entry = { name: keys, position };
        for (const script of latinOnly ? ['latin:'] : ['', 'latin:']) this.#add(script + key, entry);
      });
    }
  }

  /** `spans` without the names that are a listed street's words in an address. */
  keep(text: string, spans: RedactionSpan[]): RedactionSpan[] {
    if (this.#byWord.size === 0 || !spans.some((span) => span.kind === 'name')) return spans;
    const words = this.#wordsOf(text);
    return spans.filter((span) => span.kind !== 'name' || !this.#isAddress(text, words, span));
  }

  /**
   * `spans` with the listed streets' words that name a person and that no span holds: the name
   * finder reads "Навои", "Манаса" as no name and a surname-shaped genitive after "на", "до" as
   * a street, so "Сосед Навои", "Суюнбая Анна", "жалобу на Сатпаева от соседки" kept the name.
   */
  withPersons(text: string, spans: RedactionSpan[]): RedactionSpan[] {
    if (this.#byWord.size === 0) return spans;
    const words = this.#wordsOf(text);
    const added: RedactionSpan[] = [];
    for (let index = 0; index < words.length; index++) {
      const street = this.#occurrenceAt(text, words, index);
      if (street === undefined) continue;
      index = street.lastWord;
      if (spans.some((span) => span.start < street.end && street.start < span.end)) continue;
      if (isNamedPerson(text, street)) added.push({ start: street.start, end: street.end, kind: 'name' });
    }
    return added.length === 0 ? spans : [...spans, ...added];
  }

  #wordsOf(text: string): readonly TextWord[] {
    if (text !== this.#lastText) {
      this.#lastWords = textWords(text);
      this.#lastText = text;
    }
    return this.#lastWords;
  }

  #add(key: string, entry: ListedWord): void {
    const entries = this.#byWord.get(key);
    if (entries === undefined) this.#byWord.set(key, [entry]);
    else entries.push(entry);
  }

  #isAddress(text: string, words: readonly TextWord[], span: RedactionSpan): boolean {
    const first = words.findIndex((word) => word.start >= span.start);
    if (first < 0 || words[first]!.end > span.end) return false;
    const street = this.#occurrenceCovering(text, words, first, span);
    if (street === undefined || isPerson(text, street)) return false;
    if (isAddressByWords(text, street)) return true;
    return this.#isCrossing(text, words, street);
  }

  /** The listed street whose words hold the span's whole, if any. */
  #occurrenceCovering(
    text: string, words: readonly TextWord[], first: number, span: RedactionSpan,
  ): Occurrence | undefined {
    for (const listed of this.#listedWordsAt(words[first]!)) {
      const firstWord = first - listed.position;
      const lastWord = firstWord + listed.name.length - 1;
      if (firstWord < 0 || lastWord >= words.length) continue;
      if (!matches(text, words, firstWord, listed.name)) continue;
      const occurrence = { start: words[firstWord]!.start, end: words[lastWord]!.end, firstWord, lastWord };
      if (occurrence.start <= span.start && occurrence.end >= span.end) return occurrence;
    }
    return undefined;
  }

  /** The listed words `word` may be; most words are none, and share one empty list. */
  #listedWordsAt(word: TextWord): readonly ListedWord[] {
    const script = word.latin ? 'latin:' : '';
    let found = this.#byWord.get(script + word.key) ?? NO_LISTED_WORDS;
    for (const ending of CASE_ENDINGS) {
      if (!word.key.endsWith(ending)) continue;
      const stem = word.key.slice(0, -ending.length);
      if (!CONSONANT_KEY_END.test(stem)) continue;
      // An ending only on a name's last word: "на Достыке", not "Толе бие".
      const entries = this.#byWord.get(script + stem);
      const last = entries?.filter((entry) => entry.position === entry.name.length - 1) ?? [];
      if (last.length > 0) found = [...found, ...last];
    }
    return found;
  }

  /**
   * "Абая/Жандосова", "Саина — Шаляпина": a listed street beside another across a slash or a
   * dash; across "и" or "&" only when the first is an address by its own words ("на пересечении
   * Бухар жырау и Абая"), since "Байзакова и Жандосова" may be two women.
   */
  #isCrossing(text: string, words: readonly TextWord[], street: Occurrence): boolean {
    const next = this.#occurrenceAt(text, words, street.lastWord + 1);
    if (next !== undefined && CROSSING_MARK.test(text.slice(street.end, next.start)) && !isPerson(text, next)) return true;
    // "и" is a word of its own between the two.
    const previous = this.#occurrenceEndingAt(text, words, street.firstWord - 1) ??
      this.#occurrenceEndingAt(text, words, street.firstWord - 2);
    if (previous === undefined) return isAfterKazakhStreet(text, street);
    if (isPerson(text, previous)) return false;
    const between = text.slice(previous.end, street.start);
    if (CROSSING_MARK.test(between)) return true;
    return CROSSING_AND.test(between) && isAddressByWords(text, previous);
  }

  /** The listed street that starts at word `index`, if any. */
  #occurrenceAt(text: string, words: readonly TextWord[], index: number): Occurrence | undefined {
    if (index >= words.length) return undefined;
    for (const listed of this.#listedWordsAt(words[index]!)) {
      const lastWord = index + listed.name.length - 1;
      if (listed.position !== 0 || lastWord >= words.length || !matches(text, words, index, listed.name)) continue;
      return { start: words[index]!.start, end: words[lastWord]!.end, firstWord: index, lastWord };
    }
    return undefined;
  }

  /** The listed street that ends at word `index`, if any. */
  #occurrenceEndingAt(text: string, words: readonly TextWord[], index: number): Occurrence | undefined {
    if (index < 0) return undefined;
    for (const listed of this.#listedWordsAt(words[index]!)) {
      const firstWord = index - listed.name.length + 1;
      if (listed.position !== listed.name.length - 1 || firstWord < 0 || !matches(text, words, firstWord, listed.name)) continue;
      return { start: words[firstWord]!.start, end: words[index]!.end, firstWord, lastWord: index };
    }
    return undefined;
  }
}

/** Whether the words from `from` are the listed name's, with only spaces between them. */
function matches(text: string, words: readonly TextWord[], from: number, name: readonly string[]): boolean {
  return name.every((key, offset) => {
    const word = words[from + offset]!;
    const last = offset === name.length - 1;
    if (offset > 0 && !/^[ \t]+$/.test(text.slice(words[from + offset - 1]!.end, word.start))) return false;
    if (word.key === key) return true;
    return last && CASE_ENDINGS.some((ending) => word.key === key + ending) && CONSONANT_KEY_END.test(key);
  });
}

/** Whether an unlisted street named with its Kazakh street word and a cue before it ends in "и" before `street`. */
function isAfterKazakhStreet(text: string, street: Occurrence): boolean {
  const before = text.slice(Math.max(0, street.start - LOOKBEHIND), street.start);
  const unlisted = KAZAKH_STREET_THEN_AND.exec(before);
  return unlisted !== null && STREET_CUE_BEFORE.test(before.slice(0, unlisted.index));
}

/** An address by the words around the street: a preposition, a house number, a Kazakh street word. */
function isAddressByWords(text: string, street: Occurrence): boolean {
  const before = text.slice(Math.max(0, street.start - LOOKBEHIND), street.start);
  const after = text.slice(street.end, street.end + LOOKBEHIND * 2);
  if (hasHouseNumber(text, street)) return true;
  if (KAZAKH_STREET_WORD_AFTER.test(after)) return true;
  if (pointsAtPerson(before, after)) return false;
  if (STREET_CUE_BEFORE.test(before)) return true;
  return FROM_BEFORE.test(before) && TO_AFTER.test(after);
}

/**
 * Whether a capitalised street's words name a person by what stands beside them, or after a verb
 * that points at someone with no house number after; not after a street's own word.
 */
function isNamedPerson(text: string, street: Occurrence): boolean {
  if (!/^\p{Lu}/u.test(text.slice(street.start))) return false;
  const before = text.slice(Math.max(0, street.start - LOOKBEHIND), street.start);
  if (PLACE_WORD_BEFORE.test(before)) return false;
  if (isPerson(text, street)) return true;
  if (hasHouseNumber(text, street)) return false;
  const after = text.slice(street.end, street.end + LOOKBEHIND);
  return PERSON_VERB_BEFORE_STREET.test(before) || pointsAtPersonAfter(before, after);
}

/**
 * Whether "на", "до" or "по" before a word point at a person by a verb or noun on either side:
 * "жалобу на Иванова", "дозвонилась до Петрова", "На Сидорова пожаловались соседи". `before` ends
 * where the word starts, `after` starts where it ends. The name finder asks it too, for streets
 * it reads by their shape alone.
 */
export function pointsAtPerson(before: string, after: string): boolean {
  return PERSON_VERB_BEFORE_CUE.test(before) || pointsAtPersonAfter(before, after);
}

/**
 * "На Шевченко пожаловались соседи", "До Гоголя не дозвониться": Russian puts the verb after
 * its object as readily as before, and "на", "до" then point at a person.
 */
function pointsAtPersonAfter(before: string, after: string): boolean {
  return TO_OR_ON_BEFORE.test(before) && PERSON_VERB_AFTER.test(after);
}

/**
 * A house number after the street, also after a comma or "д." as an address is written out:
 * "Абая, 5", "Гоголя, д. 12". Only for a listed street: "Иванова, 45" may be a woman's age.
 */
function hasHouseNumber(text: string, street: Occurrence): boolean {
  const written = HOUSE_WORD_AFTER.exec(text.slice(street.end, street.end + 8))?.[0] ?? '';
  return isHouseNumberAt(text, street.end + written.length);
}

/** Whether a given name, an initial, a patronymic or a word for a person stands beside the street. */
function isPerson(text: string, street: Occurrence): boolean {
  const before = text.slice(Math.max(0, street.start - LOOKBEHIND), street.start);
  const after = text.slice(street.end, street.end + LOOKBEHIND);
  if (INITIALS_BEFORE.test(before) || INITIAL_AFTER.test(after) || PERSON_WORD_BEFORE.test(before)) return true;
  const wordBefore = WORD_BEFORE.exec(before)?.[1];
  const wordAfter = WORD_AFTER.exec(after)?.[1];
  return [wordBefore, wordAfter].some((word) => word !== undefined && isGivenName(word)) ||
    (wordAfter !== undefined && isPatronymic(nameKey(wordAfter), wordAfter));
}

function isGivenName(word: string): boolean {
  return givenNameIndex().get(nameKey(word)) === 'given';
}

function textWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = match[0];
    words.push({ start: match.index, end: match.index + word.length, key: nameKey(folded(word)), latin: LATIN_LETTER.test(word) });
  }
  return words;
}

/** Hyphens of every kind as one: "Аль‑Фараби" with a non-breaking hyphen is the avenue. */
function folded(word: string): string {
  return word.replace(OTHER_HYPHENS, '-');
}
