/**
 * The built-in issue taxonomy: the city problems residents and the press write about, and the
 * social slices (who an issue affects). Keywords follow `KeywordRules`: a word matches by stem,
 * `word*` by prefix, several words as a phrase. The vocabulary is the everyday one of Almaty's
 * Russian- and Kazakh-language posts and of English-language news about the city.
 *
 * Words that stem alike with something unrelated are given as phrases or prefixes: "смог" is
 * also "could", "метро" is kept apart from "метров", "семья" stems like "семь".
 */
import type { Taxonomy, TaxonomyEntry } from '../project.js';

const ISSUES: readonly TaxonomyEntry[] = [
  {
    id: 'transport',
    labels: { ru: 'Общественный транспорт', kk: 'Қоғамдық көлік', en: 'Public transport' },
    keywords: {
      ru: [
        'автобус', 'троллейбус', 'трамвай', 'электробус', 'маршрутк*', 'маршрут', 'проезд',
        'остановк*', 'общественный транспорт', 'метро', 'метрополитен', 'ЛРТ', 'онай*',
        'кондуктор', 'интервал движения', 'транспортная карта', 'стоимость проезда',
      ],
      kk: [
        'автобус', 'троллейбус', 'трамвай', 'электробус', 'аялдама', 'қоғамдық көлік', 'метро',
        'маршрут', 'жол жүру ақысы', 'жолақы', 'кондуктор', 'онай*',
      ],
      en: ['bus', 'trolleybus', 'tram', 'public transport', 'metro', 'subway', 'LRT', 'BRT', 'fare*', 'bus stop', 'commut*'],
    },
  },
  {
    id: 'roads',
    labels: { ru: 'Дороги и пробки', kk: 'Жолдар мен кептеліс', en: 'Roads and traffic' },
    keywords: {
      ru: [
        'дорога', 'дорожн*', 'пробк*', 'светофор*', 'яма', 'асфальт*', 'тротуар*', 'перекресток',
        'развязк*', 'пешеходный переход', 'подземный переход', 'парковк*', 'разметк*',
        'ремонт дорог', 'бордюр*', 'гололед*',
      ],
      kk: [
        'жол', 'кептеліс', 'бағдаршам', 'асфальт', 'тротуар', 'шұңқыр', 'жаяу жүргінші өткелі',
        'көлік тұрағы', 'жол жөндеу', 'қиылыс',
      ],
      en: ['road', 'traffic', 'traffic jam', 'pothole*', 'asphalt', 'sidewalk*', 'pavement', 'intersection*', 'crosswalk*', 'parking'],
    },
  },
  {
    id: 'housing-utilities',
    labels: { ru: 'ЖКХ и жильё', kk: 'Тұрғын үй-коммуналдық шаруашылық', en: 'Housing and utilities' },
    keywords: {
      ru: [
        'ЖКХ', 'коммунальн*', 'коммуналк*', 'КСК', 'управляющая компания', 'подъезд*', 'лифт*',
        'кровл*', 'капремонт*', 'капитальный ремонт', 'аварийный дом', 'жилищн*', 'жилой фонд',
        'квартплат*',
      ],
      kk: [
        'тұрғын үй', 'коммуналдық', 'КСК', 'ПИК', 'пәтер', 'лифт', 'подъезд', 'күрделі жөндеу',
        'апатты үй', 'пәтерақы',
      ],
      en: ['housing', 'utilit*', 'utility bills', 'apartment*', 'elevator*', 'landlord*', 'rent'],
    },
  },
  {
    id: 'outages',
    labels: { ru: 'Отключения воды, тепла и света', kk: 'Су, жылу және жарықтың өшуі', en: 'Water, heating and power outages' },
    keywords: {
      ru: [
        'отключ*', 'горячая вода', 'холодная вода', 'без воды', 'нет воды', 'напор воды',
        'отоплени*', 'без света', 'нет света', 'электроэнерги*', 'электричеств*',
        'водоснабжени*', 'теплоснабжени*', 'порыв трубы', 'прорыв трубы', 'перебои',
        'Алматы Су', 'тепловые сети', 'АлТС',
      ],
      kk: [
        'ыстық су', 'суық су', 'су жоқ', 'сусыз', 'жылу', 'жарық жоқ', 'жарықсыз', 'электр*',
        'сумен жабдықтау', 'жылумен жабдықтау', 'өшірілді', 'ажыратылды',
      ],
      en: ['outage*', 'power cut', 'blackout*', 'no water', 'hot water', 'water supply', 'heating', 'electricity'],
    },
  },
  {
    id: 'ecology',
    labels: { ru: 'Экология и воздух', kk: 'Экология және ауа', en: 'Ecology and air' },
    keywords: {
      ru: [
        'экологи*', 'загрязнени*', 'грязный воздух', 'качество воздуха', 'уровень смога',
        'смог над', 'выброс*', 'ТЭЦ', 'мусор*', 'свалк*', 'бытовые отходы', 'пыль',
        'газификаци*', 'угольн*',
      ],
      kk: ['экология', 'түтін', 'ауа сапасы', 'ауаның ластануы', 'ластану', 'ластанған', 'қоқыс', 'қалдық', 'смог', 'ЖЭО'],
      en: ['smog', 'pollut*', 'air quality', 'emission*', 'garbage', 'trash', 'landfill*', 'waste', 'ecolog*'],
    },
  },
  {
    id: 'construction',
    labels: { ru: 'Застройка и снос', kk: 'Құрылыс және сүру', en: 'Construction and demolition' },
    keywords: {
      ru: [
        'застройк*', 'застройщик*', 'стройк*', 'строительств*', 'снос', 'снести', 'высотк*',
        'котлован*', 'жилой комплекс', 'разрешение на строительство', 'долевое строительство',
        'недострой*',
      ],
      kk: ['құрылыс', 'құрылыс салушы', 'сүру', 'сүріл*', 'көп қабатты', 'тұрғын үй кешені'],
      en: ['construction', 'demolition', 'demolish*', 'developer*', 'high-rise', 'building permit'],
    },
  },
  {
    id: 'parks-trees',
    labels: { ru: 'Парки и деревья', kk: 'Саябақтар мен ағаштар', en: 'Parks and trees' },
    keywords: {
      ru: [
        'парк', 'сквер*', 'дерево', 'вырубк*', 'вырубают', 'зеленые насаждения', 'озеленени*',
        'газон*', 'аллея', 'санитарная обрезка', 'терренкур', 'клумб*',
      ],
      kk: ['саябақ', 'ағаш', 'гүлзар', 'көгалдандыру', 'сквер', 'көгал'],
      en: ['park', 'tree*', 'tree felling', 'greenery', 'green space*', 'lawn*'],
    },
  },
  {
    id: 'healthcare',
    labels: { ru: 'Здравоохранение', kk: 'Денсаулық сақтау', en: 'Healthcare' },
    keywords: {
      ru: [
        'больниц*', 'поликлиник*', 'врач', 'скорая помощь', 'медицинск*', 'медик*', 'лекарств*',
        'аптек*', 'ОСМС', 'здравоохранени*', 'запись к врачу', 'ПМСП', 'пациент*',
      ],
      kk: ['аурухана', 'емхана', 'дәрігер', 'жедел жәрдем', 'дәрі', 'медицина*', 'денсаулық сақтау', 'МӘМС', 'науқас'],
      en: ['hospital*', 'clinic*', 'doctor*', 'ambulance*', 'medicine*', 'healthcare', 'health care', 'pharmac*', 'patient*'],
    },
  },
  {
    id: 'education',
    labels: { ru: 'Образование', kk: 'Білім беру', en: 'Education' },
    keywords: {
      ru: [
        'школ*', 'детский сад', 'детсад*', 'садик*', 'учител*', 'педагог*', 'трехсменк*',
        'образовани*', 'колледж*',
      ],
      kk: ['мектеп', 'балабақша', 'мұғалім', 'білім беру', 'үш ауысым', 'сынып'],
      en: ['school*', 'kindergarten*', 'teacher*', 'education', 'classroom*'],
    },
  },
  {
    id: 'social-support',
    labels: { ru: 'Соцподдержка и субсидии', kk: 'Әлеуметтік қолдау және субсидиялар', en: 'Social support and subsidies' },
    keywords: {
      ru: [
        'пособи*', 'субсиди*', 'адресная социальная помощь', 'АСП', 'льгот*', 'выплат*',
        'соцпомощ*', 'социальная помощь', 'жилищная помощь', 'социальная поддержка',
        'материальная помощь',
      ],
      kk: ['жәрдемақы', 'субсидия', 'әлеуметтік көмек', 'атаулы әлеуметтік көмек', 'АӘК', 'төлем', 'әлеуметтік қолдау'],
      en: ['social benefits', 'subsid*', 'social assistance', 'welfare', 'allowance*', 'social support'],
    },
  },
  {
    id: 'safety',
    labels: { ru: 'Безопасность', kk: 'Қауіпсіздік', en: 'Safety' },
    keywords: {
      ru: [
        'преступлени*', 'краж*', 'полици*', 'грабеж*', 'хулиган*', 'драка', 'безопасност*',
        'бродячие собаки', 'мошенни*', 'ДТП', 'наезд*', 'видеонаблюдени*',
      ],
      kk: ['қауіпсіздік', 'полиция', 'ұрлық', 'қылмыс', 'төбелес', 'қаңғыбас ит', 'алаяқ*', 'жол-көлік оқиғасы'],
      en: ['crime*', 'police', 'theft*', 'robber*', 'safety', 'stray dogs', 'fraud*', 'car accident'],
    },
  },
  {
    id: 'corruption-governance',
    labels: { ru: 'Коррупция и управление', kk: 'Жемқорлық және басқару', en: 'Corruption and governance' },
    keywords: {
      ru: [
        'коррупци*', 'взятк*', 'хищени*', 'растрат*', 'тендер*', 'госзакуп*', 'чиновник*',
        'бюрократи*', 'отписк*', 'нецелевое использование', 'злоупотреблени*',
      ],
      kk: ['сыбайлас жемқорлық', 'жемқорлық', 'пара', 'шенеунік', 'тендер', 'мемлекеттік сатып алу', 'бюрократия'],
      en: ['corrupt*', 'brib*', 'embezzl*', 'tender*', 'bureaucra*', 'public procurement'],
    },
  },
  {
    id: 'prices',
    labels: { ru: 'Цены и тарифы', kk: 'Бағалар мен тарифтер', en: 'Prices and tariffs' },
    keywords: {
      ru: ['цена', 'подорожа*', 'дороговизн*', 'тариф*', 'инфляци*', 'стоимость', 'повышение цен', 'рост цен'],
      kk: ['баға', 'қымбат*', 'тариф', 'инфляция'],
      en: ['price*', 'inflation', 'tariff*', 'cost of living', 'expensive'],
    },
  },
  {
    id: 'youth',
    labels: { ru: 'Молодёжь', kk: 'Жастар', en: 'Youth' },
    keywords: {
      ru: ['молодежь', 'молодежн*', 'подрост*', 'молодые люди'],
      kk: ['жастар', 'жасөспірім*'],
      en: ['youth', 'young people', 'teenager*'],
    },
  },
  {
    id: 'elderly',
    labels: { ru: 'Пожилые люди', kk: 'Қарт адамдар', en: 'The elderly' },
    keywords: {
      ru: ['пенсионер*', 'пожил*', 'престарел*', 'пенсия', 'ветеран*'],
      kk: ['зейнеткер', 'қарттар', 'қария', 'егде', 'зейнетақы', 'ардагер'],
      en: ['pensioner*', 'elderly', 'senior citizens', 'pension*', 'retiree*'],
    },
  },
];

