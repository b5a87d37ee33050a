import { GAZETTEER } from '../../project/gazetteer.js';
import { givenNameIndex } from './given-name-index.js';
import { nameKey } from './name-key.js';
import { isKazakhGivenNameShaped, isSurnameShaped } from './name-shapes.js';
import type { NameToken } from './name-token.js';
import { surnameIndex } from './surname-index.js';

/**
 * Russian case endings on a town's name, as name keys spell them: "Сарани", "Шахтинска",
 * "Талгаром", "Караганде".
 */
const RUSSIAN_ENDINGS = new Set([
  '', 'a', 'ia', 'u', 'iu', 'e', 'i', 'om', 'em', 'oi', 'ei', 'oiu', 'eiu',
]);
/**
 * Kazakh case endings, one or two in a chain, as name keys spell them (і, ы and и are all "i"):
 * "Талғардан", "Сараньда", "Шахтинскіде", "Есікке", "Талдықорғандағы".
 */
const KAZAKH_ENDINGS = new Set([
  'da', 'de', 'ta', 'te', 'nda', 'nde', 'dagi', 'degi', 'tagi', 'tegi', 'ndagi', 'ndegi',
  'dan', 'den', 'tan', 'ten', 'nan', 'nen', 'ga', 'ge', 'ka', 'ke', 'na', 'ne', 'ni', 'di', 'ti',
  'nin', 'din', 'tin', 'men', 'ben', 'pen', 'lik', 'dik', 'tik',
]);
const LONGEST_ENDING = 5;
/** A stem shorter than this matches only whole: "Уфа", "Ош". */
const SHORTEST_DECLINED_STEM = 4;
/** The last letter a Russian case ending replaces: Сарань → Сарани, Караганда → Караганде. */
const REPLACED_LAST_LETTER = /[аяйьеоы]$/u;

/**
 * A preposition of place or a resident's word before the town: "в Сарани", "из Шахтинска",
 * "около Каскелена", "жители Сарани"; also capitalised, opening the sentence.
 */
const PLACE_PREPOSITION_BEFORE = new RegExp(
  '(?<!\\p{L})(?:в|во|из|из-под|на|до|от|под|около|возле|у|через|к|ко|за|близ|вблизи|между|по|с|со|' +
    'жител\\p{L}{0,4}|город[аеу]?|г\\.) ?$',
  'iu',
);
/** "в Жанибеке", "в Курчатове": Russian says "у Жанибека" of a person, never "в". */
const IN_BEFORE = /(?<!\p{L})(?:в|во) $/iu;
const PREPOSITION_LOOKBEHIND = 12;
const AND_BEFORE = /^ и $/u;

/** What the gazetteer says of one stem: whether the town is also a word, a given name or a surname. */
interface TownStem {
  readonly doubtful: boolean;
  /** A town of Kazakhstan, which posts from its cities name most. */
  readonly home: boolean;
  /** The name's own key, so that a declined form can be told from the nominative. */
  readonly nominative: string;
}

let shared: ReadonlyMap<string, TownStem> | undefined;

/**
 * The built-in gazetteer's one-word names by script and stem key: "Csaran" for Сарань,
 * "Ckaragand" and "Ckaraganda" for Караганда. A name the gazetteer marks `?` (also a word or a
 * given name), one on the given-name or surname lists ("Жанибек"), and one shaped like a surname
 * ("Курчатов") or a Kazakh given name ("Жетібай", which a man may be called off the lists) is
 * doubtful.
 */
function townStems(): ReadonlyMap<string, TownStem> {
  if (shared) return shared;
  const givenNames = givenNameIndex();
  const surnames = surnameIndex().listed;
  const stems = new Map<string, TownStem>();
  for (const place of GAZETTEER) {
    for (const written of place.names) {
      if (/[\s*~]/u.test(written)) continue;
      const name = written.replace(/^[?^]/u, '');
      const key = nameKey(name);
      const lower = name.toLowerCase();
      const doubtful = written.startsWith('?') || givenNames.has(key) || surnames.has(key) ||
        isSurnameShaped(lower) || isKazakhGivenNameShaped(lower);
      const stem = { doubtful, home: place.country === 'kz', nominative: key };
      for (const stemKey of [key, nameKey(name.replace(REPLACED_LAST_LETTER, ''))]) {
        const known = stems.get(scriptOf(name) + stemKey);
        if (known !== undefined && (known.doubtful || !doubtful)) continue;
        stems.set(scriptOf(name) + stemKey, stem);
      }
    }
  }
  shared = stems;
  return stems;
}

