/**
 * A notice of what will happen and when: "С 1 по 5 мая будет перекрыта улица Абая", "в связи с
 * ремонтом с 10 по 15 июня будет отключена горячая вода", "автобус 32 будет ходить по новому
 * расписанию", "1-5 мамыр аралығында Абай көшесі жабылады", "Құрметті тұрғындар, ертең су
 * өшіріледі". Such notices tell of closures and outages in the words of complaints, and a planned
 * outage is not one that residents report. Read on the normalised text (lower case, ё as е).
 */
import { kazakhLatinToCyrillic } from '../../text/transliterate-kazakh.js';
import { hasLatinOutsidePlaceholders, matchesInEitherScript } from './either-script.js';

const DAY = '\\d{1,2}(?:[.:]\\d{2})?';
const PLANNED_RU =
  '(?<!не )(?:будет|будут|планиру\\p{L}*|временно) (?:\\p{L}+ )?(?:перекрыт|отключ|закрыт|ограничен' +
  '|приостановлен|изменен|ходить|работать|проводить|проведен)\\p{L}*' +
  `|с ${DAY} (?:по|до) ${DAY}|расписани\\p{L}*|график\\p{L}* (?:работы|движения|приема|отключени\\p{L}*)` +
  '|уважаемые (?:жители|горожане|пассажиры|родители)|в связи с (?:плановы\\p{L}*|проведением|ремонт\\p{L}*)';
const PLANNED_KK =
  `${DAY}[-–]${DAY} \\p{L}+ аралы[гғ]ында|аралы[гғ]ында|кест[еe]с[иі]\\p{L}*|жоспарл\\p{L}*` +
  '|[кқ][уұ]рметт[иі] (?:т[уұ]р[гғ]ындар|жолаушылар|ата-аналар)' +
  '|[оө]ш[иі]р[иі]лед[иі]|жабылады|ж[уұ]мыс [иі]стемейт[иі]н болады|тоқтатылады|токтатылады';

const ANNOUNCEMENT = new RegExp(`(?<![\\p{L}\\d])(?:${PLANNED_RU}|${PLANNED_KK})(?![\\p{L}])`, 'u');

/** Whether `normalised` announces a closure, an outage or a timetable ahead. */
export function announcesSchedule(normalised: string): boolean {
  return matchesInEitherScript(ANNOUNCEMENT, normalised);
}

// When, in Kazakh: tomorrow, today, tonight, a weekday, next week or month, an hour, a date.
const WHEN_KK = new RegExp(
  '(?<![\\p{L}\\d])(?:ертең|бүрсігүні|бүгін|кешке|таңертең|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі' +
    '|жұма|сенбі|жексенбі|келесі (?:аптада|айда|жылы)|сағат \\d{1,2}|\\d{1,2}:\\d{2}' +
    '|\\d{1,2} (?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша' +
    '|желтоқсан)|жұлдызынан)(?![\\p{L}])',
  'u',
);
// What is held: a concert, a fair, an exhibition, a festival, a holiday, fireworks, a meeting, a
// match, a play, a contest, a race, a clean-up day, a tree lighting, a cinema.
const EVENT_KK = new RegExp(
  '(?<![\\p{L}])(?:кон[цс]ерт|жәрмеңке|ярмарка|көрме|фестивал|мереке|мейрам|салют|кездесу|жиналыс' +
    '|матч|ойын(?!ша)|спектакль|қойылым|байқау|жарыс|марафон|сенбілік|шырша|кино|іс-шара|шара)',
  'u',
);
// That it will take place, be held, open, begin, be organised, be lit, go on.
const TAKES_PLACE_KK = new RegExp(
  '(?<![\\p{L}])(?:болады|өтеді|өткізіледі|ашылады|басталады|ұйымдастырылады|жағылады' +
    '|жалғасады)(?![\\p{L}])',
  'u',
);
const SENTENCE_END = /(?<=[.!?…])\s+/u;

/**
 * Whether `normalised` announces an event in Kazakh: a sentence naming when, what is held and
 * that it will take place ("Ертең саябақта концерт болады", "Сенбі күні алаңда жәрмеңке өтеді").
 * The Kazakh reviews the model learnt from look forward in these words to what they praise, so a
 * plain notice read as positive. A question is no notice, and a time with no event named is not
 * either: "екінті намазы 17.18-де басталады дейді" complains of a wrong timetable. Unlike a
 * notice of works, an event does not make a service named as missing beside it part of the
 * notice ("Ертең концерт болады, бірақ саябақта жарық жоқ" complains).
 */
export function announcesEvent(normalised: string): boolean {
  const text = hasLatinOutsidePlaceholders(normalised)
    ? `${normalised} ${kazakhLatinToCyrillic(normalised)}`
    : normalised;
  return text
    .split(SENTENCE_END)
    .some(
      (sentence) =>
        !sentence.includes('?') &&
        WHEN_KK.test(sentence) &&
        EVENT_KK.test(sentence) &&
        TAKES_PLACE_KK.test(sentence),
    );
}