const SLICES: readonly TaxonomyEntry[] = [
  {
    id: 'youth',
    labels: { ru: 'Молодёжь', kk: 'Жастар', en: 'Youth' },
    keywords: {
      ru: ['молодежь', 'молодежн*', 'подрост*', 'молодые люди'],
      kk: ['жастар', 'жасөспірім*'],
      en: ['youth', 'young people', 'teenager*'],
    },
  },
  {
    id: 'elderly',
    labels: { ru: 'Пожилые', kk: 'Қарттар', en: 'Elderly' },
    keywords: {
      ru: ['пенсионер*', 'пожил*', 'престарел*', 'ветеран*', 'пенсионного возраста'],
      kk: ['зейнеткер', 'қарттар', 'қария', 'ардагер', 'егде жастағы'],
      en: ['pensioner*', 'elderly', 'senior citizens', 'retiree*'],
    },
  },
  {
    id: 'families',
    labels: { ru: 'Семьи с детьми', kk: 'Балалы отбасылар', en: 'Families with children' },
    keywords: {
      ru: ['многодетн*', 'семьи с детьми', 'молодые семьи', 'родител*', 'мамы с колясками', 'декрет*'],
      kk: ['көпбалалы', 'көп балалы', 'балалы отбасы', 'жас отбасы', 'ата-ана'],
      en: ['families with children', 'large families', 'parents', 'young families'],
    },
  },
  {
    id: 'disabilities',
    labels: { ru: 'Люди с инвалидностью', kk: 'Мүгедектігі бар адамдар', en: 'People with disabilities' },
    keywords: {
      ru: ['инвалид*', 'ограниченными возможностями', 'колясоч*', 'пандус*', 'маломобильн*'],
      kk: ['мүгедек*', 'мүмкіндігі шектеулі', 'ерекше қажеттілігі', 'пандус'],
      en: ['disabilit*', 'disabled', 'wheelchair*'],
    },
  },
  {
    id: 'low-income',
    labels: { ru: 'Малообеспеченные', kk: 'Аз қамтылғандар', en: 'Low-income' },
    keywords: {
      ru: ['малоимущ*', 'малообеспеч*', 'нуждающ*', 'низкий доход', 'бедн*', 'социально уязвим*'],
      kk: ['аз қамтылған', 'табысы төмен', 'кедей*', 'әлеуметтік осал'],
      en: ['low-income', 'low income', 'poverty'],
    },
  },
  {
    id: 'drivers',
    labels: { ru: 'Водители', kk: 'Жүргізушілер', en: 'Drivers' },
    keywords: {
      ru: ['водител*', 'автомобилист*', 'таксист*', 'владельцы автомобилей'],
      kk: ['жүргізуші', 'көлік иесі', 'таксист'],
      en: ['driver*', 'motorist*'],
    },
  },
  {
    id: 'entrepreneurs',
    labels: { ru: 'Предприниматели', kk: 'Кәсіпкерлер', en: 'Entrepreneurs' },
    keywords: {
      ru: ['предпринимател*', 'бизнесмен*', 'малый бизнес', 'ИП'],
      kk: ['кәсіпкер*', 'бизнес', 'шағын бизнес'],
      en: ['entrepreneur*', 'small business*', 'business owners'],
    },
  },
  {
    id: 'students',
    labels: { ru: 'Студенты и школьники', kk: 'Студенттер мен оқушылар', en: 'Students' },
    keywords: {
      ru: ['студент*', 'школьник*', 'учащ*', 'ученик*'],
      kk: ['студент', 'оқушы', 'білімгер'],
      en: ['student*', 'pupil*', 'schoolchildren'],
    },
  },
];

export const DEFAULT_TAXONOMY: Taxonomy = Object.freeze({ issues: ISSUES, slices: SLICES });
