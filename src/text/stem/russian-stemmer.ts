/** Russian stems by the Snowball algorithm: автобусы, автобусом → автобус. */
import { russianSnowballStem } from './russian-snowball.js';
import { StemCache } from './stem-cache.js';

// Indeclinable loanwords whose last vowel Snowball takes for an ending: "метро" would share
// the stem "метр" with "метров", "такси" "такс" with "таксы". They are their own stem.
const INDECLINABLE = new Set([
  'метро', 'кафе', 'такси', 'кино', 'шоссе', 'депо', 'бюро', 'ателье', 'жюри', 'пальто', 'кофе',
  'радио', 'фойе', 'пюре', 'меню', 'интервью', 'каре', 'авто', 'фото', 'видео', 'аудио',
]);

const cache = new StemCache((word) => (INDECLINABLE.has(word) ? word : russianSnowballStem(word)));

/** Stem of a lower-case Russian word (ё already folded to е). */
export function stemRussian(word: string): string {
  return cache.get(word);
}
