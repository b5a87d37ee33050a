/**
 * Almaty's responsibility map: the public bodies residents hold answerable for city services,
 * with the names posts use for them in Russian, Kazakh and Latin letters, and the issues (ids of
 * the built-in taxonomy) and districts each answers for. Bodies are renamed and merged often:
 * former names stay as aliases, and a project edits its own copy of this map.
 *
 * Only bodies are listed, never an office holder: "аким" names a person and is left to the
 * subjects. Generic department names ("управление образования") are taken as Almaty's, since
 * an Almaty project is read for Almaty.
 */
import type { Agency, AgencyKind, KeywordRules, Labels } from '../project.js';

interface AgencyEntry {
  readonly id: string;
  readonly kind: AgencyKind;
  readonly labels: Labels;
  readonly aliases: readonly string[];
  readonly issues: readonly string[];
  readonly context?: readonly string[];
  readonly ambiguousAliases?: readonly string[];
  readonly keywords?: KeywordRules;
}

const ALMATY_CONTEXT = ['Алматы', 'Almaty', 'Алма-Ата', 'алматин*'];

const CITY_BODIES: readonly AgencyEntry[] = [
  {
    id: 'akimat',
    kind: 'akimat',
    labels: { ru: 'Акимат города Алматы', kk: 'Алматы қаласының әкімдігі', en: 'Almaty City Akimat' },
    aliases: ['акимат Алматы', 'Алматы әкімдігі', 'Almaty akimat', 'akimat of Almaty'],
    context: ALMATY_CONTEXT,
    ambiguousAliases: ['акимат', 'әкімдік', 'akimat'],
    issues: ['corruption-governance'],
  },
  {
    id: 'mobility-department',
    kind: 'department',
    labels: {
      ru: 'Управление пассажирского транспорта и автомобильных дорог',
      kk: 'Жолаушылар көлігі және автомобиль жолдары басқармасы',
      en: 'Passenger Transport and Roads Department',
    },
    aliases: ['УПТиАД', 'управление городской мобильности', 'Қалалық мобильділік басқармасы'],
    issues: ['transport', 'roads'],
  },
  {
    id: 'energy-water-department',
    kind: 'department',
    labels: {
      ru: 'Управление энергетики и водоснабжения',
      kk: 'Энергетика және сумен жабдықтау басқармасы',
      en: 'Energy and Water Supply Department',
    },
    aliases: ['управление энергетики и коммунального хозяйства'],
    issues: ['outages'],
  },
  {
    id: 'ecology-department',
    kind: 'department',
    labels: {
      ru: 'Управление экологии и окружающей среды',
      kk: 'Экология және қоршаған орта басқармасы',
      en: 'Ecology and Environment Department',
    },
    aliases: ['управление экологии', 'Экология басқармасы'],
    issues: ['ecology', 'parks-trees'],
  },
  {
    id: 'health-department',
    kind: 'department',
    labels: {
      ru: 'Управление общественного здравоохранения',
      kk: 'Қоғамдық денсаулық сақтау басқармасы',
      en: 'Public Health Department',
    },
    aliases: ['управление здравоохранения', 'Денсаулық сақтау басқармасы'],
    issues: ['healthcare'],
  },
  {
    id: 'education-department',
    kind: 'department',
    labels: { ru: 'Управление образования', kk: 'Білім басқармасы', en: 'Education Department' },
    aliases: ['ГорОНО'],
    issues: ['education'],
  },
  {
    id: 'social-department',
    kind: 'department',
    labels: {
      ru: 'Управление занятости и социальных программ',
      kk: 'Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы',
      en: 'Employment and Social Programmes Department',
    },
    aliases: ['управление социальных программ', 'Әлеуметтік бағдарламалар басқармасы'],
    issues: ['social-support'],
  },
  {
    id: 'urban-planning-department',
    kind: 'department',
    labels: {
      ru: 'Управление городского планирования и урбанистики',
      kk: 'Қалалық жоспарлау және урбанистика басқармасы',
      en: 'Urban Planning Department',
    },
    aliases: ['управление архитектуры и градостроительства', 'Сәулет және қала құрылысы басқармасы'],
    issues: ['construction'],
  },
  {
    id: 'housing-department',
    kind: 'department',
    labels: {
      ru: 'Управление жилищной политики',
      kk: 'Тұрғын үй саясаты басқармасы',
      en: 'Housing Policy Department',
    },
    aliases: ['управление жилищно-коммунального хозяйства'],
    issues: ['housing-utilities'],
  },
  {
    id: 'entrepreneurship-department',
    kind: 'department',
    labels: {
      ru: 'Управление предпринимательства и инвестиций',
      kk: 'Кәсіпкерлік және инвестициялар басқармасы',
      en: 'Entrepreneurship and Investment Department',
    },
    aliases: ['управление предпринимательства'],
    issues: ['prices'],
  },
  {
    id: 'police-department',
    kind: 'state-body',
    labels: {
      ru: 'Департамент полиции города Алматы',
      kk: 'Алматы қаласының Полиция департаменті',
      en: 'Almaty Police Department',
    },
    aliases: ['департамент полиции Алматы', 'Полиция департаменті', 'Almaty police'],
    // A bare "полиция" is as often another city's or country's.
    context: ALMATY_CONTEXT,
    ambiguousAliases: ['полиция', 'полицейские', 'police'],
    issues: ['safety'],
  },
];

/**
 * The utilities answer for a part of an issue only, told apart by their own words: in Almaty
 * hot water comes with the heating network, cold water and sewerage with the water utility.
 */
