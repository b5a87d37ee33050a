import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parseQuery } from '../../src/query/parser.js';
import { QueryError } from '../../src/query/query-error.js';
import { districtHints } from '../../src/query/district-hints.js';
import { queryVocabularyOf } from '../../src/query/project-vocabulary.js';
import { makeProject } from '../report/make-project.js';

const vocabulary = queryVocabularyOf(makeProject('ru'));
const fixture = fileURLToPath(new URL('../fixtures/query/field-values-written-as-names.txt', import.meta.url));
const cases = readFileSync(fixture, 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string]);

const misspelt = fileURLToPath(new URL('../fixtures/query/field-values-misspelt-or-one-word-of-a-name.txt', import.meta.url));
const misspeltCases = readFileSync(misspelt, 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string]);

function idOf(query: string): string | undefined {
  const root = parseQuery(query, { vocabulary }).root;
  return root.type === 'field' && 'id' in root.filter ? root.filter.id : undefined;
}

describe('a field value written as a name', () => {
  it.each(cases)('%s stands for %s', (query, id) => {
    expect(idOf(query)).toBe(id);
  });

  it('still refuses a name the project does not have, listing the ids', () => {
    expect(() => parseQuery('district:Есиль', { vocabulary })).toThrow(QueryError);
  });

  it.each(misspeltCases)('%s is refused with %s suggested', (query, id) => {
    const [field, value] = query.split(':') as [string, string];
    expect(() => parseQuery(query, { vocabulary })).toThrow(
      new RegExp(`^query: column \\d+: the project has no ${field} "${value}"; did you mean ${field}:${id}\\? `),
    );
  });

  it('suggests nothing for a word that is in the names of two ids, or of none', () => {
    expect(() => parseQuery('district:Есиль', { vocabulary })).toThrow(/no district "Есиль"; district ids are/);
    expect(() => parseQuery('issue:и', { vocabulary })).toThrow(/no issue "и"; issue ids are/);
  });
});

const shownValues = fileURLToPath(new URL('../fixtures/query/sentiment-and-platform-written-as-shown.txt', import.meta.url));
const shownCases = readFileSync(shownValues, 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, 'sentiment' | 'platform', string]);

describe('a sentiment or a platform written as the dashboard shows it', () => {
  it.each(shownCases)('%s is a %s filter for %s', (query, field, value) => {
    const root = parseQuery(query, { vocabulary }).root;
    expect(root.type === 'field' ? root.filter : root).toEqual({ field, [field]: value });
  });

  it('still refuses a word that names no sentiment, listing the values', () => {
    expect(() => parseQuery('sentiment:плохо', { vocabulary })).toThrow('sentiment: takes negative, neutral, positive');
  });

  // A breaker's round: "sentiment:negatve" was refused with the list alone.
  it.each([
    ['sentiment:negatve', 'sentiment: takes negative, neutral, positive; not "negatve"; did you mean sentiment:negative?'],
    ['sentiment:Positiv', 'sentiment: takes negative, neutral, positive; not "Positiv"; did you mean sentiment:positive?'],
    ['platform:telegarm', 'did you mean platform:telegram?'],
  ])('suggests the value meant for a typo: %s', (query, message) => {
    expect(() => parseQuery(query, { vocabulary })).toThrow(message);
  });
});

describe('a query word that names a district', () => {
  const project = makeProject('ru');
  const hintsOf = (query: string) => districtHints(parseQuery(query, { vocabulary }), project);

  it('gets the district filter suggested: its bare name, a form of it, a microdistrict', () => {
    expect(hintsOf('Ауэзов')).toEqual([{ word: 'ауэзов', filter: 'district:auezov' }]);
    expect(hintsOf('вода AND (Әуезов OR Таугуль)')).toEqual([
      { word: 'әуезов', filter: 'district:auezov' }, { word: 'таугуль', filter: 'district:auezov' },
    ]);
    expect(hintsOf('Турксиб свет')).toEqual([{ word: 'турксиб', filter: 'district:turksib' }]);
  });

  it('gets none for other words, a word under NOT, a wildcard, or a query that filters by district already', () => {
    expect(hintsOf('вода свет')).toEqual([]);
    expect(hintsOf('вода NOT Ауэзов')).toEqual([]);
    expect(hintsOf('Ауэзов*')).toEqual([]);
    expect(hintsOf('Ауэзов district:medeu')).toEqual([]);
  });

  it('gets none for a district name that alone names another place, as Astana\'s Алматы ауданы', () => {
    const astana = { ...project, city: 'Астана', districts: [
      { id: 'almaty', labels: { ru: 'Алматинский район', kk: 'Алматы ауданы', en: 'Almaty District' }, names: ['Алматинский', 'Алматы', 'Almaty'] },
      { id: 'yesil', labels: { ru: 'Есильский район', kk: 'Есіл ауданы', en: 'Yesil District' }, names: ['Есильский', 'Есиль'] },
    ] };
    const hints = (query: string) => districtHints(parseQuery(query, { vocabulary }), astana);
    expect(hints('Алматы вода')).toEqual([]);
    expect(hints('Есиль вода')).toEqual([{ word: 'есиль', filter: 'district:yesil' }]);
  });
});
