import { AMBIGUOUS_GIVEN_NAMES } from './names/ambiguous-given-names.js';
import { GIVEN_NAMES } from './names/given-names.js';
import { nameKey } from './name-key.js';
import { listedWords } from './name-lists.js';

/**
 * Endings of the pet and familiar forms residents call neighbours and staff by: "Жанка",
 * "Танюха", "Димон", "Санек", "Нурик", "Ерлаша", "Ерлашка", "Айгуша", "Машенька", "Димчик".
 * Longest first.
 */
const DIMINUTIVE_ENDINGS = [
  'ечка', 'очка', 'енька', 'онька', 'ушка', 'юшка', 'шка', 'юха', 'уха', 'уша', 'юша', 'чик', 'ша', 'ка',
  'ик', 'ек', 'ёк', 'он',
];

/** A cheap test of the last letters before the endings are tried one by one. */
const ANY_ENDING = /(?:[кшх]а|[иеё]к|он|ке)$/u;

/** Letters a stem keeps of its name: "Дим" of "Дима", "Нур" of "Нур". */
const SHORTEST_STEM = 3;
/**
 * What a pet form's stem lacks of its name: "Дим-он" of "Дима", "Тан-юха" of "Таня", "Ерла-ша"
 * of "Ерлан", "Айгу-ша" of "Айгуль", "Вадим-ка" of "Вадим". A name only beginning so ("Кер-ек" and
 * "Керим", "Мас-ка" and "Масуд", "Тама-ша" and "Тамара") is no pet form: Kazakh reviews
 * capitalise such words ("Керек", need; "Тамаша", wonderful) anywhere in a sentence.
 */
const NAME_COMPLETIONS = ['', 'а', 'я', 'н', 'л', 'ль'];
/** "Дим-он" of "Дима": "Зак-он" (a law) is not of "Зак", nor "Сал-он" of "Сал". */
const VOWEL_COMPLETIONS = ['а', 'я'];

let givenKeys: ReadonlySet<string> | undefined;
let unambiguousKeys: ReadonlySet<string> | undefined;

/** Listed given names, those that are also words too ("Дима", "Жанар"), by key. */
function listedGivenName(key: string): boolean {
  givenKeys ??= new Set([...listedWords(GIVEN_NAMES), ...listedWords(AMBIGUOUS_GIVEN_NAMES)].map(nameKey));
  return givenKeys.has(key);
}

/** Listed given names that are no ordinary word ("Санжар", not "Пол" or "Майя"), by key. */
function unambiguousGivenName(key: string): boolean {
  unambiguousKeys ??= new Set(listedWords(GIVEN_NAMES).map(nameKey));
  return unambiguousKeys.has(key);
}

function isNameStem(stem: string, ending: string, isListed = listedGivenName): boolean {
  const completions = ending === 'он' ? VOWEL_COMPLETIONS : NAME_COMPLETIONS;
  return completions.some((completion) => isListed(nameKey(stem + completion)));
}

/**
 * "Айка" of Айгерім, Айгүл, Айнұр: the one first syllable shorter than a stem that opens dozens
 * of names and makes no Russian word with "-ка" ("Майка", "Чайка", "Гайка" have a consonant
 * before it).
 */
const SHORT_SYLLABLE_PET_FORMS = new Set(['айка']);

/**
 * Nouns that a sentence may open with before a verb, built like a pet form of a name that is no
 * word (Тося, Стен, Катя, Галя, Карл, Коля), found among the words of KazSAnDRA's reviews,
 * RuOpinionNE's news and RuSentiment's posts: "Тоска взяла", "Стенка рухнула".
 */
const NOUNS_BUILT_LIKE_PET_FORMS = new Set([
  'район', 'тоска', 'стенка', 'мышка', 'катушка', 'галка', 'галька', 'катка', 'кирка', 'карлик', 'валик', 'танка',
  'толка', 'колик', 'тоник', 'петушка', 'кешек', 'төсек', 'кесек', 'кирек', 'валерянка', 'валентинка', 'шотка',
]);

/**
 * Whether `word` (lower case) is a pet form of a given name that is no ordinary word:
 * "санжарка" (Санжар), "ерлашка" (Ерлан), "айка", not "полка" (Пол) or "майка" (Майя). Such a
 * form opening a sentence before a verb is a person doing something ("Санжарка сказал").
 */
export function isPetFormOfUnambiguousName(word: string): boolean {
  if (SHORT_SYLLABLE_PET_FORMS.has(word)) return true;
  if (!ANY_ENDING.test(word) || word.includes('ъ') || NOUNS_BUILT_LIKE_PET_FORMS.has(word)) return false;
  return DIMINUTIVE_ENDINGS.some((ending) => {
    if (!word.endsWith(ending)) return false;
    const stem = word.slice(0, -ending.length).replace(/ь$/u, '');
    return stem.length >= SHORTEST_STEM && fitsEnding(stem, ending) && isNameStem(stem, ending, unambiguousGivenName);
  });
}

/**
 * How sure a pet form is, opening a sentence: 'unmistakable' is a name there too, 'possible'
 * only when a comma or "!" follows, as a greeting opens ("Катенька, с днём рождения!", "Саке,
 * рахмет!"), not otherwise ("Полка упала"). Inside a sentence, or before a kin word, each is a
 * name.
 */
