import { describe, expect, it } from 'vitest';

import { memoKey, TextMemo } from '../../src/text/text-memo.js';

describe('the memo of recent texts', () => {
  it('works a text out once while it is among the most recently used, then forgets it', () => {
    const worked: string[] = [];
    const memo = new TextMemo<string>({ maxTexts: 2, maxCharacters: 1000 });
    const work = (text: string): string => {
      worked.push(text);
      return text.toUpperCase();
    };

    expect(['репост', 'отзыв', 'репост'].map((text) => memo.get(text, work))).toEqual(['РЕПОСТ', 'ОТЗЫВ', 'РЕПОСТ']);
    // "репост" was used last, so the third text pushes out "отзыв".
    memo.get('новость', work);
    memo.get('репост', work);
    memo.get('отзыв', work);
    expect(worked).toEqual(['репост', 'отзыв', 'новость', 'отзыв']);
    expect(memo.size).toBe(2);
  });

  it('holds no more characters than its bound, and never a text longer than the bound', () => {
    const memo = new TextMemo<number>({ maxTexts: 100, maxCharacters: 10 });
    const work = (text: string): number => text.length;

    for (const text of ['aaaa', 'bbbb', 'cccc']) memo.get(text, work);
    expect({ size: memo.size, characters: memo.characters }).toEqual({ size: 2, characters: 8 });

    expect(memo.get('a very long article', work)).toBe(19);
    expect({ size: memo.size, characters: memo.characters }).toEqual({ size: 2, characters: 8 });
  });
});

describe('memo keys', () => {
  it('tell apart lists that join to the same text, and an absent part from an empty one', () => {
    const keys = [
      memoKey(['a', 'bc']), memoKey(['ab', 'c']), memoKey([null, 'abc']), memoKey(['', 'abc']), memoKey(['abc', null]),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
