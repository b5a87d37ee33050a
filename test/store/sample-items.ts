/**
 * A varied, reproducible batch of stored items: news and social posts on several platforms and
 * days, with and without dates, originals and reposts, several issues, districts, slices and
 * subjects each. Seeded, so every run stores the same posts.
 */
import type { SentimentLabel } from '../../src/analyze/analysis.js';
import type { Platform } from '../../src/collect/raw-post.js';
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from './make-post.js';

const TEXTS = [
  'На Абая опять пробка до самого вечера, автобусы стоят',
  'Әуезов ауданында жарық тағы сөнді, балалар қараңғыда отыр',
  'В Алмалинском районе вырубили тополя ради парковки',
  'Спасибо акимату за новую остановку возле школы',
  'Жолдар жөнделмей жатыр, шұңқыр көп',
  'Smog over Almaty again, the air quality index is terrible',
  'Горячую воду отключили без предупреждения, пенсионеры мерзнут',
  'Тарифы на проезд подняли, а интервалы движения не сократились',
];
const PLATFORMS: readonly Platform[] = ['telegram', 'vk', 'youtube', 'news'];
const ISSUES = ['transport', 'roads', 'outages', 'ecology', 'parks-trees'];
const DISTRICTS = ['auezov', 'almaly', 'bostandyk'];
const SLICES = ['elderly', 'drivers', 'families'];
const SENTIMENTS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];
const OUTLETS = ['Vlast.kz', 'Tengrinews', 'Orda.kz'];

export function sampleItems(count: number, seed = 7): StoredItem[] {
  let state = seed;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const some = (values: readonly string[]): string[] => values.filter(() => next() < 0.35);

  const items: StoredItem[] = [];
  for (let index = 0; index < count; index++) {
    const platform = pick(PLATFORMS);
    const news = platform === 'news';
    const day = 10 + Math.floor(next() * 10);
    const dated = next() < 0.85;
    const repost = !news && index > 10 && next() < 0.15;
    const subjects: Record<string, SentimentLabel> = {};
    if (next() < 0.4) subjects['mayor'] = pick(SENTIMENTS);
    if (next() < 0.3) subjects['akimat'] = pick(SENTIMENTS);

    items.push(makeItem(
      {
        nativeId: `post-${index}`,
        platform,
        text: `${pick(TEXTS)} #${index}`,
        ...(news ? { title: 'Новости города', outlet: pick(OUTLETS), url: `https://news.example/a/${index}` } : {}),
        ...(dated ? { publishedAt: `2024-11-${day}T${String(Math.floor(next() * 24)).padStart(2, '0')}:15:00Z` } : {}),
        firstSeen: `2024-11-${day}T12:00:00Z`,
        ...(repost ? { amplifiesNativeId: `post-${index - 5}` } : {}),
      },
      {
        sentiment: pick(SENTIMENTS),
        language: pick(['ru', 'kk', 'en'] as const),
        issues: some(ISSUES),
        districts: some(DISTRICTS),
        slices: some(SLICES),
        subjects,
      },
    ));
  }
  return items;
}
