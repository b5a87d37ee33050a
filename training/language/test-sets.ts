/**
 * The public language-ID test sets, read from `../shared/data` (or `TYNDAU_DATA`):
 *
 * - NTREX-128: the same 1,997 news sentences in kaz, rus, eng and the look-alikes kir, tat, bak,
 *   ukr, bel, uzb (Latin), mon. Its documents are split in two by a hash of their id; rules are
 *   tuned on the "dev" half, figures come from the "test" half.
 * - lingua-rs test data: sentences and word pairs for kk, ru, en, uk, be, mn; test only.
 * - Kazakh Latin has no public test set: NTREX Kazakh written out in the 2021 alphabet by
 *   tyndau's transliterator, and again without diacritics, stand in for it (and favour tyndau).
 * - Kazakh and Kyrgyz typed on a Russian keyboard: NTREX with their own letters folded to the
 *   Russian ones, as residents type them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { latinSkeleton } from '../../src/text/latin-skeleton.js';
import { foldKazakhLetters } from '../../src/text/russian-keyboard.js';
import { kazakhCyrillicToLatin } from '../../src/text/transliterate-kazakh.js';

export const DATA = process.env.TYNDAU_DATA ?? '/work/shared/data';

export type Family = 'ntrex' | 'lingua sentences' | 'lingua word pairs' | 'synthetic';

export interface TestSet {
  readonly name: string;
  readonly family: Family;
  readonly expected: string;
  readonly texts: readonly string[];
}

function lines(path: string): string[] {
  return readFileSync(join(DATA, path), 'utf8').split('\n').map((line) => line.trim());
}

function ntrexHalf(split: string): boolean[] {
  return lines('ntrex/DOCUMENT_IDS.tsv').map((id) => {
    const half = (createHash('sha1').update(id).digest()[0] as number) % 2 === 0 ? 'dev' : 'test';
    return half === split;
  });
}

/** NTREX sentences of one language in one half. */
export function ntrexSentences(file: string, split: string): string[] {
  const inSplit = ntrexHalf(split);
  return lines(`ntrex/${file}.txt`).filter((line, index) => inSplit[index] && line);
}

export const NTREX_FILES = [
  ['kaz', 'kk'], ['rus', 'ru'], ['eng-US', 'en'], ['kir', 'ky'], ['tat', 'tt'], ['bak', 'ba'],
  ['ukr', 'uk'], ['bel', 'be'], ['uzb', 'uz'], ['mon', 'mn'],
] as const;

const LINGUA_CODES = ['kk', 'ru', 'en', 'uk', 'be', 'mn'] as const;

export function testSets(split: string): TestSet[] {
  const sets: TestSet[] = [];
  // lingua is a test set only: tuning looks at the NTREX dev half alone.
  if (split === 'test') {
    const lingua = (file: string): string[] => lines(`lingua-testdata/${file}`).filter(Boolean);
    for (const code of LINGUA_CODES) {
      sets.push({ name: `lingua ${code} sentences`, family: 'lingua sentences', expected: code, texts: lingua(`${code}-sentences.txt`) });
      sets.push({ name: `lingua ${code} word pairs`, family: 'lingua word pairs', expected: code, texts: lingua(`${code}-word-pairs.txt`) });
    }
  }
  for (const [file, expected] of NTREX_FILES) {
    sets.push({ name: `ntrex ${file} (${split})`, family: 'ntrex', expected, texts: ntrexSentences(file, split) });
  }

  const latin = ntrexSentences('kaz', split).map((text) => kazakhCyrillicToLatin(text));
  sets.push({ name: `ntrex kaz → Latin 2021 (${split}, synthetic)`, family: 'synthetic', expected: 'kk-latn', texts: latin });
  sets.push({
    name: `ntrex kaz → Latin, no diacritics (${split}, synthetic)`,
    family: 'synthetic',
    expected: 'kk-latn',
    texts: latin.map((text) => latinSkeleton(text.toLowerCase())),
  });
  // Typed on a Russian keyboard, Kazakh loses ә ғ қ ң ө ұ ү һ і ("акимдиги" for "әкімдігі") and
  // Kyrgyz its ң ө ү: the two read alike, and residents of Almaty write the first.
  for (const [file, expected] of [['kaz', 'kk'], ['kir', 'ky']] as const) {
    sets.push({
      name: `ntrex ${file} → Russian keyboard (${split}, synthetic)`,
      family: 'synthetic',
      expected,
      texts: ntrexSentences(file, split).map(typedOnRussianKeyboard),
    });
  }
  return sets;
}

const CAPITAL_KAZAKH_LETTER = /[ӘҒҚҢӨҰҮҺІ]/gu;

function typedOnRussianKeyboard(text: string): string {
  const capitals = text.replace(CAPITAL_KAZAKH_LETTER, (letter) => foldKazakhLetters(letter.toLowerCase()).toUpperCase());
  return foldKazakhLetters(capitals);
}

export interface MixedPost {
  readonly text: string;
  /** The languages of its two sentences, in order, and the share of words of the first. */
  readonly languages: readonly [string, string];
  readonly firstShare: number;
  readonly firstLength: number;
}

const WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;

/**
 * Posts of two sentences in two languages, from NTREX sentences of different documents: a
 * Kazakh sentence then a Russian one, a Russian one then a Kazakh one, and Russian with English.
 */
export function mixedPosts(split: string): { name: string; posts: MixedPost[] }[] {
  const pairs = [['kaz', 'kk', 'rus', 'ru'], ['rus', 'ru', 'kaz', 'kk'], ['rus', 'ru', 'eng-US', 'en']] as const;
  return pairs.map(([firstFile, firstCode, secondFile, secondCode]) => {
    const first = ntrexSentences(firstFile, split);
    const second = ntrexSentences(secondFile, split);
    const posts = first.map((sentence, index) => {
      // Half a set apart, so the two sentences are not translations of each other.
      const other = second[(index + Math.floor(second.length / 2)) % second.length] as string;
      const firstWords = (sentence.match(WORD) ?? []).length;
      const secondWords = (other.match(WORD) ?? []).length;
      const joined = /[.!?…»"]$/.test(sentence) ? sentence : `${sentence}.`;
      return {
        text: `${joined} ${other}`,
        languages: [firstCode, secondCode] as const,
        firstShare: firstWords / (firstWords + secondWords),
        firstLength: joined.length,
      };
    });
    return { name: `ntrex ${firstCode} + ${secondCode} (${split}, two sentences)`, posts };
  });
}
