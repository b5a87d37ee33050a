import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { shorten } from '../../src/insight/excerpts.js';
import { cutSnippet } from '../../src/store/snippet.js';
import { cutAfter, cutBefore, splitsCharacter } from '../../src/text/cut-boundary.js';

/** A Telegram post of emoji, a family ZWJ sequence, skin tones, a flag, keycaps and accents. */
const POST = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'text', 'telegram-post-with-emoji-sequences.txt'), 'utf8').trim();

/** Places in `text` that split one visible character: half an emoji, a mark or joiner cut off. */
function brokenPlaces(text: string): string[] {
  const broken: string[] = [];
  if (/^(?:\p{M}|\u200d|[\ufe00-\ufe0f]|[\u{1f3fb}-\u{1f3ff}])/u.test(text.replace(/^…/, ''))) broken.push(`starts ${text.slice(0, 3)}`);
  if (/\u200d…?$/u.test(text)) broken.push(`ends ${text.slice(-3)}`);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const high = code >= 0xd800 && code <= 0xdbff;
    const low = code >= 0xdc00 && code <= 0xdfff;
    const next = text.charCodeAt(index + 1);
    const previous = text.charCodeAt(index - 1);
    if (high && !(next >= 0xdc00 && next <= 0xdfff)) broken.push(`lone half at ${index}`);
    if (low && !(previous >= 0xd800 && previous <= 0xdbff)) broken.push(`lone half at ${index}`);
  }
  return broken;
}

describe('cutting text where no character splits', () => {
  it('moves a cut off the middle of an emoji, a joined sequence and an accent', () => {
    const family = 'а👨‍👩‍👧б';
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((index) => splitsCharacter(family, index)))
      .toEqual([false, true, true, true, true, true, true, true, false]);
    expect(cutBefore(family, 5)).toBe(1);
    expect(cutAfter(family, 5)).toBe(9);
    expect(cutBefore('ё́лка', 1)).toBe(0);
  });

  it('gives search snippets of the post that split no character, wherever the match is', () => {
    const broken = new Set<string>();
    for (let anchor = 0; anchor < POST.length; anchor++) {
      const snippet = cutSnippet(POST, [{ start: anchor, end: anchor + 1 }]);
      for (const place of brokenPlaces(snippet.text)) broken.add(`anchor ${anchor}: ${place}`);
    }
    expect([...broken]).toEqual([]);
  });

  it('gives digest and alert excerpts of the post that split no character, at any length', () => {
    const text = POST.replace(/\s+/g, '');
    const broken = new Set<string>();
    for (let length = 2; length < text.length; length++) {
      for (const place of brokenPlaces(shorten(text, length))) broken.add(`length ${length}: ${place}`);
    }
    expect([...broken]).toEqual([]);
  });
});
