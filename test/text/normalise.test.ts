import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import { normaliseForMatching, normaliseWithOffsets } from '../../src/text/normalise.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/text/${name}`, import.meta.url), 'utf8').trimEnd();

describe('normaliseForMatching', () => {
  test('lower-cases and folds ё to е', () => {
    expect(normaliseForMatching('Ёлки в Сквере ЁЖИКОВ')).toBe('елки в сквере ежиков');
  });

  test('drops soft hyphens and zero-width characters inside a name', () => {
    expect(normaliseForMatching(fixture('soft-hyphen-zero-width-inside-name.txt')))
      .toBe('аким алматы досаев пообещал, что ремонт дорог закончат к сентябрю.');
  });

  test('composes letters pasted from PDFs as a base and a combining breve', () => {
    expect(normaliseForMatching(fixture('decomposed-short-i-from-pdf.txt'))).toBe('айда действий! елка у жк «алатау»');
  });

  test('drops stress marks on Cyrillic vowels, so "автобу́с" is found by "автобус", and keeps Latin accents', () => {
    expect(normaliseForMatching(fixture('russian-stress-marks-on-vowels.txt')))
      .toBe('автобус № 92 опять не пришел, а скоро зима. ақсу ауданы. café stays é.');
  });

  test('folds a Latin look-alike inside a Cyrillic word', () => {
    expect(normaliseForMatching('Aкимат и Дoсаев')).toBe('акимат и досаев');
  });

  test('folds Cyrillic look-alikes inside a Latin word', () => {
    expect(normaliseForMatching('Almаty аnd Dоsaev')).toBe('almaty and dosaev');
  });

  test('folds a Latin i inside a Kazakh word to the Kazakh і', () => {
    expect(normaliseForMatching('әкiмдiк')).toBe('әкімдік');
  });

  test('leaves ordinary text in either script as it is, apart from case', () => {
    const ordinary = 'Купил iPhone в ТРЦ Mega, а потом поехал на LRT до Алматы-2';
    expect(normaliseForMatching(ordinary)).toBe(ordinary.toLowerCase());
  });

  test('leaves a genuinely mixed word alone', () => {
    expect(normaliseForMatching('СМСка от Kaspiбанка')).toBe('смска от kaspiбанка');
  });
});

describe('normaliseWithOffsets', () => {
  test('maps normalised offsets back to the text as written', () => {
    const text = fixture('soft-hyphen-zero-width-inside-name.txt');
    const { text: normalised, origin } = normaliseWithOffsets(text);
    const start = normalised.indexOf('досаев');
    const end = start + 'досаев'.length;
    expect(text.slice(origin![start], origin![end - 1]! + 1)).toBe('До\u00ADса\u200Bев');
  });

  test('keeps no map when only letter case changed', () => {
    expect(normaliseWithOffsets('Пробки на Аль-Фараби')).toEqual({ text: 'пробки на аль-фараби', origin: null });
  });

  test('maps through composed letters', () => {
    const text = fixture('decomposed-short-i-from-pdf.txt');
    const { text: normalised, origin } = normaliseWithOffsets(text);
    const start = normalised.indexOf('действий');
    expect(origin![start]).toBe(text.indexOf('де'));
    expect(origin![normalised.length]).toBe(text.length);
  });
});
