import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Snippet, Store } from '../../src/store/store.js';
import { makeItem } from './make-post.js';
import { createBackend, type StoreBackend } from './store-backends.js';

let backend: StoreBackend;
let store: Store;

beforeAll(async () => {
  backend = await createBackend('postgres');
  store = (await backend.location()).open();
  store.savePosts([
    makeItem({ nativeId: 'kk-1', text: 'Алматы қаласы әкімдігі жолдарды жөндеуге уәде берді', publishedAt: '2024-11-11T05:00:00Z' },
      { language: 'kk', sentiment: 'positive' }),
    makeItem({ nativeId: 'ru-1', text: 'Акимат опять обещает отремонтировать дороги. Досаевтың уәдесі тағы да орындалмады', publishedAt: '2024-11-12T05:00:00Z' },
      { sentiment: 'negative', issues: ['roads'] }),
    makeItem({ nativeId: 'ru-2', text: 'Новогоднюю ЁЛКУ на площади Республики уже ставят', publishedAt: '2024-11-13T05:00:00Z' }),
    makeItem({ nativeId: 'latn-1', text: 'Almaty qalasy äkımdıgı jaña avtobus satyp aldy', publishedAt: '2024-11-13T06:00:00Z' },
      { language: 'kk-latn', sentiment: 'positive' }),
    makeItem({ nativeId: 'news-1', platform: 'news', title: 'Дороги Алматы', text: 'Ремонт дорог начнётся весной, сообщили в акимате.',
      outlet: 'Vlast.kz', url: 'https://vlast.kz/roads', publishedAt: '2024-11-13T07:00:00Z' }, { issues: ['roads'] }),
  ]);
});

afterAll(async () => {
  store.close();
  await backend.dispose();
});

function marked(snippet: Snippet): string {
  let text = snippet.text;
  for (const { start, end } of [...snippet.highlights].reverse()) {
    text = `${text.slice(0, start)}[${text.slice(start, end)}]${text.slice(end)}`;
  }
  return text;
}

const search = (query: string, from?: string, to?: string) =>
  store.search(query, { limit: 10, offset: 0, ...(from ? { from } : {}), ...(to ? { to } : {}) });

describe('PostgreSQL full-text search', () => {
  it('finds Russian words in other forms through the Russian configuration', () => {
    const result = search('акиматы дорогой');

    expect(result.hits.map((hit) => hit.day)).toEqual(['2024-11-13', '2024-11-12']);
    expect(result.bySentiment).toEqual({ negative: 1, neutral: 1, positive: 0 });
  });

  it('finds Kazakh words by their normalised letters through the simple configuration', () => {
    expect(marked(search('Әкімдігі').hits[0]!.snippet)).toBe('Алматы қаласы [әкімдігі] жолдарды жөндеуге уәде берді');
    expect(search('äkımdıgı').total).toBe(1);
    expect(search('уәдесі').total).toBe(1);
  });

  it('folds case and ё in the query as in the stored text', () => {
    expect(marked(search('Елку').hits[0]!.snippet)).toBe('Новогоднюю [ЁЛКУ] на площади Республики уже ставят');
  });

  it('matches phrases in order, OR, NOT and NEAR', () => {
    expect(search('"ремонт дорог"').total).toBe(1);
    expect(search('"дорог ремонт"').total).toBe(0);
    expect(search('ёлку OR qalasy').total).toBe(2);
    expect(search('дороги NOT акимат').total).toBe(0);
    expect(search('акимат NEAR/3 дороги').total).toBe(1);
  });

  it('applies field filters and the day range', () => {
    expect(search('дороги platform:news').hits.map((hit) => hit.outlet)).toEqual(['Vlast.kz']);
    expect(search('issue:roads').total).toBe(2);
    expect(search('алматы', '2024-11-11', '2024-11-12').hits.map((hit) => hit.language)).toEqual(['kk']);
  });

  it('reads the query language, never text-search syntax', () => {
    expect(search("акимат 'дороги'").total).toBe(2);
    expect(() => search('NEAR(акимат "дороги')).toThrow(/^query: column 1:/);
  });
});
