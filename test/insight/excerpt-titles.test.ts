import { describe, expect, it } from 'vitest';

import { distinctExcerpts } from '../../src/insight/excerpts.js';
import type { ExcerptCandidate } from '../../src/store/store.js';

const article = (title: string, text: string): ExcerptCandidate => ({
  kind: 'article', platform: 'news', day: '2026-12-03', outlet: 'Astana Times KZ', url: 'https://astanatimes.example/a409',
  title, text, normalised: text.toLowerCase(), issueScore: 1,
});

// The digest and the dashboard show an article's title above its text: a CSV headline that is the
// lead of the text (the Astana trial's Medialogia-style export) was read twice.
describe('an article excerpt', () => {
  it('leaves out a title that is the lead of its text, whole or cut, and keeps one that is not', () => {
    const excerpts = distinctExcerpts([
      article('Есиль — самый дорогой район столицы, а дворы не чистят', 'Есиль — самый дорогой район столицы, а дворы не чистят.'),
      article('Сарыарка: вода по…', 'Сарыарка: вода по графику до пятницы.'),
      article('Дороги Алматы', 'Ремонт дорог начнётся весной, сообщили в акимате.'),
    ], 3);

    expect(excerpts.map((excerpt) => excerpt.title)).toEqual([null, null, 'Дороги Алматы']);
  });
});
