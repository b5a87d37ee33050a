/**
 * Finds which of the city's districts a post is about. A Russian district adjective names its
 * district alone in any case form (в Ауэзовском районе, Медеуского района, Auezovskiy); a bare
 * name (Әуезов, Medeu, Турксиб) counts only next to the word for district (Әуезов ауданында,
 * Medeu district, в районе Медеу), because alone it is as often a writer, a skating rink, a
 * railway or a street.
 *
 * Residents more often name their microdistrict than their district: a neighbourhood the
 * project lists names its district alone ("в Аксае", "Алгабас"); one whose name is also a word or
 * a given name ("Орбита", "Самал", "Көктем") only beside a word for microdistrict ("мкр Орбита",
 * "Самал шағын ауданы") or with the number of its part ("Самал-2", "Жетысу-3").
 *
 * Residents also name a district by its bare name in the locative, as they name a place they
 * are in: "в Турксибе", "на Турксибе", "в Бостандыке", and in Kazakh "Түрксібте", "Бостандықта",
 * "Наурызбайда". Only names ending in a consonant: the locative then has its own ending, while
 * "на Медеу" (the skating rink), "в Алатау" (the mountains) and "Жетісуда" (the region) do not
 * decline apart from the places they share a name with. The Russian form counts after "в", "во"
 * or "на" only, so "о Мухтаре Ауэзове" stays the writer.
 *
 * A bare name alone is read as the district where the words around it leave no other reading:
 * the subject of a sentence before its word for district ("Есиль — самый дорогой район") or an
 * address ("Есиль, ЖК Хайвил"), a list of two districts ("Сарыарка и Байконур"), the genitive
 * after a place in the district or "из" ("в новостройках Нуры", "из Нуры"; not "набережной
 * Есиля", the river). A town of the same name in brackets after it ("в Нуре (Карагандинская
 * область)") is that town.
 *
 * LIMITATION: a bare name opening a sentence with only the city beside it ("Сарыарка ждёт
 * ремонта дорог, акимат Астаны молчит") is not read, as the river and the steppe open sentences
 * so too; the issue of the post would tell them apart.
 *
 * LIMITATION: neighbourhoods of more than one word ("Горный Гигант") and streets are not mapped
 * to districts; phrase matching and a street gazetteer would lift this.
 */
import { originalSpan, type AnalysisText } from '../analysis-text.js';
import type { District } from '../../project/project.js';
import { russianWordForms } from '../../text/inflect/russian-declension.js';
import { isKazakhCaseEnding } from '../../text/kazakh-case-ending.js';
import { latinSkeleton } from '../../text/latin-skeleton.js';
import { normaliseForMatching } from '../../text/normalise.js';
import { tokenise, type Token } from '../../text/tokenise.js';
import { kazakhLatinToCyrillic } from '../../text/transliterate-kazakh.js';
import { latinSpellings } from '../../text/transliterate-russian.js';
import { gazetteerPlaceNamed, otherPlaceNamedBy, type GazetteerPlace } from '../../project/gazetteer.js';
import { compileAliasWord } from '../mentions/alias-word.js';
import { namesTownInBrackets } from './town-in-brackets.js';
import { formKey } from '../mentions/word-keys.js';
import { wordInfo, type WordInfo } from '../word-info.js';

