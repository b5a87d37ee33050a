/**
 * News of a new facility opened or put in: "В Есильском районе открылся новый центр для
 * пенсионеров", "открыли новую станцию метро", "заработал новый ЦОН", "Нұра ауданында жаңа
 * емхана ашылды", "жаңа бағдаршамдар орнатылды". Residents and the city's press tell it as good
 * news, and the model, which learnt news as neutral, read it so. Read on the normalised text
 * (lower case, ё as е); Kazakh in the Latin alphabet is read in Cyrillic.
 *
 * Only the past: "когда откроют новую поликлинику?" asks, and a notice ("откроется") is a
 * notice. Only a facility: "открыли новое уголовное дело" is no good news.
 */
import { matchesInEitherScript } from './either-script.js';

const OPENED_RU =
  '(?:открыли|открыл(?:ся|ась|ось|ись)|открыт[аоы]?|заработал[аои]?|запустили|построили|установили|сдали|получил[аи]?)';
const OPENED_KK = '(?:ашылды|іске қосылды|пайдалануға берілді|салынды|орнатылды|салып берді)';
const NEW = '(?:нов\\p{L}*|жаңа)';
// A place or thing of the city's services: schools, clinics, centres, parks, stops, traffic lights.
const FACILITY =
  '(?:школ|лице|гимнази|садик|детсад|поликлиник|больниц|клиник|центр|цон|парк|сквер|площадк|станци|остановк|мост' +
  '|развязк|светофор|пандус|аппарат|автобус|мектеп|емхана|аурухана|балабақша|бекет|алаң|саябақ|бағдаршам|аялдама' +
  '|көпір|орталы[ғқ])\\p{L}*';
// The verb before the new facility within three words, or after it within four.
const NEW_FACILITY = new RegExp(
  `(?<![\\p{L}])(?:(?:${OPENED_RU}|${OPENED_KK}) (?:\\p{L}+ ){0,3}?${NEW} (?:\\p{L}+ )?${FACILITY}` +
  `|${NEW} (?:\\p{L}+ )?${FACILITY}(?: \\p{L}+){0,4} (?:${OPENED_RU}|${OPENED_KK}))(?![\\p{L}])`,
  'u',
);

/** Whether `normalised` tells of a new facility opened or put in. */
export function tellsNewFacility(normalised: string): boolean {
  return matchesInEitherScript(NEW_FACILITY, normalised);
}
