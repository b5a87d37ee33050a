/**
 * A Thursday as the demo store had one (2025-10-16): 60 dated posts, of them 24 news articles,
 * 10 on VK, 11 on YouTube, 10 on 'other' and 5 on Telegram, whose channel had brought 40 posts
 * on each of the four Thursdays before. The health page's platforms add up to the day's total,
 * and the day is a collection gap for Telegram (5 against a usual 40).
 */
import type { Platform } from '../../src/collect/raw-post.js';
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from '../store/make-post.js';

export const FEW_TELEGRAM_DAY = '2025-10-16';

const THURSDAY: readonly (readonly [Platform, number])[] = [
  ['news', 24], ['vk', 10], ['youtube', 11], ['other', 10], ['telegram', 5],
];
const EARLIER_THURSDAYS = ['2025-09-18', '2025-09-25', '2025-10-02', '2025-10-09'];

export function dayWithFiveTelegramPosts(): StoredItem[] {
  const items: StoredItem[] = [];
  const add = (platform: Platform, day: string, index: number) => items.push(makeItem({
    nativeId: `${platform}-${day}-${index}`,
    platform,
    text: `Автобус опять опоздал ${index}`,
    publishedAt: `${day}T06:00:00Z`,
    ...(platform === 'news' ? { outlet: 'Vlast.kz', url: `https://vlast.kz/${day}/${index}` } : {}),
  }, { issues: ['transport'] }));

  for (const [platform, count] of THURSDAY) {
    for (let index = 0; index < count; index++) add(platform, FEW_TELEGRAM_DAY, index);
  }
  for (const day of EARLIER_THURSDAYS) {
    for (let index = 0; index < 40; index++) add('telegram', day, index);
  }
  return items;
}
