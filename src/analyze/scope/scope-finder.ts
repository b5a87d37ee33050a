/**
 * Tells whether a post is about the project's own place, only about other places, or names no
 * place at all, so that news about Sochi or Syria does not count toward the city's issues.
 *
 * The project's place is its city and the city's other names, its districts and neighbourhoods,
 * its streets beside a street word ("ул. Абая", "Абай даңғылы"), the names the project file adds
 * under `scope:`, and its officials and city bodies: a post naming the akim is about the city. Other
 * places are the gazetteer's. A post naming both is the project's ("в Алматы и Астане"); the
 * country the city is in names no other place ("в Казахстане выросли тарифы").
 *
 * At each word the longest name wins, so "Алматы облысы" (the region around the city) is
 * another place although "Алматы" alone is the city; between names of equal length the
 * project's own wins ("Жетысу" is a district of Almaty and a region).
 *
 * A place's adjective ("российский") and its people ("москвичи") count where the gazetteer lists
 * them as beginnings of words (`российск*`), but not before money or a language: "американских
 * долларов" and "английский язык" name no place. The adjectives of countries whose goods and
 * languages are everyday words (`китайск~`, `турецк~`) count only before a word for the state or
 * its people within the next two words ("турецкие власти", "французских заложников"): "китайские
 * автобусы" in a post about the city names no other place. Kazakh endings on a name are also
 * stripped back to the whole name ("Сочиде", "Бакуге"), which the Kazakh stemmer misses.
 *
 * LIMITATION: a post about a village the gazetteer lacks names no place until the project lists
 * it under `scope.elsewhere`; the gazetteer has Kazakhstan's district centres and larger villages,
 * not every aul. A post that only implies a place ("Walmart", "губернатор", a foreign politician's
 * name) is `none`: telling those would need a list of people and companies by country.
 */
import type { AnalysisText } from '../analysis-text.js';
import type { PostScope } from '../analysis.js';
import { compileAliasWord } from '../mentions/alias-word.js';
import { formKey } from '../mentions/word-keys.js';
import type { WordInfo } from '../word-info.js';
import type { Project } from '../../project/project.js';
import { normaliseForMatching } from '../../text/normalise.js';
import { foldKazakhLetters } from '../../text/russian-keyboard.js';
import { tokenise, type TokenScript } from '../../text/tokenise.js';
import { GAZETTEER, gazetteerPlaceNamed, otherPlaceNamedBy, type GazetteerPlace } from '../../project/gazetteer.js';
import { MINIMUM_PLACE_STEM, strippedPlaceStems } from './kazakh-place-endings.js';
import { namesTownInBrackets } from '../places/town-in-brackets.js';

/** Whose a name is: the project's place, another place, or the country that holds the city. */
type Owner = 'home' | 'elsewhere' | 'country';

/** A place name in a post, as written there (normalised), and whose it is. */
export interface PlaceNamed {
  readonly name: string;
  readonly owner: Owner;
}

/** One way of writing a place, compiled: the keys of each of its words. */
interface PlaceName {
  readonly owner: Owner;
  /** Lookup keys of each word; a beginning of words is one prefix instead. */
  readonly words: readonly WordPattern[];
  /**
   * Counts only with a capital letter: `mid-sentence` also not opening a sentence ("Орёл",
   * "Семей"), `any` wherever it stands ("Белый дом").
   */
  readonly capital: 'mid-sentence' | 'any' | null;
  /** A country's adjective that counts only before a word for its state or people (`китайск~`). */
  readonly beforeActor: boolean;
  /** A street: counts only beside a street word ("ул. Абая", "Абай даңғылы"). */
  readonly street: boolean;
}

type WordPattern = { readonly keys: ReadonlySet<string> } | { readonly prefix: string };

/** Where a name matched: the words it took and whose it is. */
interface Found {
  readonly length: number;
  readonly owner: Owner;
}

/** Beginnings of the words for street, avenue, square, in Russian, Kazakh and English. */
const STREET_WORDS = [
  'ул', 'улиц', 'пр', 'просп', 'проспект', 'бульвар', 'шоссе', 'тракт', 'переул', 'площад', 'мкр',
  'көше', 'коше', 'даңғыл', 'дангыл', 'алаң', 'street', 'st', 'avenue', 'ave', 'kóshe', 'koshe',
  'dańǵyl', 'dangyl',
];
/**
 * Kazakh words whose stem is a place's: "қарағанда" (compared with) and "қараған" (looked) that
 * of Қарағанды, "қатар" (a row) Qatar's.
 */