export type DiminutiveKind = 'unmistakable' | 'possible';

/** Pet endings no Russian noun is built with on a name's beginning: "Танюха", "Айгуша". */
const UNMISTAKABLE_ENDINGS = new Set(['юха', 'уха', 'уша', 'юша', 'енька', 'онька', 'ечка']);

/**
 * What `word` (lower case) is as a pet form of a listed given name: the name less its last
 * letters and a familiar ending ("жанка" of "Жанар", "димон" of "Дима", "айгуша" of "Айгүл"), or
 * a Kazakh short form of respect ("ереке", "саке"). 'unmistakable' by an ending no noun takes,
 * 'possible' when nouns are built so too ("полка" of "Пол"), null when it is none.
 */
// LIMITATION: forms that change the stem ("Саша" of "Александр", "Шура", "Лёха") are found only
// when the seed lists hold them, and a pet form of a name the lists lack ("Нурик", "Виталик")
// only by the name classifier; a list of pet names by full name would lift both.
export function isGivenNameDiminutive(word: string): DiminutiveKind | null {
  // No name is spelt with "ъ": "Съемка" is not "Сёма"'s.
  if (!ANY_ENDING.test(word) || word.includes('ъ')) return null;
  let kind = known.get(word);
  if (kind !== undefined) return kind;
  kind = diminutiveKind(word);
  // Dropping everything is cheaper than tracking use; the common words come back at once.
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(word, kind);
  return kind;
}

/** Words whose answer is remembered; a bound for runs over millions of posts. */
const KNOWN_LIMIT = 20_000;
const known = new Map<string, DiminutiveKind | null>();

function diminutiveKind(word: string): DiminutiveKind | null {
  if (SHORT_SYLLABLE_PET_FORMS.has(word)) return 'possible';
  const honorific = kazakhHonorific(word);
  if (honorific !== null) return honorific;
  // "Айгуша" is "Айгу-ша", not "Айг-уша": every ending the word has is tried.
  for (const ending of DIMINUTIVE_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length).replace(/ь$/u, '');
    if (stem.length < SHORTEST_STEM || !fitsEnding(stem, ending) || !isNameStem(stem, ending)) continue;
    return UNMISTAKABLE_ENDINGS.has(ending) ? 'unmistakable' : 'possible';
  }
  return null;
}

const VOWEL_AT_END = /[аәеёиоөуұүыіэюя]$/u;

/**
 * "-ша" follows a vowel ("Ерлаша", "Маша"), "-он" a consonant ("Димон"): "Марша" (a march) and
 * "Регион" are built on "Мар-" and "Реги-" otherwise.
 */
function fitsEnding(stem: string, ending: string): boolean {
  if (ending === 'ша' || ending === 'шка') return VOWEL_AT_END.test(stem);
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
 * Opening a sentence, a short form counts only when addressed ("Нуреке, рахмет"): "Менеке",
 * "Щеке" are built so too.
 */
function kazakhHonorific(word: string): DiminutiveKind | null {
  if (word.length > 7 || NOT_HONORIFICS.has(word)) return null;
  const beginning = (HONORIFIC_AFTER_CONSONANT.exec(word) ?? HONORIFIC_AFTER_VOWEL.exec(word))?.[1];
  return beginning !== undefined && nameBeginnings().has(nameKey(beginning)) ? 'possible' : null;
}

/**
 * "-ик", "-чик" put on a name's first syllable, whatever the rest of the name: "Нурик" (Нурлан,
 * Нурсултан), "Ержик" (Ержан), "Асик" (Асель, Асхат), "Данчик" (Данияр). Not "-ка", "-ша": the
 * first syllables of names begin "Пока, ребята", "Сука!", "Баска" (other), "Тамаша!" (wonderful),
 * and reviews open with them before a comma or "!".
 */
const BEGINNING_PET_FORM = /^(\p{L}{2,3}?)(?:ик|чик)$/u;
/** Nouns built so that a post may open with, addressed or not: "Домик, где мы жили". */
const NOUNS_SHAPED_LIKE_PET_FORMS = new Set(['домик', 'шарик', 'крик', 'колик', 'ролик', 'датчик', 'антик', 'лаик', 'усик']);

/**
 * Whether `word` (lower case) is a pet ending on the beginning of a listed given name, which
 * no list holds and the name's letters do not complete: "нурик", "ержик", "асик". Nouns are
 * built so too ("садик"), so the name finder takes it only where a person is addressed or
 * placed: before a comma or "!" opening a message ("Нурик, верни самокат!"), before a kin word
 * ("Нурик-аға"), before where the neighbour lives ("Асик из 3 подъезда").
 */
export function isGivenNameBeginningPetForm(word: string): boolean {
  if (!word.endsWith('ик')) return false;
  const beginning = BEGINNING_PET_FORM.exec(word)?.[1];
  if (beginning === undefined || NOUNS_SHAPED_LIKE_PET_FORMS.has(word)) return false;
  return nameBeginnings().has(nameKey(beginning));
}