/** A town of the gazetteer a word names, and whether its ending is a Kazakh case ending. */
interface TownForm {
  readonly stem: TownStem;
  readonly declined: boolean;
  readonly kazakh: boolean;
}

/**
 * "L" for a name in Latin letters, "C" for Cyrillic: "?Saran" is doubtful in Latin, where it is
 * also a word, and "Сарань" is not.
 */
function scriptOf(written: string): string {
  return /^[A-Za-z]/u.test(written) ? 'L' : 'C';
}

function townForm(written: string, key: string): TownForm | undefined {
  const stems = townStems();
  const script = scriptOf(written);
  for (let length = 0; length <= LONGEST_ENDING && length < key.length; length++) {
    const stemKey = key.slice(0, key.length - length);
    const ending = key.slice(key.length - length);
    const stem = stems.get(script + stemKey);
    if (stem === undefined || (length > 0 && stemKey.length < SHORTEST_DECLINED_STEM)) continue;
    const russian = RUSSIAN_ENDINGS.has(ending);
    const kazakh = KAZAKH_ENDINGS.has(ending);
    if (russian || kazakh) return { stem, declined: key !== stem.nominative, kazakh: kazakh && !russian };
  }
  return undefined;
}

/**
 * Whether a capitalised word the classifier took for a name is one of the built-in towns where
 * the text reads it as a place: after a preposition of place or a resident's word ("В Сарани
 * закрыли поликлинику", "из Шахтинска", "жители Сарани"), or with a Kazakh case ending
 * ("Талғардан келетін автобус"). A town that is also a given name or a surname ("Жанибек",
 * "Курчатов") counts only in the Russian locative after "в" ("в Жанибеке"): "Жанибекке",
 * "из Жанибека" may be a person as well; so does a form of a town abroad that is also a listed
 * given name's ("Милане" of Milan). A word joined to a given name, a patronymic or an
 * initial is part of a person's name ("Жанибек Ахметов"), whatever its case.
 */
export function isTownReading(tokens: readonly NameToken[], index: number, text: string): boolean {
  const token = tokens[index]!;
  if (!token.capitalised || token.patronymic) return false;
  const form = townForm(text.slice(token.start, token.end), token.key);
  if (form === undefined || isBesideNamePart(tokens, index)) return false;

  const before = text.slice(Math.max(0, token.start - PREPOSITION_LOOKBEHIND), token.start);
  // "к Милане" is a girl's name before it is Milan's case form; "из Сарани" is Сарань's alone.
  const givenNameForm = token.given === 'given' || token.given === 'ambiguous';
  if (form.stem.doubtful || (givenNameForm && !form.stem.home)) {
    return form.declined && !form.kazakh && IN_BEFORE.test(before) && /[ei]$/u.test(token.key);
  }
  return form.kazakh || PLACE_PREPOSITION_BEFORE.test(before) || isSecondOfTwoPlaces(tokens, index, text);
}

/** "В Жанибеке и Казталовке", "из Сарани и Шахтинска": a town after another place and "и". */
function isSecondOfTwoPlaces(tokens: readonly NameToken[], index: number, text: string): boolean {
  const previous = tokens[index - 1];
  if (previous === undefined) return false;
  if (!AND_BEFORE.test(text.slice(previous.end, tokens[index]!.start))) return false;
  return previous.place || townForm(text.slice(previous.start, previous.end), previous.key) !== undefined;
}

/** Whether a word joined to the token is a given name, a patronymic, an initial or a surname. */
export function isBesideNamePart(tokens: readonly NameToken[], index: number): boolean {
  const token = tokens[index]!;
  const previous = token.joined ? tokens[index - 1] : undefined;
  const next = tokens[index + 1]?.joined ? tokens[index + 1] : undefined;
  return [previous, next].some((word) => word !== undefined && !word.place && isNamePart(word));
}

function isNamePart(word: NameToken): boolean {
  const listedGiven = word.given === 'given' || word.given === 'ambiguous';
  return listedGiven || word.patronymic || word.initial || word.surname;
}