// "aýdan": Kazakh in the 2018 Latin alphabet, whose ý is у.
const DISTRICT_WORDS = ['аудан', 'район', 'audan', 'aýdan', 'aydan', 'raion', 'rayon', 'district'];
/** The word for district in the plural, after a list of names: аудандарында, районах, districts. */
const PLURAL_DISTRICT_WORD = /^(?:аудандар|audandar|aýdandar|район(?:ы|ов|ам|ами|ах)$|raion(?:y|ov|akh)$|districts$)/u;
/** Words joining the names of a list: "Қаратау және Тұран", "Абай мен Тұран", "Turan and Karatau". */
const LIST_CONJUNCTIONS = new Set(['және', 'мен', 'пен', 'бен', 'и', 'and', 'jäne', 'zhane', 'jane', '&']);
/** Names a list of districts holds before its word for district, the first one not counted. */
const MAX_LISTED_DISTRICTS = 4;
/** Beginnings of the words for microdistrict: мкр, мкрн, микрорайоне, шағын (ауданы), ықшамауданы. */
const MICRODISTRICT_WORDS = [
  'мкр', 'микрорайон', 'шағын', 'шагын', 'ықшам', 'ыкшам', 'массив', 'mkr', 'mikrora', 'microdistrict',
  'shagyn', 'şağyn',
];
/** A place name in the plural (Чубары, Черёмушки) and the endings of its other cases. */
const PLURAL_PLACE = /\p{L}{3}[ыи]$/u;
const PLURAL_ENDINGS = ['ов', 'ей', 'ам', 'ами', 'ах', 'ям', 'ями', 'ях'];
/**
 * The number of a neighbourhood's part: "Самал-2", "Аксай-3а", with a Kazakh case ending glued
 * to it or after a hyphen ("Самал-2де", "Орбита-3те", "Аксай-4-ке", "Жетісу-2-дегі").
 */
const PART_NUMBER = /^\d{1,2}(?:\p{L}|[дт][аеы]|[дт][аеы]н|[дт]ағы|[дт]егі|[гкғқ][аеы]|н[ыі]ң|[дт][ыі]ң|[нд][ыі])?$/u;
const RUSSIAN_ADJECTIVE = /(ский|цкий|ской)$/;
/** A Cyrillic name ending in a consonant, whose locative has an ending of its own. */
const CONSONANT_FINAL = /[бвгджзйклмнңпрстфхцчшщқғһ]$/;
/**
 * A name ending in -а, -я or -ь, which Russian declines like a noun: "в Сарыарке", "в Нуре", "в
 * Есиле". Its Kazakh locative is left out: "Сарыарқада" is as often the steppe; and "на" before
 * it is left out, since such names are also avenues' ("ямы на Сарыарке").
 */
const DECLINED_VOWEL_FINAL = /[аяь]$/;
/**
 * Gazetteer ids of the cities of republican significance. Every city's posts name them and set
 * them beside their own ("Живу в Алматы, но работаю в Астане"), so a district that shares a
 * name with one (Astana's Алматы ауданы) is never read from the bare name beside the city.
 */
const REPUBLICAN_CITIES = new Set(['almaty', 'astana', 'shymkent']);
/** Russian prepositions of place that take the locative: "в Турксибе", "на Турксибе". */
const LOCATIVE_PREPOSITIONS = new Set(['в', 'во', 'на']);
/**
 * Words for a place in a district that take its name in the genitive: "в новостройках Нуры",
 * "жители Сарыарки", "школе №3 Сарыарки". Not "набережной", "улицы": the river's and the avenue's.
 */
const GENITIVE_HEADS = [
  'жител', 'школ', 'новостро', 'двор', 'дом', 'поликлиник', 'больниц', 'садик', 'детсад', 'подъезд', 'акимат',
];
/** The word "из": "Марат из Нуры". */
const FROM = 'из';
/** Words a district's name stands before in an address: "Есиль, ЖК Хайвил". */
const ADDRESS_WORDS = new Set(['жк', 'мкр', 'ул', 'улица']);
/** Words after a bare name and its dash within which a word for district defines it: "Есиль — самый дорогой район". */
const DEFINING_DISTANCE = 4;
/** Kazakh locative endings; every one is listed, since writers break vowel harmony. */
const KAZAKH_LOCATIVE_ENDINGS = ['да', 'де', 'та', 'те'];

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** What one word can tell about districts. */
interface Role {
  /** A district this word names alone (a Russian district adjective). */
  readonly alone: string | null;
  /** Districts this word begins the name of, when the word for district is beside that name. */
  readonly besideDistrictWord: readonly DistrictName[] | null;
  /** Whether this is the word for district itself (районе, ауданында, district). */
  readonly districtWord: boolean;
  /** A district this word names when a word for microdistrict is beside it. */
  readonly besideMicrodistrictWord: string | null;
  /** Whether this is a word for microdistrict (мкр, микрорайоне, шағын). */
  readonly microdistrictWord: boolean;
  /** A district whose bare name this word is in the Russian locative ("в Турксибе"). */
  readonly afterLocativePreposition: string | null;
  /**
   * A district whose bare name, in any case form, is also a town elsewhere ("Қаратауға", "в
   * Каратау"): the district when the post names the city or another of its districts.
   */
  readonly besideCity: string | null;
  /** Whether this word names the project's city ("Шымкентте", "Shymkent"). */
  readonly city: boolean;
  /** A district whose one-word name this word is, as written ("Есиль", "Сарыарка"). */
  readonly bare: string | null;
  /** A district whose one-word name this word is in the Russian genitive ("Нуры", "Сарыарки"). */
  readonly genitive: string | null;
}

