/**
 * Capitalised words the name classifier took for names where the words around them make them an
 * ordinary word or a place of the city. Residents' posts open sentences with words a name list
 * or a name's ending does not tell apart: "Задержан заместитель акима" (a participle ending like
 * Ержан), "Зачем перекрыли Достык?" (an avenue), "Метро Абай закрыто" (a station), "На Сайране
 * пробка" (a neighbourhood that is also a given name).
 */
import type { NameToken } from './name-token.js';
import { isStreetName } from './street-pairs.js';

/** "Задержан", "Задержана", "Выдержан": the short participle of -держать ends like Ержан. */
const HELD_PARTICIPLE = /держан[аоы]?$/u;

/**
 * Verbs of roadworks and traffic before a street: "перекрыли Достык", "закрыли Абая", "ремонтируют
 * Толе би". Only a name that alone means an Almaty street or district counts after them: "закрыли
 * Иванова" may be a man locked up.
 */
const ROADWORKS_VERB_BEFORE = new RegExp(
  '(?<!\\p{L})(?:перекр|закр|откр|ремонтир|отремонтир|расшир|сузил|чист|почист|перекопа|раскопа|' +
    'разрыл|разрыт|асфальтир|заасфальтир|затопил|замел|заблокир|перегородил)\\p{L}*\\s+' +
    // The second of two streets: "перекрыли Достык и Абая".
    '(?:\\p{Lu}\\p{Ll}+(?:\\s+би)?\\s+и\\s+)?$',
  'iu',
);
const ROADWORKS_LOOKBEHIND = 40;
/**
 * "Метро Абай", "станция метро Алатау": a station named after a street. Not any name after
 * "метро": "у метро Русаков позвонил" names a man where he stood.
 */
const METRO_BEFORE = /(?<!\p{L})метро\s+$/iu;

/**
 * Given names that are also places residents name alone: Сайран is a neighbourhood, a lake and
 * the main bus station of Almaty. In the place's case forms, or before a word for a place, they
 * are the place.
 */
// LIMITATION: the dative ("Сайранға бару керек") and a bare "Сайран" before a verb stay names:
// a person is told and goes as often; a list of the place's verbs of travel would lift it.
const PLACE_GIVEN_NAMES = /^(?:сайран|sairan|sayran)/u;
/**
 * "на Сайране", "в Сайране": Russian says a person "у Сайрана". Bare after "на", "в", "до" ("на
 * Сайран автобус не ходит") it is a place too: a person there would take the genitive's -а.
 */
const RUSSIAN_LOCATIVE = /^(?:сайран)е?$/u;
const IN_OR_ON_BEFORE = /(?<!\p{L})(?:на|в|во|до)\s+$/iu;
/** "жителям Сайрана", "возле Сайрана": the genitive after a resident's or a nearness word. */
const RUSSIAN_GENITIVE = /^(?:сайран)а$/u;
const RESIDENTS_OR_NEAR_BEFORE = /(?<!\p{L})(?:жител\p{L}{0,4}|возле|около|напротив|недалеко от)\s+$/iu;
/** Kazakh locative: "Сайранда автобус жоқ", "Сайранда тұрамын". */
const KAZAKH_LOCATIVE = /^(?:сайран)(?:да|нда)$/u;

/**
 * A Kazakh adjective that is also a given name, opening a sentence before the plural noun it
 * describes: "Қымбат көліктердің бағасы" (the price of expensive cars), "Асыл тастар". A
 * person's name is followed by a verb or a case there, seldom by a plural noun.
 */
const KAZAKH_PLURAL_NOUN_AFTER = /^ \p{Ll}{2,}(?:лар|лер|дар|дер|тар|тер)\p{Ll}{0,4}(?![\p{L}-])/u;
const SENTENCE_OPENING = /(?:^|[.!?…\n]\s*)$/u;
/**
 * A Kazakh word that is also a given name, opening a sentence as the object of a verbal noun
 * and a word of ease or need: "Арман айту оңай" (to tell a dream is easy), "Мақсат қою керек".
 * A person's name is not the object of a verbal noun in the nominative.
 */
const VERBAL_NOUN_AND_PREDICATE_AFTER = new RegExp(
  '^ \\p{Ll}{2,}[уюý] (?:оңай|оңай емес|қиын|керек|маңызды|қажет|мүмкін|жеңіл|' +
    'ońaı|onai|qıyn|qiyn|kerek|mańyzdy|manyzdy|qajet|múmkin|mumkin|jeńil)(?![\\p{L}-])',
  'u',
);

/** Whether the classifier's name `token` reads as an ordinary word or a place in `text`. */
export function isOrdinaryWordReading(token: NameToken, text: string): boolean {
  if (token.given === 'given' && !PLACE_GIVEN_NAMES.test(token.word)) return false;
  if (token.given === 'ambiguous' && isAdjectiveBeforePluralNoun(token, text)) return true;
  if (token.given === 'ambiguous' && isObjectOfVerbalNoun(token, text)) return true;
  if (HELD_PARTICIPLE.test(token.word)) return true;
  const before = text.slice(Math.max(0, token.start - ROADWORKS_LOOKBEHIND), token.start);
  if (isStreetName(token.word) && (ROADWORKS_VERB_BEFORE.test(before) || METRO_BEFORE.test(before))) return true;
  if (!PLACE_GIVEN_NAMES.test(token.word)) return false;
  if (KAZAKH_LOCATIVE.test(token.word)) return true;
  if (RUSSIAN_GENITIVE.test(token.word)) return RESIDENTS_OR_NEAR_BEFORE.test(before);
  return RUSSIAN_LOCATIVE.test(token.word) && IN_OR_ON_BEFORE.test(before);
}

function isAdjectiveBeforePluralNoun(token: NameToken, text: string): boolean {
  return KAZAKH_PLURAL_NOUN_AFTER.test(text.slice(token.end, token.end + 24)) &&
    SENTENCE_OPENING.test(text.slice(Math.max(0, token.start - 3), token.start));
}

function isObjectOfVerbalNoun(token: NameToken, text: string): boolean {
  return VERBAL_NOUN_AND_PREDICATE_AFTER.test(text.slice(token.end, token.end + 32)) &&
    SENTENCE_OPENING.test(text.slice(Math.max(0, token.start - 3), token.start));
}
