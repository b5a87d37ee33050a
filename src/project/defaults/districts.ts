/**
 * Almaty's eight districts (аудандар / районы) with the spellings posts use: the Russian
 * adjective (declined: в Ауэзовском районе), the Kazakh name (with case suffixes on the word
 * "аудан": Әуезов ауданында) and the Latin forms, in the 2021 Kazakh alphabet and as commonly
 * typed without its letters.
 */
import type { District } from '../project.js';

export const ALMATY_DISTRICTS: readonly District[] = Object.freeze([
  {
    id: 'alatau',
    labels: { ru: 'Алатауский район', kk: 'Алатау ауданы', en: 'Alatau District' },
    names: ['Алатауский', 'Алатау', 'Alatau'],
  },
  {
    id: 'almaly',
    labels: { ru: 'Алмалинский район', kk: 'Алмалы ауданы', en: 'Almaly District' },
    names: ['Алмалинский', 'Алмалы', 'Almaly'],
  },
  {
    id: 'auezov',
    labels: { ru: 'Ауэзовский район', kk: 'Әуезов ауданы', en: 'Auezov District' },
    names: ['Ауэзовский', 'Әуезов', 'Ауэзов', 'Äuezov', 'Auezov'],
  },
  {
    id: 'bostandyk',
    labels: { ru: 'Бостандыкский район', kk: 'Бостандық ауданы', en: 'Bostandyk District' },
    names: ['Бостандыкский', 'Бостандық', 'Бостандык', 'Bostandyq', 'Bostandyk'],
  },
  {
    id: 'zhetysu',
    labels: { ru: 'Жетысуский район', kk: 'Жетісу ауданы', en: 'Zhetysu District' },
    names: ['Жетысуский', 'Жетісу', 'Жетысу', 'Jetısu', 'Zhetysu'],
  },
  {
    id: 'medeu',
    labels: { ru: 'Медеуский район', kk: 'Медеу ауданы', en: 'Medeu District' },
    names: ['Медеуский', 'Медеу', 'Medeu'],
  },
  {
    id: 'nauryzbay',
    labels: { ru: 'Наурызбайский район', kk: 'Наурызбай ауданы', en: 'Nauryzbay District' },
    names: ['Наурызбайский', 'Наурызбай', 'Nauryzbai', 'Nauryzbay'],
  },
  {
    id: 'turksib',
    labels: { ru: 'Турксибский район', kk: 'Түрксіб ауданы', en: 'Turksib District' },
    names: ['Турксибский', 'Түрксіб', 'Турксиб', 'Türksıb', 'Turksib'],
  },
]);
