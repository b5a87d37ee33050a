/**
 * A replayed eight-week series for alert tests: a few hundred dated posts a day with a weekday
 * cycle (fewer on weekends), a steady share about transport in Almaly and about housing in the
 * whole city, with seeded noise so every run builds the same store. Options inject a spike of
 * distinct complaints, a copy-paste campaign, a collection gap or a backlog without dates.
 */
import { WHOLE_CITY } from '../../src/store/dated-posts.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { StoredItem } from '../../src/store/store.js';
import { addDays } from '../../src/store/day-range.js';
import { makeItem } from '../store/make-post.js';

export const FIRST_DAY = '2024-09-02';
export const DAYS = 56;
export const SPIKE_DAY = addDays(FIRST_DAY, 49);

export interface SeriesOptions {
  readonly spike?: 'distinct' | 'copies';
  /** Keep only this share of the spike day's ordinary posts, as if collection stopped early. */
  readonly gapAtSpike?: number;
  /** The spike's posts arrive without dates, so tyndau dates them on the day it saw them. */
  readonly spikeUndated?: boolean;
}

const WORDS = [
  'город', 'улица', 'двор', 'дом', 'вода', 'свет', 'школа', 'парк', 'дорога', 'мост', 'рынок',
  'магазин', 'больница', 'очередь', 'цена', 'снег', 'мусор', 'шум', 'ремонт', 'тротуар', 'сосед',
  'лифт', 'подъезд', 'крыша', 'детсад', 'поликлиника', 'светофор', 'парковка', 'остановка', 'фонарь',
  'асфальт', 'яма', 'отопление', 'батарея', 'труба', 'кран', 'газ', 'счет', 'тариф', 'жалоба',
  'обращение', 'ответ', 'неделя', 'утро', 'вечер', 'ночь', 'лето', 'осень', 'зима', 'весна',
];
const SPIKE_WORDS = ['автобус', 'маршрут', 'отменили', 'ждали', 'остановке'];

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildReplayedStore(options: SeriesOptions = {}): SqliteStore {
  const random = seededRandom(7);
  const sentence = (extra: readonly string[] = []) => {
    const words = Array.from({ length: 14 }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    for (const word of extra) words.splice(Math.floor(random() * words.length), 0, word);
    return words.join(' ');
  };

  const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  let serial = 0;
  for (let index = 0; index < DAYS; index++) {
    const day = addDays(FIRST_DAY, index);
    const weekend = index % 7 >= 5;
    const ordinary = Math.round((weekend ? 180 : 300) * (0.9 + 0.2 * random()));
    const kept = day === SPIKE_DAY && options.gapAtSpike !== undefined ? options.gapAtSpike : 1;
    const items: StoredItem[] = [];

    for (let n = 0; n < ordinary * kept; n++) {
      const draw = random();
      const analysis = draw < 0.04
        ? { issues: ['transport'], districts: ['almaly'] }
        : draw < 0.10 ? { issues: ['housing-utilities'] } : {};
      items.push(makeItem(
        { nativeId: `p${serial++}`, text: sentence(), publishedAt: timeOn(day, random) },
        analysis,
      ));
    }

    if (day === SPIKE_DAY && options.spike) {
      for (let n = 0; n < 45; n++) {
        const text = options.spike === 'copies'
          ? `Акимат молодец, автобусы ходят отлично! Спасибо за маршрут ${n % 3 === 0 ? '!!' : ''}`
          : sentence(SPIKE_WORDS);
        const dated = options.spikeUndated
          ? { firstSeen: `${day}T09:00:00Z` }
          : { publishedAt: timeOn(day, random) };
        items.push(makeItem(
          { nativeId: `spike${n}`, text, ...dated },
          { issues: ['transport'], districts: ['almaly'] },
        ));
      }
    }
    store.savePosts(items);
  }
  return store;
}

/** An hour of the day in Almaty (UTC+5), as an ISO time. */
function timeOn(day: string, random: () => number): string {
  const hour = 3 + Math.floor(random() * 14);
  return `${day}T${String(hour).padStart(2, '0')}:00:00Z`;
}

export const TRANSPORT_IN_ALMALY = { kind: 'issue', issueId: 'transport', districtId: 'almaly' } as const;
export const HOUSING_CITYWIDE = { kind: 'issue', issueId: 'housing-utilities', districtId: WHOLE_CITY } as const;
