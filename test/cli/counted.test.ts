import { describe, expect, it } from 'vitest';

import { counted } from '../../src/cli/counted.js';

describe('a count with its noun', () => {
  it.each([
    [0, 'file', undefined, '0 files'],
    [1, 'near duplicate', undefined, '1 near duplicate'],
    [2, 'near duplicate', undefined, '2 near duplicates'],
    [1, 'post', undefined, '1 post'],
    [11, 'post', undefined, '11 posts'],
    [1, 'day', undefined, '1 day'],
    [3, 'entry', 'entries', '3 entries'],
  ])('%i %s', (count, singular, plural, expected) => {
    expect(counted(count, singular, plural)).toBe(expected);
  });
});
