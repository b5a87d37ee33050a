/**
 * A notice of what will happen and when: "С 1 по 5 мая будет перекрыта улица Абая", "в связи с
 * ремонтом с 10 по 15 июня будет отключена горячая вода", "автобус 32 будет ходить по новому
 * расписанию", "1-5 мамыр аралығында Абай көшесі жабылады", "Құрметті тұрғындар, ертең су
 * өшіріледі". Such notices tell of closures and outages in the words of complaints, and a planned
 * outage is not one that residents report. Read on the normalised text (lower case, ё as е).
 */
import { matchesInEitherScript } from './either-script.js';

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