const NOT_PLACES = new Set(['қарағанда', 'карағанда', 'қараганда', 'қараған', 'караған', 'қатар', 'қатары']);
/**
 * Beginnings of words for money and languages: after a place's adjective or its people's word
 * they name no place ("американских долларов", "российских рублях", "английский язык").
 */
const NOT_PLACE_HEADS = [
  'доллар', 'рубл', 'юан', 'евро', 'фунт', 'лир', 'иен', 'йен', 'вон', 'манат', 'гривн', 'сум',
  'сом', 'франк', 'валют', 'тенге', 'теңге', 'язык', 'тіл', 'тил', 'dollar', 'rouble', 'ruble',
  'yuan', 'language',
];
/**
 * Beginnings of words for a country's state and its people, in Russian and Kazakh: after such
 * an adjective they make it another place ("турецкие власти", "китайские военные").
 */
const ACTOR_HEADS = [
  'власт', 'правительств', 'президент', 'премьер', 'министр', 'министерств', 'парламент', 'депутат',
  'политик', 'дипломат', 'посол', 'посольств', 'консульств', 'военн', 'войск', 'армия', 'арми',
  'солдат', 'флот', 'спецслужб', 'разведк', 'полици', 'пограничн', 'суд', 'прокурат', 'сми',
  'журналист', 'гражданин', 'граждан', 'турист', 'заложник', 'оппозиц', 'лидер', 'сборн', 'хакер',
  'компани', 'регулятор', 'чиновник', 'учен', 'медик', 'эксперт', 'город', 'стран', 'сторон',
  'үкімет', 'билік', 'әскер', 'елші', 'азамат', 'тарап', 'мемлекет',
];
const CYRILLIC = /\p{Script=Cyrillic}/u;
const CAPITAL = /^\p{Lu}/u;
/** A name in capitals of up to five letters: США, РФ, АҚШ, КНДР, СПб. */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{0,3}$/u;
/** Shorter Kazakh stems of a name are kept only when they are the whole name ("Иран", "Баку"). */
const MINIMUM_KAZAKH_STEM = 5;
/** What may stand between a sentence's end and its first word: spaces, quotes, brackets, dashes. */
const SENTENCE_GAP = /[\s"'«»„“”()[\]—–-]/u;
const SENTENCE_END = /[.!?…\n]/u;
const NO_CANDIDATES: readonly PlaceName[] = Object.freeze([]);

export class ScopeFinder {
  /** Names by the keys of their first word. */
  readonly #byFirstKey = new Map<string, PlaceName[]>();
  /** Names whose first word is a beginning of words ("алматин*"). */
  readonly #byPrefix: { prefix: string; name: PlaceName }[] = [];
  /** Subjects a mention of which places a post in the city (`localSubjects`). */
  readonly #localSubjects: ReadonlySet<string>;
  /**
   * The names that may start at each word, worked out once per distinct word: trying every
   * beginning of words ("российск*") at every word of every post was a twentieth of the analysis.
   */
  readonly #candidatesOf = new WeakMap<WordInfo, readonly PlaceName[]>();
  /** The project's city in the gazetteer, which a bracket after a name may give as its own. */
  readonly #home: GazetteerPlace | null;

  constructor(project: Project) {
    this.#localSubjects = localSubjects(project);
    const city = gazetteerPlaceNamed(project.city);
    this.#home = city;
    const homeNames = [project.city, ...city?.names ?? [], ...project.scope?.home ?? []];
    for (const district of project.districts) {
      // A district named as another place ("Алматы", "Байқоңыр" in Astana) is the project's only
      // where the district stage found it, beside its word for district; alone it is that place.
      for (const name of district.names) if (otherPlaceNamedBy(name, city) === null) this.#add('home', name);
      for (const name of district.neighbourhoods ?? []) this.#add('home', name);
      for (const name of district.ambiguousNeighbourhoods ?? []) this.#add('home', `?${name}`);
    }
    for (const street of project.streets ?? []) {
      for (const name of street.names) this.#add('home', name, true);
    }
    for (const name of homeNames) this.#add('home', name);
    for (const name of project.scope?.elsewhere ?? []) this.#add('elsewhere', name);
    for (const place of GAZETTEER) {
      if (place === city) continue;
      const owner: Owner = city !== null && place.id === city.country ? 'country' : 'elsewhere';
      for (const name of place.names) this.#add(owner, name);
    }
  }

  /**
   * The post's scope. `districts` are the districts the district stage found and `subjectIds`
   * the monitored subjects it names: a district, or an official or city body, makes it the project's.
   */
  scope(text: AnalysisText, districts: readonly string[], subjectIds: readonly string[]): PostScope {
    if (districts.length > 0 || subjectIds.some((id) => this.#localSubjects.has(id))) return 'home';

    let elsewhere = false;
    const words = text.words;
    for (let index = 0; index < words.length; index++) {
      const found = this.#longestAt(text, index);
      if (found === null) continue;
      // "в Нуре (Карагандинская область)": the town, not the district of that name.
      if (found.owner === 'home' && found.length === 1 && namesTownInBrackets(text, index, this.#home)) continue;
      if (found.owner === 'home') return 'home';
      if (found.owner === 'elsewhere') elsewhere = true;
      index += found.length - 1;
    }
    return elsewhere ? 'elsewhere' : 'none';
  }

  /** The place names the post's words make up, as normalised, with whose each is: for explaining. */
  namesIn(text: AnalysisText): PlaceNamed[] {
    const names: PlaceNamed[] = [];
    for (let index = 0; index < text.words.length; index++) {
      const found = this.#longestAt(text, index);
      if (found === null) continue;
      const words = text.tokens.slice(index, index + found.length).map((token) => token.text);
      names.push({ name: words.join(' '), owner: found.owner });
      index += found.length - 1;
    }
    return names;
  }

  /** The longest name starting at word `index`; the project's own among names of one length. */
  #longestAt(text: AnalysisText, index: number): Found | null {
    const word = text.words[index]!;
    let best: Found | null = null;
    for (const name of this.#candidates(word)) {
      if (!matchesFrom(text, index, name)) continue;
      const length = name.words.length;
      if (best === null || length > best.length || (length === best.length && name.owner === 'home')) {
        best = { length, owner: name.owner };
      }
    }
    return best;
  }

  #candidates(word: WordInfo): readonly PlaceName[] {
    let candidates = this.#candidatesOf.get(word);
    if (candidates !== undefined) return candidates;

    const found: PlaceName[] = [];
    for (const key of placeKeysOf(word)) {
      const names = this.#byFirstKey.get(key);
      if (names !== undefined) found.push(...names);
    }
    for (const { prefix, name } of this.#byPrefix) {
      if (word.text.startsWith(prefix)) found.push(name);
    }
    // Most words start no name: they share one empty list.
    candidates = found.length === 0 ? NO_CANDIDATES : found;
    this.#candidatesOf.set(word, candidates);
    return candidates;
  }

  #add(owner: Owner, written: string, street = false): void {
    const capital = written.startsWith('?') ? 'mid-sentence' : written.startsWith('^') ? 'any' : null;
    const words = tokenise(normaliseForMatching(capital === null ? written : written.slice(1)));
    if (words.length === 0) return;

    const abbreviation = ABBREVIATION.test(written);
    const beforeActor = written.endsWith('~');
    const patterns: WordPattern[] = words.map((word, index) => {
      const isPrefix = index === words.length - 1 && (written.endsWith('*') || beforeActor);
      if (isPrefix) return { prefix: word.text };
      // "США" and "АҚШ" do not decline; declined as words they would give "ақша", money.
      if (abbreviation) return { keys: new Set([formKey(word.text)]) };
      return { keys: placeWordKeys(word.text, word.script, capital === 'mid-sentence', owner !== 'home') };
    });
    const name: PlaceName = { owner, words: patterns, capital, beforeActor, street };
    const first = patterns[0]!;
    if ('prefix' in first) {
      this.#byPrefix.push({ prefix: first.prefix, name });
      return;
    }
    for (const key of first.keys) {
      const names = this.#byFirstKey.get(key);
      if (names === undefined) this.#byFirstKey.set(key, [name]);
      else names.push(name);
    }
  }
}

/**
 * The keys of one word of a place name. A Cyrillic name's Kazakh stem key is kept only when it
 * is long or the whole name: the Kazakh stemmer reads the ends of foreign names as endings, and "Канада" would
 * be the stem of "қана" (only), "Судан" of "су" (water), "Катар" of "қатар" (a row).
 */
function placeWordKeys(word: string, script: TokenScript, capitalOnly: boolean, stripped: boolean): Set<string> {
  const keys = [...compileAliasWord(word, script, true, false).keys.keys()];
  // Lands named with "-ье" decline as nouns, not as indeclinable names: "власти Подмосковья".
  if (script === 'cyrillic' && word.endsWith('ье')) {
    keys.push(...['ья', 'ью', 'ьем'].map((ending) => formKey(`${word.slice(0, -1)}${ending.slice(1)}`)));
  }
  const whole = foldKazakhLetters(word);
  // The whole name, for words whose Kazakh endings are stripped back to it ("Сочиде"). Only
  // the gazetteer's: the district stage finds the city's own names with their endings, and
  // stripped, "Орбитадағы" (a hospital's ward) would be the neighbourhood Орбита.
  if (stripped && script === 'cyrillic' && whole.length >= MINIMUM_PLACE_STEM) keys.push(`w:${whole}`);
  // A name that is also a word is matched in its own case forms only: the Kazakh stem of
  // "Казань" is that of "қазан" (October, a cauldron), and "Есік" that of "есігі" (its door).
  if (capitalOnly) return new Set(keys.filter((key) => !key.startsWith('k:')));
  // An English or Kazakh Latin name is matched in Latin letters only: read as Cyrillic, "Gaza"
  // is "газа" (of gas). The Cyrillic names of the same place find its Cyrillic forms, and their
  // Kazakh stems find "Qaraǵandyda".
  if (script === 'latin') return new Set(keys.filter((key) => key.startsWith('f:') && !CYRILLIC.test(key)));
  return new Set(keys.filter((key) => {
    if (!key.startsWith('k:')) return true;
    const stem = key.slice(2);
    return stem.length >= MINIMUM_KAZAKH_STEM || stem === whole;
  }));
}

/**
 * The subjects that are the city's own: its officials, and bodies whose short names need the
 * city beside them (the akimat). "Полиция" and "Правительство" are every country's: a post
 * naming them may be about Germany.
 */
function localSubjects(project: Project): Set<string> {
  const local = project.subjects.filter((subject) => subject.kind === 'official' || subject.context.length > 0);
  return new Set(local.map((subject) => subject.id));
}

function matchesFrom(text: AnalysisText, index: number, name: PlaceName): boolean {
  const { words } = text;
  if (index + name.words.length > words.length) return false;
  const all = name.words.every((pattern, offset) => matchesWord(words[index + offset]!, pattern));
  if (!all) return false;
  if (name.capital === 'mid-sentence' && !isCapitalMidSentence(text, index)) return false;
  if (name.capital === 'any' && !isCapital(text, index)) return false;
  const next = index + name.words.length;
  if (name.street) return isStreetWord(words[index - 1]) || isStreetWord(words[next]);
  if ('prefix' in name.words.at(-1)! && startsWithAny(words[next], NOT_PLACE_HEADS)) return false;
  if (name.beforeActor) return startsWithAny(words[next], ACTOR_HEADS) || startsWithAny(words[next + 1], ACTOR_HEADS);
  return true;
}

function matchesWord(word: WordInfo, pattern: WordPattern): boolean {
  if (NOT_PLACES.has(word.text)) return false;
  if ('prefix' in pattern) return word.text.startsWith(pattern.prefix);
  return placeKeysOf(word).some((key) => pattern.keys.has(key));
}

const placeKeys = new WeakMap<WordInfo, readonly string[]>();

/** A word's name keys, and for a Cyrillic word the names its Kazakh endings may hide ("w:сочи"). */
function placeKeysOf(word: WordInfo): readonly string[] {
  let keys = placeKeys.get(word);
  if (keys !== undefined) return keys;
  const stems = word.script === 'cyrillic' ? strippedPlaceStems(foldKazakhLetters(word.text)) : [];
  keys = stems.length === 0 ? word.nameKeys : [...word.nameKeys, ...stems.map((stem) => `w:${stem}`)];
  placeKeys.set(word, keys);
  return keys;
}

function startsWithAny(word: WordInfo | undefined, beginnings: readonly string[]): boolean {
  return word !== undefined && beginnings.some((beginning) => word.text.startsWith(beginning));
}

function isStreetWord(word: WordInfo | undefined): boolean {
  return word !== undefined && STREET_WORDS.some((street) => word.text === street || (street.length > 2 && word.text.startsWith(street)));
}

function isCapital(text: AnalysisText, index: number): boolean {
  const start = originalStart(text, text.tokens[index]!.start);
  return CAPITAL.test(text.original.slice(start, start + 1));
}

/** Whether word `index` is written with a capital letter and does not open a sentence. */
function isCapitalMidSentence(text: AnalysisText, index: number): boolean {
  if (!isCapital(text, index)) return false;
  const { original } = text;
  const start = originalStart(text, text.tokens[index]!.start);

  let before = start - 1;
  while (before >= 0 && SENTENCE_GAP.test(original[before]!) && original[before] !== '\n') before--;
  return before >= 0 && !SENTENCE_END.test(original[before]!);
}

function originalStart(text: AnalysisText, start: number): number {
  return text.origin === null ? start : text.origin[start]!;
}
