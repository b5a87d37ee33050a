import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { normaliseForMatching, normaliseWithOffsets } from '../../src/text/normalise.js';
import { kazakhLatinToCyrillic } from '../../src/text/transliterate-kazakh.js';

/** Lines of "post<TAB>form matching sees", comments after "#". */
function cases(name: string): Array<[string, string]> {
  return readFileSync(new URL(`../fixtures/text/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t') as [string, string]);
}

describe('a word typed with the keyboard switched part-way', () => {
  for (const [post, expected] of cases('keyboard-switched-words.tsv')) {
    test(`"${post}" is matched as "${expected}"`, () => {
      expect(normaliseForMatching(post)).toBe(expected);
    });
  }

  test('keeps offsets back to the word as typed', () => {
    const post = 'В Шымkentте пробки';
    const normalised = normaliseWithOffsets(post);
    const start = normalised.text.indexOf('шымкентте');
    const end = start + 'шымкентте'.length;
    expect(post.slice(normalised.origin![start]!, normalised.origin![end]!)).toBe('Шымkentте');
  });
});

describe('Kazakh in the Latin alphabets of 2017 and 2018', () => {
  for (const [post, expected] of cases('older-kazakh-latin.tsv')) {
    test(`"${post}" is matched as "${expected}"`, () => {
      expect(normaliseForMatching(post)).toBe(expected);
    });
  }

  test('reads in Cyrillic as the 2021 spelling does, і as и where the spelling does not tell', () => {
    expect(kazakhLatinToCyrillic(normaliseForMatching('Saıabaqta jaryq joq'))).toBe('саябақта жарық жоқ');
    expect(kazakhLatinToCyrillic(normaliseForMatching("A'kimdikke s'ag'ym jazdym"))).toBe('әкимдикке шағым жаздым');
  });

  test('keeps offsets back to the apostrophe spelling', () => {
    const post = "A'kimdikke s'ag'ym";
    const normalised = normaliseWithOffsets(post);
    const start = normalised.text.indexOf('şağym');
    expect(post.slice(normalised.origin![start]!, normalised.origin![start + 5]!)).toBe("s'ag'ym");
  });
});

test("the 2017 alphabet's y' and i' are у and и, read straight into Cyrillic too", () => {
  expect(kazakhLatinToCyrillic("Respy'bli'kasy")).toBe('республикасы');
});
