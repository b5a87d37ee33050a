/**
 * A capitalised word standing alone as the subject of a Russian verb in the past singular:
 * "Мадуро одержал победу", "Руснок исполнял обязанности", "Бонер объявил", "Бут не признал".
 * News name public figures so by the surname alone, often a foreign one that no list or ending
 * tells, and the name classifier is given a lower threshold for such a word.
 */
import type { NameToken } from './name-token.js';

/**
 * The verb right after the word, or after one adverb or "не" ("Кан также осудил", "Бут не
 * признал"): a lower-case word of five letters or more in a vowel and -л, -ла, -лся, -лась, or
 * in -шла, -гла, -зла, -сла ("пришла", "смогла", "везла", "несла"). The plural ("-ли") is left out:
 * a person is one. Kazakh written in Russian letters has short words in -л and -ла ("бул", "мал",
 * "бала"), and Russian nouns end in a consonant and -ла ("файла", "угла").
 */
const PAST_VERB_AFTER =
  /^ (?:(?:также|тоже|уже|позже|позднее|ранее|однако|ещё|еще|вновь|снова|лично|не|впервые|сразу|затем|потом|тогда|давно|опять|официально|публично|неоднократно|первым|первой) )?([а-яё]{2,}(?:[аеёиоуыэюя]л|[аеёиоуыэюяшгзс]ла|[аеёиоуыэюя]лся|[аеёиоуыэюя]лась))(?![\p{L}-])/u;
const SHORTEST_VERB = 5;
/**
 * Past verbs shorter than that which news write after a surname alone ("Окафор спас команду",
 * "Бартон умер", "Мадуро стал президентом"); none is a Kazakh word typed with Russian letters.
 * Not "был": "сообщений Энигмы была создана" has a thing for its subject as often.
 */
const SHORT_PAST_VERB_AFTER =
  /^ (?:(?:также|тоже|уже|не|ещё|еще|вновь|снова|сразу|затем|потом|тогда|давно) )?(?:жил|жила|стал|стала|умер|умерла|погиб|погибла|смог|смогла|ушёл|ушел|ушла|пришёл|пришел|нашёл|нашел|сел|села|спас|спасла)(?![\p{L}-])/u;
/** Nouns in -л and -ла that may follow a capitalised word: "Газпром финал", "Турнир сила". */
const NOT_VERBS = new Set([
  'генерал', 'канал', 'финал', 'журнал', 'сигнал', 'материал', 'капитал', 'скандал', 'персонал',
  'потенциал', 'арсенал', 'зал', 'стол', 'пол', 'бал', 'балл', 'ритуал', 'интервал', 'вокзал',
  'дела', 'тела', 'села', 'сила', 'мила', 'пчела', 'скала', 'игла', 'мгла', 'метла', 'стрела',
  'смола', 'ангела', 'футбол', 'гол', 'угол', 'котел', 'посол', 'посла', 'орел', 'орёл', 'осла',
]);
/** A word after a preposition is not the subject: "в Конгрессе рассмотрел", "на Луне нашёл". */
const PREPOSITION_BEFORE = /(?<!\p{L})(?:в|во|на|о|об|обо|при|по|из|с|со|к|ко|у|от|до|за|для|через|без|над|под|и|или)\s$/iu;
const LATIN_LETTER = /[a-z]/;

export function isLoneSubjectOfPastVerb(text: string, tokens: readonly NameToken[], index: number): boolean {
  const token = tokens[index]!;
  if (LATIN_LETTER.test(token.word)) return false;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if ((token.joined && previous?.capitalised) || (next?.joined && next.capitalised)) return false;
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, token.start - 5), token.start))) return false;
  return isBeforePastVerb(text, token.end);
}

/** Whether a Russian verb in the past singular follows `end`, across one adverb or "не". */
export function isBeforePastVerb(text: string, end: number): boolean {
  const verb = PAST_VERB_AFTER.exec(text.slice(end, end + 32))?.[1];
  if (verb !== undefined) return verb.length >= SHORTEST_VERB && !NOT_VERBS.has(verb);
  return SHORT_PAST_VERB_AFTER.test(text.slice(end, end + 24));
}
