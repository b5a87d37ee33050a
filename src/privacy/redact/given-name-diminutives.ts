import { GIVEN_NAMES } from './names/given-names.js';
import { nameKey } from './name-key.js';
import { listedWords } from './name-lists.js';

/**
 * Endings of the pet and familiar forms residents call neighbours and staff by: "Жанка",
 * "Танюха", "Димон", "Санек", "Нурик", "Ерлаша", "Айгуша", "Машенька", "Димчик". Longest first.
 */
const DIMINUTIVE_ENDING =
  /(?:ечка|очка|енька|онька|ушка|юшка|юха|уха|уша|юша|чик|ша|ка|ик|ек|ёк|он)$/u;

/** Letters a stem keeps of its name; "Нур" of "Нурлан", "Тан" of "Таня". */
const SHORTEST_STEM = 3;
/** Letters of the name a stem may lose: "Ерла" of "Ерлан", "Нур" of "Нурлан". */
const MOST_LETTERS_LOST = 3;

let stems: ReadonlySet<string> | undefined;

/**
 * The keys of the beginnings of every listed given name that a pet form is built on: the name
 * less one to three letters, of three letters at least. Built once per process.
 */
function diminutiveStems(): ReadonlySet<string> {
  if (stems) return stems;
  const keys = new Set<string>();
  for (const name of listedWords(GIVEN_NAMES)) {
    for (let lost = 1; lost <= MOST_LETTERS_LOST; lost++) {
      const stem = name.slice(0, -lost);
      if (stem.length >= SHORTEST_STEM) keys.add(nameKey(stem));
    }
  }
  stems = keys;
  return keys;
}

/**
 * How sure a pet form is, opening a sentence: 'unmistakable' is a name there too,
 * 'when-addressed' when a comma or "!" follows ("Саке, рахмет!"), 'possible' not there ("Садик
 * закрыли", "Полка упала"). Inside a sentence, or before a kin word, each is a name.
 */
export type DiminutiveKind = 'unmistakable' | 'when-addressed' | 'possible';

/** Pet endings no Russian noun is built with on a name's beginning: "Танюха", "Айгуша". */
const UNMISTAKABLE_ENDING = /^(?:юха|уха|уша|юша|енька|онька|ечка)$/u;

/**
 * What `word` (lower case) is as a pet form of a listed given name, built from the name's
 * beginning and a familiar ending ("жанка" of "Жанна", "нурик" of "Нурлан", "димон" of "Дима"):
 * 'unmistakable' by an ending no noun takes, 'possible' when nouns are built so too ("садик",
 * "полка", "район"), null when it is none.
 */
// LIMITATION: forms that change the stem ("Саша" of "Александр", "Шура", "Лёха") are found only
// when the seed lists hold them; a list of pet names by full name would lift it.
export function isGivenNameDiminutive(word: string): DiminutiveKind | null {
  const honorific = kazakhHonorific(word);
  if (honorific !== null) return honorific;
  const ending = DIMINUTIVE_ENDING.exec(word);
  if (ending === null) return null;
  const stem = word.slice(0, ending.index).replace(/ь$/u, '');
  if (!fitsEnding(stem, ending[0])) return null;
  if (stem.length < SHORTEST_STEM || !diminutiveStems().has(nameKey(stem))) return null;
  return UNMISTAKABLE_ENDING.test(ending[0]) ? 'unmistakable' : 'possible';
}

const VOWEL_AT_END = /[аәеёиоөуұүыіэюя]$/u;

/**
 * "-ша" follows a vowel ("Ерлаша", "Маша"), "-он" a consonant ("Димон"): "Марша" (a march) and
 * "Регион" are built on "Мар-" and "Реги-" otherwise.
 */
function fitsEnding(stem: string, ending: string): boolean {
  if (ending === 'ша') return VOWEL_AT_END.test(stem);
  if (ending === 'он') return !VOWEL_AT_END.test(stem);
  return true;
}

/**
 * The Kazakh respectful short form: the name's first syllable and "-еке" after a consonant
 * ("Ереке" of "Ерлан", "Нуреке" of "Нурлан"), or "-ке" after a vowel ("Сәке", "Жаке", "Маке").
 */
const HONORIFIC_AFTER_CONSONANT = /^(\p{L}{1,3}[^аәеёиоөуұүыіэюя])[аеә]ке$/u;
const HONORIFIC_AFTER_VOWEL = /^(\p{L}{1,3}[аәеиоөуұүыі])ке$/u;
/**
 * Words built so that are no private person's name, found among the words of KazSAnDRA's
 * training reviews and KazNERD valid: "жеке" (personal), "мереке" (holiday), "неке" (marriage),
 * "бәсеке" (competition), Russian case forms ("языке", "реке", "щеке"), and the historical
 * "Әйтеке би" and "Тәуке хан", streets in Almaty.
 */
const NOT_HONORIFICS = new Set([
  'жеке', 'мереке', 'береке', 'неке', 'бәсеке', 'бəсеке', 'ештеке', 'тіке', 'теке', 'шеке',
  'көке', 'языке', 'шоке', 'реке', 'щеке', 'руке', 'пике', 'доке', 'әйтеке', 'айтеке', 'тәуке',
  'тауке',
]);

let honorificStems: ReadonlySet<string> | undefined;

/** The keys of the first two to four letters of every listed given name. */
function nameBeginnings(): ReadonlySet<string> {
  if (honorificStems) return honorificStems;
  const keys = new Set<string>();
  for (const name of listedWords(GIVEN_NAMES)) {
    for (let length = 2; length <= 4 && length < name.length; length++) keys.add(nameKey(name.slice(0, length)));
  }
  honorificStems = keys;
  return keys;
}

/**
 * "-еке" after a consonant is a short form whatever opens the sentence; "-ке" after a vowel is
 * also a Russian noun's case ("Щеке") or a Kazakh word, so opening a sentence only when addressed.
 */
function kazakhHonorific(word: string): DiminutiveKind | null {
  if (word.length > 7 || NOT_HONORIFICS.has(word)) return null;
  const afterConsonant = HONORIFIC_AFTER_CONSONANT.exec(word);
  if (afterConsonant !== null && nameBeginnings().has(nameKey(afterConsonant[1]!))) return 'unmistakable';
  const afterVowel = HONORIFIC_AFTER_VOWEL.exec(word);
  if (afterVowel !== null && nameBeginnings().has(nameKey(afterVowel[1]!))) return 'when-addressed';
  return null;
}
