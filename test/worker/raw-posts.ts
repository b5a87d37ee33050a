/**
 * A reproducible stream of raw posts as collectors publish them: social posts on several
 * platforms, news with outlets, undated posts and reposts, in Russian, Kazakh and English.
 */
import type { Platform, RawPost } from '../../src/collect/raw-post.js';

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

export function rawPosts(count: number): RawPost[] {
  const posts: RawPost[] = [];
  for (let index = 0; index < count; index++) {
    const platform = PLATFORMS[index % PLATFORMS.length]!;
    const news = platform === 'news';
    const day = 1 + (index % 27);
    posts.push({
      kind: news ? 'article' : 'social',
      platform,
      nativeId: `message-${index}`,
      text: `${TEXTS[(index * 7) % TEXTS.length]} (${index})`,
      ...(news ? { title: 'Новости города', outlet: 'Vlast.kz', url: `https://vlast.kz/a/${index}` } : {}),
      ...(index % 9 === 0 ? {} : { publishedAt: new Date(Date.UTC(2024, 10 + (index % 2), day, index % 24)) }),
      ...(!news && index % 11 === 5 ? { amplifiesNativeId: `message-${index - 4}` } : {}),
      location: { file: 'stream.jsonl', line: index + 1 },
    });
  }
  return posts;
}
