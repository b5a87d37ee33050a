import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { stemEnglish } from '../../src/text/stem/english-stemmer.js';
import { stemKazakh } from '../../src/text/stem/kazakh-stemmer.js';
import { stemRussian } from '../../src/text/stem/russian-stemmer.js';

describe('Kazakh suffix stripper', () => {
  test.each([
    ['жол', ['жолдар', 'жолы', 'жолдарымызда', 'жолдың', 'жолға', 'жолдан', 'жолмен']],
    ['досаев', ['досаевтың', 'досаевқа', 'досаевке', 'досаевпен', 'досаевты']],
    ['әкім', ['әкімі', 'әкімнің', 'әкімге', 'әкімдер']],
    ['әкімдік', ['әкімдігі', 'әкімдігінің', 'әкімдікке', 'әкімдіктен']],
    ['аудан', ['ауданы', 'ауданында', 'ауданының', 'аудандар', 'ауданнан']],
    ['аялдама', ['аялдамаға', 'аялдамасы', 'аялдаманы', 'аялдамада', 'аялдамалар']],
    ['мектеп', ['мектебі', 'мектепте', 'мектептер', 'мектепке']],
    ['су', ['суы', 'судың', 'суға', 'сумен', 'судан']],
    ['көше', ['көшеде', 'көшелерде', 'көшесі']],
    ['тұрғын', ['тұрғындар', 'тұрғындарына', 'тұрғындардың']],
  ])('every form of %s reaches one stem', (word, forms) => {
    const stem = stemKazakh(word);
    expect(forms.map(stemKazakh)).toEqual(forms.map(() => stem));
  });

  test('keeps vowel harmony in Kazakh words: a back suffix is not stripped from a front stem', () => {
    // көше + "да" would break harmony; only the front "де" is a suffix of it.
    expect(stemKazakh('көшеде')).toBe('көше');
    expect(stemKazakh('көшеда')).toBe('көшеда');
  });

  test('accepts suffixes typed on a Russian keyboard', () => {
    expect(stemKazakh('акимдигинин')).toBe(stemKazakh('акимдиги'));
    expect(stemKazakh('каланын')).toBe('кала');
  });

  test('does not strip a word down to a single syllable-less letter', () => {
    expect(stemKazakh('да')).toBe('да');
    expect(stemKazakh('мен')).toBe('мен');
  });
});

describe('Russian and English stems', () => {
  test('Russian case forms share a stem', () => {
    expect(['автобус', 'автобусы', 'автобусом', 'автобусов'].map(stemRussian)).toEqual(['автобус', 'автобус', 'автобус', 'автобус']);
  });

  test('indeclinable loanwords are their own stem', () => {
    expect(stemRussian('метро')).toBe('метро');
    expect(stemRussian('метров')).toBe('метр');
  });

  test('English', () => {
    expect(['outage', 'outages', 'pollution'].map(stemEnglish)).toEqual(['outag', 'outag', 'pollut']);
  });
});

describe('Kazakh suffix chains (fixture of plural, possessive and case chains)', () => {
  const rows = readFileSync(new URL('../fixtures/text/kazakh-suffix-chains.tsv', import.meta.url), 'utf8')
    .trim().split('\n').slice(1).map((line) => line.split('\t') as [string, string]);

  test.each(rows)('%s reaches the stem of %s', (form, base) => {
    expect(stemKazakh(form.toLowerCase())).toBe(stemKazakh(base));
  });
});