/** A district's bare name by its first word: the district, and the keys of the words after it. */
interface DistrictName {
  readonly districtId: string;
  /** Each later word's keys, for names of several words ("Қазыбек би", "Әлихан Бөкейхан"). */
  readonly following: readonly ReadonlySet<string>[];
}

const NOTHING: Role = {
  alone: null,
  besideDistrictWord: null,
  districtWord: false,
  besideMicrodistrictWord: null,
  microdistrictWord: false,
  afterLocativePreposition: null,
  besideCity: null,
  city: false,
  bare: null,
  genitive: null,
};

export class DistrictMatcher {
  /** Each distinct word's role, worked out once. */
  readonly #roles = new WeakMap<WordInfo, Role>();
  /** Keys of adjective forms, which name a district alone. */
  readonly #byAdjective = new Map<string, string>();
  /** Latin spellings of the adjectives' stems (auezovsk), matched as prefixes. */
  readonly #latinAdjectives: { prefix: string; districtId: string }[] = [];
  /** Keys of bare names' first words, which need the word for district beside the name. */
  readonly #byName = new Map<string, DistrictName[]>();
  /** Keys of neighbourhoods, which name their district alone. */
  readonly #byNeighbourhood = new Map<string, string>();
  /** Keys of ambiguous neighbourhoods, which need a word for microdistrict or a part number. */
  readonly #byAmbiguousNeighbourhood = new Map<string, string>();
  /** Russian locatives of bare names (турксибе), which need "в" or "на" before them. */
  readonly #byRussianLocative = new Map<string, string>();
  /** Those of them that need "в" or "во": the locatives of names ending in a vowel or -ь. */
  readonly #locativesAfterInOnly = new Set<string>();
  /** Kazakh locatives of bare names (түрксібте, турксибте), which name their district alone. */
  readonly #byKazakhLocative = new Map<string, string>();
  /** Keys of bare one-word names that are also towns elsewhere ("Қаратау" in Shymkent). */
  readonly #byTownName = new Map<string, string>();
  /** One-word names as written and folded (есиль, сарыарка, байконыр), by text. */
  readonly #byBareName = new Map<string, string>();
  /** Their Russian genitives (нуры, сарыарки, есиля), by text. */
  readonly #byGenitive = new Map<string, string>();
  /** Keys of the city's names. */
  readonly #cityKeys = new Set<string>();
  /** The place another city's name gives a district (Astana's "Алматы"), by district. */
  readonly #otherPlaces = new Map<string, GazetteerPlace>();
  /** The project's own city in the gazetteer, which no district name counts as another place. */
  readonly #home: GazetteerPlace | null;

