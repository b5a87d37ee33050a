import { describe, expect, it } from 'vitest';

import { fixture, importFixture } from './fixture.js';

const CUT_OFF = 'the JSON file ends inside an unfinished record (cut off in transfer or while it was ' +
  'saved?); the records before it are read, everything after the last complete one was lost';

describe('a JSON file cut off before its end', () => {
  it('keeps the records of a list before the cut and skips the one that was cut, with its line', async () => {
    const batch = await importFixture('json-array-of-records-cut-off.json');

    expect(batch.posts.map((post) => post.nativeId)).toEqual(['r0', 'r1', 'r2']);
    expect(batch.skipped).toEqual([
      { location: { file: fixture('json-array-of-records-cut-off.json'), line: 29 }, reason: CUT_OFF },
    ]);
  });

  it('keeps the messages of a Telegram export stopped inside a message, not its text entities', async () => {
    const batch = await importFixture('telegram-export-cut-off-mid-message.json');

    expect(batch.format).toBe('telegram');
    expect(batch.posts.map((post) => post.text)).toEqual([
      'Отопление не работает в доме на Абая, 15',
      'Автобус 92 снова не пришёл, ждали час',
      'Свет отключили третий раз за неделю',
    ]);
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason])).toEqual([[93, CUT_OFF]]);
  });
});