const UTILITIES: readonly AgencyEntry[] = [
  {
    id: 'water-utility',
    kind: 'utility',
    labels: { ru: 'Алматы Су', kk: 'Алматы Су', en: 'Almaty Su (water utility)' },
    aliases: ['ГКП Алматы Су', 'Алматысу', 'Almaty Su', 'водоканал'],
    issues: ['outages'],
    keywords: {
      ru: ['нет воды', 'без воды', 'холодная вода', 'напор воды', 'водоснабжени*', 'водопровод*', 'канализац*'],
      kk: ['су жоқ', 'сусыз', 'суық су', 'сумен жабдықтау', 'кәріз*'],
      en: ['no water', 'water supply', 'sewer*'],
    },
  },
  {
    id: 'heating-network',
    kind: 'utility',
    labels: { ru: 'Алматинские тепловые сети', kk: 'Алматы жылу желілері', en: 'Almaty Heating Networks' },
    aliases: ['АлТС', 'тепловые сети', 'Almaty heating networks'],
    issues: ['outages'],
    keywords: {
      ru: ['отоплени*', 'горячая вода', 'теплоснабжени*', 'батаре*', 'теплосет*', 'теплотрасс*', 'тепломагистрал*'],
      kk: ['жылу', 'ыстық су', 'жылумен жабдықтау'],
      en: ['heating', 'hot water'],
    },
  },
  {
    id: 'power-company',
    kind: 'utility',
    labels: {
      ru: 'Алатау Жарык Компаниясы',
      kk: 'Алатау Жарық Компаниясы',
      en: 'Alatau Zharyq Company (power distribution)',
    },
    aliases: ['АЖК', 'Alatau Zharyq', 'Alatau Zharyk'],
    issues: ['outages'],
    keywords: {
      ru: ['свет', 'нет света', 'без света', 'электроэнерги*', 'электричеств*'],
      kk: ['жарық жоқ', 'жарықсыз', 'электр*'],
      en: ['power cut', 'blackout*', 'electricity'],
    },
  },
  {
    id: 'electric-transport',
    kind: 'utility',
    labels: { ru: 'Алматыэлектротранс', kk: 'Алматыэлектротранс', en: 'Almatyelectrotrans' },
    aliases: ['Almatyelectrotrans', 'Almatyelektrotrans'],
    issues: ['transport'],
    keywords: {
      ru: ['троллейбус*', 'трамва*', 'электробус*'],
      kk: ['троллейбус', 'трамвай', 'электробус'],
      en: ['trolleybus*', 'tram', 'trams'],
    },
  },
  {
    id: 'metro',
    kind: 'utility',
    labels: { ru: 'Алматинский метрополитен', kk: 'Алматы метрополитені', en: 'Almaty Metro' },
    aliases: ['метрополитен Алматы', 'Almaty Metro'],
    issues: ['transport'],
    keywords: { ru: ['метро', 'метрополитен*'], kk: ['метро'], en: ['metro', 'subway'] },
  },
];

/** District akimats: the Russian genitive adjective, the Kazakh and the Latin district name. */
const DISTRICT_AKIMAT_NAMES: readonly (readonly [string, string, string, string])[] = [
  ['alatau', 'Алатауского', 'Алатау', 'Alatau'],
  ['almaly', 'Алмалинского', 'Алмалы', 'Almaly'],
  ['auezov', 'Ауэзовского', 'Әуезов', 'Auezov'],
  ['bostandyk', 'Бостандыкского', 'Бостандық', 'Bostandyk'],
  ['zhetysu', 'Жетысуского', 'Жетісу', 'Zhetysu'],
  ['medeu', 'Медеуского', 'Медеу', 'Medeu'],
  ['nauryzbay', 'Наурызбайского', 'Наурызбай', 'Nauryzbay'],
  ['turksib', 'Турксибского', 'Түрксіб', 'Turksib'],
];

/** Yards, local roads, parks and the housing stock are the district akimats' first line. */
const DISTRICT_ISSUES = ['housing-utilities', 'roads', 'parks-trees'];

function districtAkimat([districtId, russian, kazakh, latin]: readonly [string, string, string, string]): Agency {
  return {
    id: `${districtId}-akimat`,
    kind: 'district-akimat',
    name: `Акимат ${russian} района`,
    labels: {
      ru: `Акимат ${russian} района`,
      kk: `${kazakh} ауданының әкімдігі`,
      en: `${latin} District Akimat`,
    },
    aliases: [`${kazakh} ауданының әкімдігі`, `${kazakh} аудандық әкімдігі`, `${latin} district akimat`],
    context: [],
    ambiguousAliases: [],
    issues: DISTRICT_ISSUES,
    districts: [districtId],
    keywords: null,
    outlets: [],
  };
}

function cityWide(entry: AgencyEntry): Agency {
  return {
    id: entry.id,
    kind: entry.kind,
    name: entry.labels.ru,
    labels: entry.labels,
    aliases: [entry.labels.kk, ...entry.aliases],
    context: entry.context ?? [],
    ambiguousAliases: entry.ambiguousAliases ?? [],
    issues: entry.issues,
    districts: [],
    keywords: entry.keywords ?? null,
    outlets: [],
  };
}

export const ALMATY_AGENCIES: readonly Agency[] = Object.freeze([
  ...CITY_BODIES.map(cityWide),
  ...UTILITIES.map(cityWide),
  ...DISTRICT_AKIMAT_NAMES.map(districtAkimat),
]);
