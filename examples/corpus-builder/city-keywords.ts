/**
 * Word beginnings for picking texts about city life out of corpora that are mostly about other
 * things (world news; reviews of apps, shops and cafés). A rough first sieve by design: the
 * analysis stages, not this list, decide what a text is about.
 */

/** Beginnings of words for the public bodies the demo project follows. */
const SUBJECT_WORDS = [
  'правительств',
  'үкімет',
  'полиц',
  'полицей',
  'цон',
  'хқко',
  'егов',
  'egov',
  'госуслуг',
  'акимат',
  'әкімдік',
  'аким',
  'әкім',
  'досаев',
  'алмат',
  'almaty',
];

/** Beginnings of words for city services and daily life, in Russian and Kazakh. */
const CITY_WORDS = [
  // transport and roads
  'транспорт',
  'автобус',
  'троллейбус',
  'трамва',
  'метро',
  'маршрутк',
  'остановк',
  'такси',
  'дорог',
  'пробк',
  'светофор',
  'парковк',
  'көлік',
  'аялдама',
  'онай',
  'onay',
  // housing and utilities
  'жкх',
  'коммунал',
  'квартир',
  'подъезд',
  'лифт',
  'отоплен',
  'водоснаб',
  'электричеств',
  'мусор',
  'пәтер',
  'жарық',
  'жылу',
  'қоқыс',
  // environment, parks, building
  'эколог',
  'смог',
  'воздух',
  'деревь',
  'строительств',
  'снос',
  'саябақ',
  'ағаш',
  'құрылыс',
  // health, education, social support
  'больниц',
  'поликлиник',
  'врач',
  'аптек',
  'школ',
  'садик',
  'учител',
  'пенси',
  'пособи',
  'льгот',
  'аурухана',
  'емхана',
  'дәрігер',
  'дәріхана',
  'мектеп',
  'балабақша',
  'мұғалім',
  'зейнет',
  'жәрдемақы',
  // prices, safety, governance
  'тариф',
  'подорожа',
  'коррупц',
  'взятк',
  'чиновник',
  'налог',
  'штраф',
  'салық',
  'айыппұл',
  'сыбайлас',
  'министр',
  'мэр',
  'жител',
  'горожан',
  'район',
  'аудан',
  'көше',
  'улиц',
];

function wordStartPattern(beginnings: readonly string[]): RegExp {
  // \b knows only Latin letters; a Cyrillic word start is "no letter or digit before".
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${beginnings.join('|')})`, 'iu');
}

const SUBJECT_PATTERN = wordStartPattern(SUBJECT_WORDS);
const CITY_PATTERN = wordStartPattern(CITY_WORDS);

/** How strongly a text is preferred: 2 names a followed body, 1 is about city life, 0 neither. */
export function cityRelevance(text: string): 0 | 1 | 2 {
  if (SUBJECT_PATTERN.test(text)) return 2;
  if (CITY_PATTERN.test(text)) return 1;
  return 0;
}
