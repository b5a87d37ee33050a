/**
 * A week of posts for digest and export tests, counted by hand (minimum group size 10):
 * - roads: 12 Telegram posts (8 negative), one of them carrying `<script>` and Markdown link
 *   syntax, 10 in Auezov district about drivers, 11 negative toward the akimat; 2 reposts;
 * - outages: 9 posts, too few to show;
 * - transport: 13 news articles, 10 from Vlast.kz and 3 from an outlet whose scraped name is
 *   a spreadsheet formula; one article's URL is `javascript:`;
 * - 3 undated posts, counted on the day they were first seen;
 * - the week before: 4 roads posts and 20 transport posts.
 */
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from '../store/make-post.js';

export const WEEK = { from: '2024-11-11', to: '2024-11-17' };
export const HOSTILE_TEXT = '<script>alert("xss")</script> Яма на [Толе би](javascript:alert(1)) | **срочно**';
export const FORMULA_OUTLET = '=HYPERLINK("http://evil.example","x")';

export function hostileWeek(): StoredItem[] {
  const items: StoredItem[] = [];
  const sentiments = ['negative', 'negative', 'negative', 'negative', 'negative', 'negative', 'negative',
    'negative', 'neutral', 'neutral', 'neutral', 'positive'] as const;
  sentiments.forEach((sentiment, index) => {
    items.push(makeItem(
      {
        nativeId: `roads-${index}`,
        text: index === 0 ? HOSTILE_TEXT : `Дорога на Абая разбита, участок ${index}`,
        ...(index < 3 ? { firstSeen: '2024-11-12T06:00:00Z' } : { publishedAt: `2024-11-${11 + (index % 3)}T06:00:00Z` }),
      },
      {
        sentiment,
        issues: [{ issueId: 'roads', score: index === 0 ? 0.99 : 0.5, evidence: [] }],
        districts: index < 10 ? ['auezov'] : [],
        slices: index < 10 ? ['drivers'] : [],
        subjects: index < 11 ? { akimat: 'negative' } : {},
      },
    ));
  });
  for (let index = 0; index < 2; index++) {
    items.push(makeItem(
      { nativeId: `roads-repost-${index}`, text: 'Яма', publishedAt: '2024-11-12T07:00:00Z', amplifiesNativeId: 'roads-1' },
      { sentiment: 'negative', issues: ['roads'] },
    ));
  }
  for (let index = 0; index < 9; index++) {
    items.push(makeItem(
      { nativeId: `outage-${index}`, text: `Нет света в доме ${index}`, publishedAt: '2024-11-14T10:00:00Z' },
      { sentiment: 'negative', issues: ['outages'] },
    ));
  }
  for (let index = 0; index < 13; index++) {
    items.push(makeItem(
      {
        nativeId: `transport-${index}`, platform: 'news', title: `Новые автобусы ${index}`,
        text: `В парк поступили новые автобусы, партия ${index}`,
        outlet: index < 10 ? 'Vlast.kz' : FORMULA_OUTLET,
        url: index === 9 ? 'javascript:alert(document.cookie)' : `https://vlast.kz/transport/${index}`,
        publishedAt: '2024-11-15T04:00:00Z',
      },
      { sentiment: 'positive', issues: [{ issueId: 'transport', score: index === 9 ? 0.99 : 0.5, evidence: [] }] },
    ));
  }
  for (let index = 0; index < 4; index++) {
    items.push(makeItem({ nativeId: `old-roads-${index}`, text: 'Яма', publishedAt: '2024-11-05T06:00:00Z' }, { issues: ['roads'] }));
  }
  for (let index = 0; index < 20; index++) {
    items.push(makeItem({ nativeId: `old-transport-${index}`, text: 'Автобус', publishedAt: '2024-11-06T06:00:00Z' }, { issues: ['transport'] }));
  }
  return items;
}
