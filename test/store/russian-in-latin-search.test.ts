/**
 * Russian typed in Latin letters is stored with its Cyrillic reading in the normalised text, so
 * that search finds it by the Russian word as well as by the Latin spelling it was written in.
 */
import { describe, expect, it } from 'vitest';

import { makePost } from './make-post.js';
import { searchedDays } from './searched-days.js';
import { BACKEND_NAMES } from './store-backends.js';
import { createAnalyzer } from '../../src/analyze/pipeline.js';
import { ALMATY_PROJECT } from '../fixtures/analyze/almaty-project.js';

const analyzer = await createAnalyzer(ALMATY_PROJECT);

const ITEMS = [
  { nativeId: 'latin', text: 'Pochemu opyat net goryachey vody v nashem dome?', publishedAt: '2026-11-01T05:00:00Z' },
  { nativeId: 'cyrillic', text: 'Почему опять нет горячей воды в нашем доме?', publishedAt: '2026-11-02T05:00:00Z' },
].map((input) => {
  const post = makePost(input);
  return { post, analysis: analyzer.analyze({ text: post.text }) };
});

describe.each(BACKEND_NAMES)('%s store: Russian typed in Latin letters', (backendName) => {
  const days = searchedDays(backendName, ITEMS);

  it('is found by the Russian word, the phrase and the Latin spelling', () => {
    expect(days('горячей')).toEqual(['2026-11-01', '2026-11-02']);
    expect(days('"горячей воды"')).toEqual(['2026-11-01', '2026-11-02']);
    expect(days('goryachey')).toEqual(['2026-11-01']);
    expect(days('issue:outages')).toEqual(['2026-11-01', '2026-11-02']);
  });
});
