/**
 * One outlet's articles on the akimat against another's, as a newsroom monitoring its rivals would
 * query them: Vlast.kz 14 negative and 2 positive, Orda.kz 12 positive; and 11 residents' posts.
 * Searched with outlet:, the counts by sentiment and each hit's sentiment label the outlets as
 * hostile and loyal.
 */
import type { SentimentLabel } from '../../src/analyze/analysis.js';
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from '../store/make-post.js';

export function outletArticlesOnTheMayor(): StoredItem[] {
  const items: StoredItem[] = [];
  const article = (outlet: string, index: number, sentiment: SentimentLabel) => items.push(makeItem({
    nativeId: `${outlet}-${index}`, platform: 'news', outlet, title: `Акимат и дороги ${index}`,
    text: `Акимат обещал отремонтировать дороги ${index}`, url: `https://${outlet.toLowerCase()}/${index}`,
    publishedAt: '2024-11-12T06:00:00Z',
  }, { sentiment, subjects: { akimat: sentiment } }));

  for (let index = 0; index < 16; index++) article('Vlast.kz', index, index < 14 ? 'negative' : 'positive');
  for (let index = 0; index < 12; index++) article('Orda.kz', index, 'positive');
  for (let index = 0; index < 11; index++) {
    items.push(makeItem(
      { nativeId: `resident-${index}`, text: `Акимат опять ничего не сделал ${index}`, publishedAt: '2024-11-12T08:00:00Z' },
      { sentiment: 'negative', subjects: { akimat: 'negative' } },
    ));
  }
  return items;
}
