import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { districtNamesOf, isDistrictWord } from '../../src/alerts/district-words.js';
import { topTerms } from '../../src/alerts/top-terms.js';
import { makeProject } from '../report/make-project.js';
import { isGrammaticalWord } from '../../src/text/grammatical-words.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/alerts/kazakh-spike-over-russian-baseline.json', import.meta.url), 'utf8')) as {
  spike: string[];
  baseline: string[];
};

describe('the top terms of a spike', () => {
  it('are what its posts are about, not the grammar of a language the days before did not use', () => {
    // "тариф" is in the Russian posts before too, so it ranks after the words only the spike has.
    expect(topTerms(fixture.spike, fixture.baseline)).toEqual(['интернет', 'нашар', 'бағасы', 'тариф']);
  });

  it('leave out grammatical words in either Kazakh spelling and in Latin Kazakh, Russian and English', () => {
    expect(['жоқ', 'жок', 'болады', 'неге', 'бірақ', 'бирак', 'которые', 'jäne', 'jane', 'these'].filter(isGrammaticalWord))
      .toHaveLength(10);
    expect(['жол', 'тариф', 'автобус', 'вода', 'water', 'su', 'жарық'].filter(isGrammaticalWord)).toEqual([]);
  });
});

describe('the top terms of a district\'s spike', () => {
  // An outage spike in Auezov: every post says where, as the alert itself does.
  const spike = [
    'В Ауэзовском районе нет воды, дом 12',
    'Ауэзов ауданында су жоқ, Таугуль',
    'Нет воды в Аксае, Ауэзовском районе авария',
    'В микрорайоне Таугуль нет воды, в Ауэзовском районе',
    'Таугуль и Аксай: вода пропала, авария',
    'Аксай опять без воды, авария',
  ];
  const baseline = ['Автобус опоздал', 'Яма на дороге', 'Мусор не вывозят'];
  const auezov = isDistrictWord(districtNamesOf(makeProject('ru')).get('auezov')!);

  it('leave out the district\'s own names, its microdistricts and the words for district', () => {
    expect(topTerms(spike, baseline)).toEqual(['воды', 'авария', 'ауэзовском', 'районе', 'таугуль']);
    expect(topTerms(spike, baseline, auezov)).toEqual(['воды', 'авария']);
  });

  it('keep other words that begin alike only when they do not begin with a name', () => {
    expect(['ауэзовском', 'әуезов', 'аксае', 'таугуль', 'районе', 'ауданында', 'микрорайоне'].filter(auezov)).toHaveLength(7);
    expect(['вода', 'авария', 'дом', 'акимат', 'алматы'].filter(auezov)).toEqual([]);
  });
});
