import { describe, expect, it } from 'vitest';

import { StemCache } from '../../src/text/stem/stem-cache.js';

describe('the stem cache', () => {
  it('stems a word once while it stays in use, and forgets words no longer used', () => {
    const stemmed: string[] = [];
    const cache = new StemCache((word) => {
      stemmed.push(word);
      return word.slice(0, 3);
    }, 4);

    expect(['автобусы', 'дороги', 'автобусы'].map((word) => cache.get(word))).toEqual(['авт', 'дор', 'авт']);
    // The young half is full: "тарифы" starts a new one, and "автобусы", used again, moves to it.
    cache.get('тарифы');
    cache.get('автобусы');
    // Full again: "дороги", unused for a whole generation, is dropped; "автобусы" stays.
    cache.get('свет');
    cache.get('автобусы');
    cache.get('дороги');
    expect(stemmed).toEqual(['автобусы', 'дороги', 'тарифы', 'свет', 'дороги']);
  });
});
