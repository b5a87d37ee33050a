import { describe, expect, it } from 'vitest';

import { importFixture } from './fixture.js';

describe('records dated as .NET writes JSON dates', () => {
  it('are dated by the milliseconds in /Date(…)/, with no note of an unreadable date', async () => {
    const batch = await importFixture('json-dot-net-dates.json');
    expect(batch.posts.map((post) => [post.text, post.publishedAt?.toISOString()])).toEqual([
      ['Нет света на Абая', '2025-12-05T09:03:00.000Z'],
      ['Нет воды в Алатау', '2025-12-05T09:05:00.000Z'],
    ]);
    expect(batch.notes).toBeUndefined();
  });
});