  /** `cityNames`: the project's city's names ("Шымкент", "Shymkent"), which settle a bare town name. */
  constructor(districts: readonly District[], cityNames: readonly string[] = []) {
    this.#home = cityNames.length > 0 ? gazetteerPlaceNamed(cityNames[0]!) : null;
    for (const name of cityNames) {
      const word = tokenise(normaliseForMatching(name))[0];
      if (word !== undefined && !word.text.includes('*')) for (const key of placeKeys(word)) this.#cityKeys.add(key);
    }
    for (const district of districts) {
      for (const name of district.names) {
        this.#addName(district.id, name);
        // "Аль-Фарабийский", "Әл-Фараби" are also written with a space: "аль фарабийском районе".
        if (/\p{L}-\p{L}/u.test(name)) this.#addName(district.id, name.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '));
      }
      for (const name of district.neighbourhoods ?? []) {
        addKeys(this.#byNeighbourhood, district.id, name);
      }
      for (const name of district.ambiguousNeighbourhoods ?? []) {
        addKeys(this.#byAmbiguousNeighbourhood, district.id, name);
      }
    }
  }

  /** Ids of the districts `text` is about, in order of first mention. */
  match(text: AnalysisText): string[] {
    let found: string[] | null = null;
    const words = text.words;
    let cityNamed = false;
    let townNames: { index: number; districtId: string }[] | null = null;
    // A word typed half in Latin needs Cyrillic in the text: English posts skip the rereading.
    let holdsCyrillic: boolean | undefined;

    for (let index = 0; index < words.length; index++) {
      let role = this.#roleOf(words[index] as WordInfo);
      if (role === NOTHING && words[index]!.script === 'latin' && (holdsCyrillic ??= CYRILLIC_LETTER.test(text.original))) {
        role = this.#mixedScriptRole(text, index);
      }
      if (role === NOTHING) continue;
      if (role.city) cityNamed = true;

      let districtId = role.alone;
      const next = words[index + 1];
      const previous = words[index - 1];
      if (districtId === null && role.afterLocativePreposition !== null && isLocativePreposition(previous) &&
        !(previous!.text === 'на' && this.#locativesAfterInOnly.has(words[index]!.text))) {
        districtId = role.afterLocativePreposition;
      }
      if (districtId === null && role.besideDistrictWord !== null) {
        districtId = this.#nameBesideDistrictWord(role.besideDistrictWord, words, index);
      }
      if (districtId === null && role.besideMicrodistrictWord !== null) {
        const beside = this.#isMicrodistrictWord(next) || this.#isMicrodistrictWord(previous);
        if (beside) districtId = role.besideMicrodistrictWord;
      }
      if (districtId === null && role.bare !== null && this.#bareNameCounts(text, index, role.bare)) {
        districtId = role.bare;
      }
      if (districtId === null && role.genitive !== null && this.#genitiveCounts(words, index, role.genitive)) {
        districtId = role.genitive;
      }
      if (districtId !== null && districtId !== role.alone && namesTownInBrackets(text, index, this.#home)) continue;
      if (districtId === null && role.besideCity !== null) {
        (townNames ??= []).push({ index, districtId: role.besideCity });
        continue;
      }
      if (districtId === null) continue;
      found ??= [];
      if (!found.includes(districtId)) found.push(districtId);
    }
    if (townNames === null || (!cityNamed && found === null)) return found ?? [];
    return this.#withTownNames(text, found ?? [], townNames);
  }

  /**
   * Whether a bare name is the district by the words around it: a list with another district's
   * bare name ("Сарыарка и Байконур", "Нура, Есиль"), not two names of other places; or, for a
   * name of no other place, a sentence it opens as the subject of its word for district ("Есиль
   * — самый дорогой район") or as an address ("Есиль, ЖК Хайвил").
   */
  #bareNameCounts(text: AnalysisText, index: number, districtId: string): boolean {
    const words = text.words;
    const listed = [-1, 1].some((step) => {
      const joined = LIST_CONJUNCTIONS.has(words[index + step]?.text ?? '');
      const at = joined ? index + 2 * step : index + step;
      const neighbour = words[at];
      const other = neighbour === undefined ? null : this.#roleOf(neighbour).bare;
      // "Абай мен Тұран ауданында": a word for district after the list names only its last.
      const last = Math.max(index, at);
      return other !== null && other !== districtId && (joined || commaBetween(text, Math.min(index, at))) &&
        !this.#isDistrictWord(words[last + 1]) && !(this.#otherPlaces.has(districtId) && this.#otherPlaces.has(other));
    });
    if (listed) return true;
    if (this.#otherPlaces.has(districtId) || !opensSentence(text, index)) return false;
    if (ADDRESS_WORDS.has(words[index + 1]?.text ?? '')) return true;
    if (!dashAfter(text, index)) return false;
    return words.slice(index + 1, index + 1 + DEFINING_DISTANCE).some((word) => this.#isDistrictWord(word));
  }

  /**
   * Whether a name in the genitive is the district: after "из" or a place in it, a number
   * between them allowed ("школе №3 Сарыарки"). Not for a name another place has: "жители
   * Байконура" are the cosmodrome town's.
   */
  #genitiveCounts(words: readonly WordInfo[], index: number, districtId: string): boolean {
    if (this.#otherPlaces.has(districtId)) return false;
    const before = /^\d+$/u.test(words[index - 1]?.text ?? '') ? words[index - 2] : words[index - 1];
    if (before === undefined) return false;
    return before.text === FROM || GENITIVE_HEADS.some((head) => before.text.startsWith(head));
  }

  /**
   * The role of a word typed half in Latin letters, read in Cyrillic: "Карatau ауданы". Folding
   * look-alike letters made it Latin ("kapatau", the Cyrillic р read as p), so the word as
   * written is looked at.
   */
  #mixedScriptRole(text: AnalysisText, index: number): Role {
    const token = text.tokens[index]!;
    const span = originalSpan(text, token.start, token.end);
    const written = text.original.slice(span.start, span.end).toLowerCase();
    if (!CYRILLIC_LETTER.test(written)) return NOTHING;
    const cyrillic = kazakhLatinToCyrillic(written);
    if (LATIN_LETTER.test(cyrillic)) return NOTHING;
    return this.#roleOf(wordInfo({ text: cyrillic, start: 0, end: cyrillic.length, script: 'cyrillic' }));
  }

  /**
   * The districts found and those named by a bare name that is also a town elsewhere, in order
   * of first mention: "Қаратауға су қашан береді? Тұран ауданында бар ғой".
   */
  #withTownNames(text: AnalysisText, found: readonly string[], townNames: readonly { index: number; districtId: string }[]): string[] {
    const firstIndex = (districtId: string): number =>
      text.words.findIndex((word) => this.#mentions(word, districtId));
    const all = [...new Set([...found, ...townNames.map((town) => town.districtId)])];
    const at = new Map(all.map((districtId) => [districtId, townNames.find((town) => town.districtId === districtId)?.index ?? firstIndex(districtId)]));
    return all.sort((a, b) => at.get(a)! - at.get(b)!);
  }

  /** Whether `word` is part of a mention of `districtId` that counts alone or beside its word. */
  #mentions(word: WordInfo, districtId: string): boolean {
    const role = this.#roleOf(word);
    return role.alone === districtId || role.besideMicrodistrictWord === districtId ||
      role.afterLocativePreposition === districtId ||
      (role.besideDistrictWord?.some((name) => name.districtId === districtId) ?? false);
  }

  /**
   * The district whose name starts at `index` with the word for district before or after the
   * whole name: "в районе Казыбек би", "Қазыбек би ауданында", "Әлихан Бөкейхан ауданы".
   */
  #nameBesideDistrictWord(names: readonly DistrictName[], words: readonly WordInfo[], index: number): string | null {
    for (const name of names) {
      const spelled = name.following.every((keys, offset) => {
        const word = words[index + 1 + offset];
        return word !== undefined && word.nameKeys.some((key) => keys.has(key));
      });
      if (!spelled) continue;
      const afterIndex = index + 1 + name.following.length;
      if (this.#isDistrictWord(words[afterIndex])) {
        if (!this.#namesOtherPlace(name.districtId, words[afterIndex + 1])) return name.districtId;
        continue;
      }
      if (this.#isDistrictWord(words[index - 1]) && !this.#namesOtherPlace(name.districtId, words[afterIndex]) &&
        !this.#closesOtherPlacesDistrict(name.districtId, words[index - 2])) {
        return name.districtId;
      }
      if (this.#opensDistrictList(words, afterIndex)) return name.districtId;
    }
    return null;
  }

  /**
   * Whether the words from `from` on finish a list of districts' names before the word for
   * district in the plural: "Қаратау және Тұран аудандарына", "Абай, Тұран аудандарында",
   * "Turan and Karatau districts". The first name of the list stands apart from that word.
   */
  #opensDistrictList(words: readonly WordInfo[], from: number): boolean {
    let at = from;
    for (let listed = 0; listed < MAX_LISTED_DISTRICTS; listed++) {
      if (LIST_CONJUNCTIONS.has(words[at]?.text ?? '')) at++;
      const word = words[at];
      if (word === undefined || this.#roleOf(word).besideDistrictWord === null) return false;
      at++;
      const after = words[at];
      if (after !== undefined && PLURAL_DISTRICT_WORD.test(after.text)) return true;
    }
    return false;
  }

  /**
   * Whether `word` names the other place a district shares its name with, after that name and
   * its word for district: "в Алматинском районе Алматы", "Алматинский район Алматинской области"
   * are the city's and the region's districts.
   */
  #namesOtherPlace(districtId: string, word: WordInfo | undefined): boolean {
    const place = this.#otherPlaces.get(districtId);
    if (place === undefined || word === undefined) return false;
    return place.names.some((written) => {
      const name = normaliseForMatching(written.replace(/^[?^]/u, ''));
      if (name.endsWith('*')) return word.text.startsWith(name.slice(0, -1));
      const first = tokenise(name)[0];
      return first !== undefined && placeKeys(first).some((key) => word.nameKeys.includes(key));
    });
  }

  /**
   * Whether a name after the word for district is the other place a district named just before
   * belongs to: "Алматы" in "Алматинском районе Алматы" is the city, not "в районе Алматы".
   */
  #closesOtherPlacesDistrict(districtId: string, before: WordInfo | undefined): boolean {
    if (before === undefined || !this.#otherPlaces.has(districtId)) return false;
    return this.#roleOf(before).besideDistrictWord?.some((name) => name.districtId === districtId) ?? false;
  }

  #isDistrictWord(word: WordInfo | undefined): boolean {
    return word !== undefined && this.#roleOf(word).districtWord;
  }

  #isMicrodistrictWord(word: WordInfo | undefined): boolean {
    return word !== undefined && this.#roleOf(word).microdistrictWord;
  }

  #roleOf(word: WordInfo): Role {
    let role = this.#roles.get(word);
    if (role === undefined) {
      role = this.#computeRole(word);
      this.#roles.set(word, role);
    }
    return role;
  }

  #computeRole(word: WordInfo): Role {
    const named = namedNeighbourhood(word);
    if (named !== null) {
      // "Самал-2", "Жетысу-3": a part number makes even an ambiguous name a neighbourhood; a
      // case ending alone ("Aqsai-da", "Орбита-да") does not.
      const keys = named.name.nameKeys;
      const alone = firstFound(keys, this.#byNeighbourhood)
        ?? (named.numbered ? firstFound(keys, this.#byAmbiguousNeighbourhood) : null);
      if (alone !== null) return { ...NOTHING, alone };
    }
    const keys = word.nameKeys;
    let alone = firstFound(keys, this.#byAdjective) ?? firstFound(keys, this.#byNeighbourhood)
      ?? this.#byKazakhLocative.get(word.text) ?? this.#byKazakhLocative.get(word.kazakhFolded ?? '') ?? null;
    if (alone === null && word.script === 'latin') {
      const skeleton = latinSkeleton(word.text);
      alone = this.#latinAdjectives.find(({ prefix }) => skeleton.startsWith(prefix))?.districtId ?? null;
    }
    const besideDistrictWord = firstFound(keys, this.#byName);
    const districtWord = DISTRICT_WORDS.some((prefix) => word.text.startsWith(prefix));
    const besideMicrodistrictWord = firstFound(keys, this.#byAmbiguousNeighbourhood);
    const microdistrictWord = word.text === 'м-н'
      || MICRODISTRICT_WORDS.some((prefix) => word.text.startsWith(prefix));
    const afterLocativePreposition = this.#byRussianLocative.get(word.text) ?? null;
    const besideCity = firstFound(keys, this.#byTownName);
    const city = keys.some((key) => this.#cityKeys.has(key));
    const bare = this.#byBareName.get(word.text) ?? this.#byBareName.get(word.kazakhFolded ?? '') ?? null;
    const genitive = this.#byGenitive.get(word.text) ?? this.#byGenitive.get(word.kazakhFolded ?? '') ?? null;
    const role = {
      alone, besideDistrictWord, districtWord, besideMicrodistrictWord, microdistrictWord, afterLocativePreposition,
      besideCity, city, bare, genitive,
    };
    return Object.values(role).some((value) => value !== null && value !== false) ? role : NOTHING;
  }

  #addName(districtId: string, written: string): void {
    const words = tokenise(normaliseForMatching(written)).filter((token) => !isDistrictWord(token));
    const word = words[0];
    if (!word) return;

    const otherPlace = words.length === 1 ? otherPlaceNamedBy(written, this.#home) : null;
    if (otherPlace !== null && !this.#otherPlaces.has(districtId)) this.#otherPlaces.set(districtId, otherPlace);
    if (word.script === 'cyrillic' && RUSSIAN_ADJECTIVE.test(word.text)) {
      // "Алматинской области", "алматинские пробки": another place's adjective names the
      // district only beside the word for district ("Алматинский район").
      for (const form of russianWordForms(word.text, { proper: false })) {
        if (otherPlace === null) this.#byAdjective.set(formKey(form), districtId);
        else this.#addNameKey(formKey(form), { districtId, following: [] });
      }
      if (otherPlace !== null) return;
      const stem = word.text.slice(0, -2);
      for (const spelling of latinSpellings(stem)) {
        this.#latinAdjectives.push({ prefix: latinSkeleton(spelling), districtId });
      }
      return;
    }
    const following = words.slice(1).map((later) => new Set(compileAliasWord(later.text, later.script, false).keys.keys()));
    for (const key of placeKeys(word)) this.#addNameKey(key, { districtId, following });
    if (word.script === 'cyrillic' && words.length === 1) this.#addLocatives(districtId, word.text);
    if (words.length === 1) this.#addBareName(districtId, word);
    if (otherPlace !== null && !REPUBLICAN_CITIES.has(otherPlace.id)) {
      for (const key of placeKeys(word)) if (!this.#byTownName.has(key)) this.#byTownName.set(key, districtId);
    }
  }

  #addNameKey(key: string, name: DistrictName): void {
    const names = this.#byName.get(key) ?? [];
    names.push(name);
    this.#byName.set(key, names);
  }

  /** A one-word name as written and folded, and its Russian genitive: Нура → нуры, Есиль → есиля. */
  #addBareName(districtId: string, word: Token): void {
    const spellings = new Set([word.text, wordInfo(word).kazakhFolded ?? word.text]);
    for (const name of spellings) {
      if (!this.#byBareName.has(name)) this.#byBareName.set(name, districtId);
      if (word.script !== 'cyrillic') continue;
      for (const genitive of russianGenitives(name)) {
        if (!this.#byGenitive.has(genitive)) this.#byGenitive.set(genitive, districtId);
      }
    }
  }

  #addLocatives(districtId: string, name: string): void {
    if (DECLINED_VOWEL_FINAL.test(name)) {
      const russian = `${name.slice(0, -1)}е`;
      if (!this.#byRussianLocative.has(russian)) {
        this.#byRussianLocative.set(russian, districtId);
        this.#locativesAfterInOnly.add(russian);
      }
      return;
    }
    if (!CONSONANT_FINAL.test(name)) return;
    // Наурызбай → в Наурызбае; Турксиб → в Турксибе.
    const russian = name.endsWith('й') ? `${name.slice(0, -1)}е` : `${name}е`;
    if (!this.#byRussianLocative.has(russian)) this.#byRussianLocative.set(russian, districtId);
    for (const ending of KAZAKH_LOCATIVE_ENDINGS) {
      const kazakh = name + ending;
      if (!this.#byKazakhLocative.has(kazakh)) this.#byKazakhLocative.set(kazakh, districtId);
    }
  }
}

/** Genitives of a name declined as a noun: Нура → Нуры, Сарыарка → Сарыарки, Есиль → Есиля. */
function russianGenitives(name: string): string[] {
  const stem = name.slice(0, -1);
  if (name.endsWith('а')) return [/[гкхжшчщ]$/u.test(stem) ? `${stem}и` : `${stem}ы`];
  if (name.endsWith('я')) return [`${stem}и`];
  if (name.endsWith('ь')) return [`${stem}я`, `${stem}и`];
  if (name.endsWith('й')) return [`${stem}я`];
  return CONSONANT_FINAL.test(name) ? [`${name}а`] : [];
}

/** Whether a comma parts the word at `index` from the next: "Нура, Есиль". */
function commaBetween(text: AnalysisText, index: number): boolean {
  const next = text.tokens[index + 1];
  return next !== undefined && text.normalised.slice(text.tokens[index]!.end, next.start).includes(',');
}

/** Whether a dash follows the word at `index`, as in a definition: "Есиль — самый дорогой район". */
function dashAfter(text: AnalysisText, index: number): boolean {
  const token = text.tokens[index]!;
  return /^\s*[—–-]\s/u.test(text.normalised.slice(token.end, token.end + 4));
}

/** Whether the word at `index` opens the text or a sentence. */
function opensSentence(text: AnalysisText, index: number): boolean {
  const previous = text.tokens[index - 1];
  if (previous === undefined) return true;
  return /[.!?…\n]/u.test(text.normalised.slice(previous.end, text.tokens[index]!.start));
}

function isLocativePreposition(word: WordInfo | undefined): boolean {
  return word !== undefined && LOCATIVE_PREPOSITIONS.has(word.text);
}

/** Every key of `written`'s first word, to `districtId`; the first district listed keeps a shared key. */
function addKeys(byKey: Map<string, string>, districtId: string, written: string): void {
  const word = tokenise(normaliseForMatching(written)).find((token) => !isDistrictWord(token));
  if (!word) return;
  for (const key of placeKeys(word)) {
    if (!byKey.has(key)) byKey.set(key, districtId);
  }
}

/** The keys of a place name's word in every case form. */
function placeKeys(word: Token): string[] {
  const keys = [...compileAliasWord(word.text, word.script, false).keys.keys()];
  // A plural place name declines as a plural: "Чубары" → "в Чубарах", "Черёмушки" → "Черёмушками".
  if (word.script === 'cyrillic' && PLURAL_PLACE.test(word.text)) {
    const stem = word.text.slice(0, -1);
    keys.push(...PLURAL_ENDINGS.map((ending) => formKey(stem + ending)));
  }
  return keys;
}

/**
 * The name part of a word with a part number ("самал-2" → "самал"), or of a name with a Kazakh
 * case ending after a hyphen ("aqsai-da" → "aqsai", "самал-2-ге" → "самал"); else null.
 */
function namedNeighbourhood(word: WordInfo): { name: WordInfo; numbered: boolean } | null {
  const parts = word.parts;
  if (parts === null || parts.length < 2) return null;
  const last = parts[parts.length - 1]!.text;
  const named = isKazakhCaseEnding(last) ? parts.slice(0, -1) : parts;
  if (named.length === 1) return { name: named[0]!, numbered: false };
  if (named.length !== 2 || !PART_NUMBER.test(named[1]!.text)) return null;
  return { name: named[0]!, numbered: true };
}

function isDistrictWord(token: Token): boolean {
  return DISTRICT_WORDS.some((word) => token.text.startsWith(word));
}

function firstFound<T>(keys: readonly string[], map: ReadonlyMap<string, T>): T | null {
  for (const key of keys) {
    const found = map.get(key);
    if (found !== undefined) return found;
  }
  return null;
}
