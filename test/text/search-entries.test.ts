import { beforeAll, describe, expect, test } from 'vitest';

import { createAnalyzer, type Analyzer } from '../../src/analyze/pipeline.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import {
  detachedEntry, formOfEntry, indexToken, searchEntries, searchWords, stemModeOf,
} from '../../src/text/search-words.js';
import { ALMATY_PROJECT } from '../fixtures/analyze/almaty-project.js';

const POSTS: readonly [string, string][] = [
  ['Автобусы №92 опять не пришли, ждали 40 минут на Абая-Гагарина', 'ru'],
  ['Әуезов ауданында ыстық су жоқ, тұрғындар әкімдікке шағымданды', 'kk'],
  ['Almaty qalasy äkımdıgı jaña avtobus satyp aldy', 'kk-latn'],
  ["Traffic jams on Al-Farabi avenue, o'zbek drivers say", 'en'],
  ['Әкімдік жолды жөндеді, но пробки остались. 北京 2025', 'mixed'],
  ['', 'other'],
];

describe('search entries of a post', () => {
  test.each(POSTS)('are the entries of its words, in order, one space apart: %s', (text, language) => {
    const normalised = normaliseForMatching(text);
    const expected = searchWords(normalised, stemModeOf(language))
      .map((word) => indexToken(word.space, word.stem, word.form));

    expect(searchEntries(normalised, language)).toBe(expected.join(' '));
  });

  test('give back each word as written, hyphens and apostrophes joined', () => {
    const entries = searchEntries(normaliseForMatching("Абая-Гагарина o'zbek 2025 жолдарды"), 'kk');

    // The hyphenated word's parts follow the words, after a gap no query fits; the apostrophe
    // joins without splitting.
    expect(entries.split(' ').map(formOfEntry)).toEqual([
      'абая-гагарина', 'o-zbek', '2025', 'жолдарды', '', 'абая', 'гагарина',
    ]);
  });

  test('a kept entry is a string equal to the one it was cut from', () => {
    const entry = searchEntries('автобусы опоздали', 'ru').split(' ')[1]!;

    expect(detachedEntry(entry)).toBe(entry);
  });
});

describe('the analysis', () => {
  let analyzer: Analyzer;

  beforeAll(async () => {
    analyzer = await createAnalyzer(ALMATY_PROJECT);
  });

  test.each(POSTS)('brings the entries the store would work out itself: %s', (text) => {
    const analysis = analyzer.analyze({ text });

    expect(analysis.searchEntries).toBe(searchEntries(analysis.normalised, analysis.language.code));
  });

  test.each(POSTS)('of a stored post brings none when its entry was made from the same text and language: %s', (text) => {
    const first = analyzer.analyze({ text });
    const indexed = { normalised: first.normalised, language: first.language.code };
    const otherLanguage = first.language.code === 'kk' ? 'ru' : 'kk';

    expect(analyzer.analyze({ text, indexed }).searchEntries).toBeUndefined();
    expect(analyzer.analyze({ text, indexed: { ...indexed, language: otherLanguage } }).searchEntries)
      .toBe(first.searchEntries);
    expect(analyzer.analyze({ text, indexed: { ...indexed, normalised: `${first.normalised} ` } }).searchEntries)
      .toBe(first.searchEntries);
  });
});
