/**
 * A week of news with a handful of social posts, as a project following a few news sites and one
 * quiet Telegram channel sees it (minimum group size 10):
 * - 33 news articles in Russian, 11 a day from Monday to Wednesday: 16 from Vlast.kz, 14 from
 *   Orda.kz, 3 from Tengrinews;
 * - 4 Telegram posts on Thursday, 2 of them in Kazakh.
 * Platforms, languages, outlets, news against social posts and the days each add up to a total
 * the digest prints: the 4 Telegram posts, the 2 Kazakh ones, Tengrinews's 3 articles and
 * Thursday's 4 posts were that total minus the counts shown.
 */
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from '../store/make-post.js';

export const NEWS_WEEK = { from: '2024-11-11', to: '2024-11-17' };

export function newsWeekWithFewSocialPosts(): StoredItem[] {
  const items: StoredItem[] = [];
  const outlets = [...Array<string>(16).fill('Vlast.kz'), ...Array<string>(14).fill('Orda.kz'), 'Tengrinews', 'Tengrinews', 'Tengrinews'];
  outlets.forEach((outlet, index) => {
    items.push(makeItem(
      {
        nativeId: `article-${index}`, platform: 'news', outlet, title: `Автобусы ${index}`,
        text: `Новые автобусы вышли на маршрут ${index}`, url: `https://news.example/${index}`,
        publishedAt: `2024-11-${11 + (index % 3)}T04:00:00Z`,
      },
      { language: 'ru', sentiment: 'neutral', issues: ['transport'] },
    ));
  });
  for (let index = 0; index < 4; index++) {
    items.push(makeItem(
      { nativeId: `telegram-${index}`, text: `Автобус опять опоздал ${index}`, publishedAt: '2024-11-14T06:00:00Z' },
      { language: index < 2 ? 'kk' : 'ru', sentiment: 'negative', issues: ['transport'] },
    ));
  }
  return items;
}
