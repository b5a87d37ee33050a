/**
 * Surnames shaped like adjectives (Луговая, Толстой, Садовая), which the surname rules, going by
 * endings such as -ов and -ская, do not know. After a private person's role: "Соседка
 * Луговая опять залила", "Врач Толстая не приняла", "Водитель Крутой выгнал", "у соседки
 * Луговой". The surname rules go by endings such as -ов and -ская, and the name classifier, which
 * learned from news, reads a capitalised "-ая" as the adjective of a street or a body: the
 * surname was left. An adjective after a role is one before its noun ("Врач Скорой помощи",
 * "Продавец Новой аптеки"), which the agreement of the word after tells.
 */
import { nounAfter } from './adjectives-before-nouns.js';
import type { NameToken } from './name-token.js';
import { PERSON_ROLE, PERSON_ROLE_BEFORE, PERSON_ROLE_LOOKBEHIND } from './person-roles.js';

/** The adjective's endings in every case, which Russian surnames of this shape take. */
const ADJECTIVE_FORM = /^\p{Ll}{3,}(?:ая|яя|ой|ый|ий|ую|юю|ей|ого|его|ому|ему|ым|им|ых|их)$/u;
/**
 * "-ский", "-цкий" are read as surnames by their own rule; as place adjectives here they open a
 * body's name ("Медсестра Детской поликлиники").
 */
const PLACE_ADJECTIVE = /[сц]к\p{L}{1,3}$/u;
/** An ambulance, said without its noun: "Водитель Скорой не мог проехать". */
const SERVICE_ADJECTIVE = /^(?:скор|неотложн)/u;
/**
 * The adjective's ending and what a noun agreeing with it ends in: "Новой аптеки", "Белого
 * мерседеса", "Начальных классов". The feminine "-ой" of the oblique cases and the masculine
 * "-ой" of the nominative both.
 */
const AGREEING_NOUN: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/(?:ая|яя)$/u, /[аяь]$/u],
  [/(?:ой|ей)$/u, /(?:[иыеуь]|ой|ей|ью|[бвгджзклмнпрстфхцчшщ])$/u],
  [/(?:ый|ий)$/u, /[бвгджзклмнпрстфхцчшщйь]$/u],
  [/(?:ую|юю)$/u, /[уюь]$/u],
  [/(?:ого|его)$/u, /[аяо]$/u],
  [/(?:ому|ему)$/u, /[уюи]$/u],
  [/(?:ым|им)$/u, /(?:[оеё]м|ами|ями)$/u],
  [/(?:ых|их)$/u, /(?:ов|ев|ей|[бвгджзклмнпрстфхцчшщь])$/u],
];
/**
 * Residents of a street: "Жители Луговой", "Тұрғындар Луговой көшесінде". After such a word only
 * the nominative is a person ("жительница Луговая").
 */
/** A Kazakh word after the surname agrees with nothing: "Мұғалім Белая балаларға айқайлайды". */
const KAZAKH_LETTER = /[әғқңөұүһі]/u;
const RESIDENT_ROLE = /^(?:жител|тұрғын|гражданин|гражданк|азамат)/iu;
const NOMINATIVE = /(?:ая|яя|ый|ий)$/u;
const ROLE_WORD = new RegExp(`^(?:${PERSON_ROLE})$`, 'iu');
const ROLE_AT_END = new RegExp(`(?:${PERSON_ROLE}) ?$`, 'iu');

/**
 * How an adjective-shaped word alone after a role reads: a person's surname, the adjective of
 * the noun after it, or neither (no role before it, or not adjective-shaped).
 */
export function readAdjectiveAfterRole(
  text: string, tokens: readonly NameToken[], index: number,
): 'surname' | 'adjective' | undefined {
  const token = tokens[index]!;
  if (!token.capitalised || token.place || token.subject || !ADJECTIVE_FORM.test(token.word)) return undefined;
  if (PLACE_ADJECTIVE.test(token.word)) return undefined;
  const next = tokens[index + 1];
  if (next?.joined && next.capitalised) return undefined;
  const role = roleBefore(text, tokens, index);
  if (role === undefined) return undefined;
  if (RESIDENT_ROLE.test(role) && !NOMINATIVE.test(token.word)) return undefined;
  if (SERVICE_ADJECTIVE.test(token.word)) return 'adjective';
  const noun = nounAfter(text, token.end);
  if (noun === undefined || KAZAKH_LETTER.test(noun)) return 'surname';
  const agrees = AGREEING_NOUN.some(([ending, nounEnding]) => ending.test(token.word) && nounEnding.test(noun));
  return agrees ? 'adjective' : 'surname';
}

/**
 * The role right before the token: the capitalised word before it in the same run ("Соседка
 * Луговая") or a lower-case word ("наша соседка Полевая").
 */
function roleBefore(text: string, tokens: readonly NameToken[], index: number): string | undefined {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  if (token.joined && previous?.capitalised) {
    const word = text.slice(previous.start, previous.end);
    return ROLE_WORD.test(word) && index - 1 === firstOfRun(tokens, index - 1) ? word : undefined;
  }
  const before = text.slice(Math.max(0, token.start - PERSON_ROLE_LOOKBEHIND), token.start);
  if (!PERSON_ROLE_BEFORE.test(before)) return undefined;
  return ROLE_AT_END.exec(before)?.[0].trim();
}

function firstOfRun(tokens: readonly NameToken[], index: number): number {
  let first = index;
  while (first > 0 && tokens[first]!.joined) first--;
  return first;
}

const NOMINATIVE_FORM = /^\p{Ll}{3,}(?:ая|яя|ой|ый|ий)$/u;
/** A place's adjective after a name is the start of a place: "Мария Южная Каролина" is rare. */
const PLACE_WORD = /^(?:южн|северн|западн|восточн|верхн|нижн)/u;

/**
 * A surname shaped like an adjective after a listed given name: "Нина Садовая", "Айгерім Белая
 * жазды". Only a name as listed ("Нина", not "Вера", a word too). Before the given name such a
 * word is an epithet far more often ("Дорогая Нина", "Бедный Миша", "Типичная Маша") and is
 * left to the classifier.
 */
export function isAdjectiveSurnameAfterGivenName(tokens: readonly NameToken[], index: number): boolean {
  const token = tokens[index]!;
  if (!token.capitalised || token.place || token.subject || token.given !== undefined || !token.joined) return false;
  if (!NOMINATIVE_FORM.test(token.word) || PLACE_ADJECTIVE.test(token.word) || PLACE_WORD.test(token.word)) return false;
  const previous = tokens[index - 1];
  return previous !== undefined && previous.capitalised && previous.given === 'given' && !previous.subject;
}
