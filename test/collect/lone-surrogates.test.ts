import { describe, expect, it } from 'vitest';

import { importFixture } from './fixture.js';

describe('an emoji cut in half', () => {
  it('loses the half left over, in text and title; whole emoji stay, and a half alone is no text', async () => {
    const batch = await importFixture('jsonl-emoji-cut-in-half.jsonl');

    expect(batch.posts.map((post) => post.text)).toEqual([
      'Отопление не работает уже неделю, акимат молчит …',
      'Автобус 92 снова не пришёл',
      'Свет 💡 отключили\nТретий раз за неделю 😡',
    ]);
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason])).toEqual([
      [4, 'record text has no visible character (only spaces, zero-width or control characters)'],
    ]);
  });
});
