/**
 * Almaty's eight districts (аудандар / районы) with the spellings posts use: the Russian
 * adjective (declined: в Ауэзовском районе), the Kazakh name (with case suffixes on the word
 * "аудан": Әуезов ауданында) and the Latin forms, in the 2021 Kazakh alphabet, in the 2018 one
 * with acute accents (Medeý aýdany) and as commonly typed without its letters.
 *
 * Each district also lists its best-known microdistricts and settlements, which residents name
 * far more often than the district: those whose names are also words or given names (Орбита,
 * Самал, Көктем "spring", Мамыр "May", Айгерим) count only beside "мкр" / "шағын ауданы" or with
 * a part number (Самал-2). From common knowledge of the city; a project can list its own.
 */
import type { District } from '../project.js';

export const ALMATY_DISTRICTS: readonly District[] = Object.freeze([
  {
    id: 'alatau',
    labels: { ru: 'Алатауский район', kk: 'Алатау ауданы', en: 'Alatau District' },
    names: ['Алатауский', 'Алатау', 'Alatau', 'Alataý'],
    neighbourhoods: [
      'Шанырак', 'Шаңырақ', 'Shanyraq', 'Shanyrak', 'Алгабас', 'Algabas', 'Зердели', 'Зерделі',
      'Курылысшы', 'Құрылысшы', 'Аккент', 'Ақкент', 'Akkent', 'Нуркент', 'Nurkent',
    ],
    ambiguousNeighbourhoods: ['Айгерим', 'Әйгерім', 'Улжан', 'Ұлжан', 'Акбулак', 'Ақбұлақ'],
  },
  {
    id: 'almaly',
    labels: { ru: 'Алмалинский район', kk: 'Алмалы ауданы', en: 'Almaly District' },
    names: ['Алмалинский', 'Алмалы', 'Almaly'],
  },
  {
    id: 'auezov',
    labels: { ru: 'Ауэзовский район', kk: 'Әуезов ауданы', en: 'Auezov District' },
    names: ['Ауэзовский', 'Ауезовский', 'Әуезов', 'Ауэзов', 'Ауезов', 'Äuezov', 'Áýezov', 'Auezov'],
    neighbourhoods: [
      'Аксай', 'Ақсай', 'Aksai', 'Aksay', 'Таугуль', 'Таугүл', 'Taugul', 'Сайран', 'Sairan',
    ],
    ambiguousNeighbourhoods: ['Мамыр', 'Mamyr', 'Жетысу', 'Жетісу'],
  },
  {
    id: 'bostandyk',
    labels: { ru: 'Бостандыкский район', kk: 'Бостандық ауданы', en: 'Bostandyk District' },
    names: ['Бостандыкский', 'Бостандық', 'Бостандык', 'Bostandyq', 'Bostandyk'],
    neighbourhoods: ['Казахфильм', 'Қазақфильм', 'Баганашыл', 'Ремизовка', 'Remizovka'],
    ambiguousNeighbourhoods: [
      'Орбита', 'Orbita', 'Коктем', 'Көктем', 'Koktem', 'Алмагуль', 'Алмагүл', 'Almagul',
    ],
  },
  {
    id: 'zhetysu',
    labels: { ru: 'Жетысуский район', kk: 'Жетісу ауданы', en: 'Zhetysu District' },
    names: ['Жетысуский', 'Жетісу', 'Жетысу', 'Jetısu', 'Jetisý', 'Zhetysu'],
    neighbourhoods: ['Айнабулак', 'Айнабұлақ', 'Ainabulak', 'Aynabulak'],
    ambiguousNeighbourhoods: ['Кулагер', 'Құлагер', 'Kulager', 'Дорожник', 'Кокжиек', 'Көкжиек', 'Kokzhiek'],
  },
  {
    id: 'medeu',
    labels: { ru: 'Медеуский район', kk: 'Медеу ауданы', en: 'Medeu District' },
    names: ['Медеуский', 'Медеу', 'Medeu', 'Medeý'],
    neighbourhoods: ['Кок-Тобе', 'Көктөбе', 'Koktobe', 'Kok-Tobe'],
    ambiguousNeighbourhoods: ['Самал', 'Samal', 'Думан', 'Duman'],
  },
  {
    id: 'nauryzbay',
    labels: { ru: 'Наурызбайский район', kk: 'Наурызбай ауданы', en: 'Nauryzbay District' },
    names: ['Наурызбайский', 'Наурызбай', 'Nauryzbai', 'Naýryzbaı', 'Nauryzbay'],
    neighbourhoods: ['Калкаман', 'Қалқаман', 'Kalkaman', 'Qalqaman', 'Тастыбулак', 'Тастыбұлақ'],
    ambiguousNeighbourhoods: ['Шугыла', 'Шұғыла', 'Каргалы', 'Қарғалы', 'Акжар', 'Ақжар'],
  },
  {
    id: 'turksib',
    labels: { ru: 'Турксибский район', kk: 'Түрксіб ауданы', en: 'Turksib District' },
    names: ['Турксибский', 'Түрксіб', 'Турксиб', 'Türksıb', 'Túrksib', 'Turksib'],
    ambiguousNeighbourhoods: ['Жулдыз', 'Жұлдыз', 'Zhuldyz', 'Кайрат', 'Қайрат', 'Kairat'],
  },
]);
