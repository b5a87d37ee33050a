import type { NameToken } from './name-token.js';
import { isBesideNamePart } from './town-names.js';

/**
 * The streets every town of the former Soviet Union has, named by an adjective with "улица" left
 * out: "на Парковой", "по Садовой", "на Луговой", "пробка на Кольцевой". Residents locate a
 * problem by them; the name classifier read the feminine "-ой" as a surname's ("Петровой").
 * Stems, before the feminine ending.
 */
const STREET_ADJECTIVE_STEMS = `
парков садов лугов кольцев полев лесн степн строительн центральн школьн заводск советск
красноармейск первомайск октябрьск комсомольск пионерск пролетарск молодежн набережн заречн
зелен нов стар северн южн восточн западн солнечн вокзальн железнодорожн почтов речн озерн
берегов нагорн горн фабричн трудов торгов больничн шоссейн промышленн дачн весенн цветочн
вишнев сиренев тополин кленов дорожн гаражн спортивн студенческ
партизанск рыночн базарн колхозн совхозн рабоч мирн юбилейн ленинградск московск
`.split(/\s+/).filter((stem) => stem !== '');

/** The feminine forms of each, "ё" written "е": "Парковая", "Парковой", "Парковую", "Весенней". */
const FORMS: ReadonlySet<string> = new Set(STREET_ADJECTIVE_STEMS.flatMap((stem) =>
  ['ая', 'ой', 'ую', 'яя', 'ей', 'юю'].map((ending) => stem + ending)));

/**
 * A preposition that a street takes: "на Парковой", "по Садовой", "с Луговой", "до Кольцевой",
 * "вдоль Набережной", "угол Советской"; capitalised too, opening the sentence. A resident's word
 * too, which a person's surname does not follow in the feminine genitive.
 */
const STREET_PREPOSITION_BEFORE = new RegExp(
  '(?<!\\p{L})(?:на|по|с|со|до|от|угол|угла|углу|между|возле|около|вдоль|напротив|' +
    'в сторону|в направлении|' +
    // "жители Парковой": residents of the street.
    'жител\\p{L}{0,4}) $',
  'iu',
);
/** "угол Школьной и Садовой": the second of two streets. */
const AND_BEFORE = /^ и $/u;
/** A house number after the street: "Парковая 12", "Садовой, 5". */
const HOUSE_NUMBER_AFTER = /^,? (?:д\. ?)?\d{1,4}(?!\d)/u;
const LOOKBEHIND = 16;

/**
 * Whether a capitalised word the classifier took for a name is an adjective street's name where
 * the text reads it as a street: after a street's preposition, a resident's word or another street
 * and "и", or before a house number; and not joined to a given name, a patronymic, an initial or a
 * surname ("Нина Садовая" is a person).
 */
export function isAdjectiveStreetReading(
  tokens: readonly NameToken[], index: number, text: string,
): boolean {
  const token = tokens[index]!;
  if (!token.capitalised || !FORMS.has(token.word.replace(/ё/gu, 'е'))) return false;
  if (isBesideNamePart(tokens, index)) return false;
  const before = text.slice(Math.max(0, token.start - LOOKBEHIND), token.start);
  const previous = tokens[index - 1];
  if (previous?.place && AND_BEFORE.test(text.slice(previous.end, token.start))) return true;
  const after = text.slice(token.end, token.end + 8);
  return STREET_PREPOSITION_BEFORE.test(before) || HOUSE_NUMBER_AFTER.test(after);
}
