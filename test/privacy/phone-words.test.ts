import { describe, expect, it } from 'vitest';

import { findPhonesInWords } from '../../src/privacy/redact/phone-words.js';

/** `text` with the phones written in words marked. */
function marked(text: string): string {
  let result = text;
  for (const span of [...findPhonesInWords(text)].reverse()) {
    result = `${result.slice(0, span.start)}<${result.slice(span.start, span.end)}>${result.slice(span.end)}`;
  }
  return result;
}

describe('findPhonesInWords', () => {
  it.each([
    ['восемь семьсот один сто двадцать три сорок пять шестьдесят семь', 'grouped as dialled'],
    ['восемь семь ноль один один два три четыре пять шесть семь', 'digit by digit'],
    ['плюс семь семьсот один сто двадцать три сорок пять шестьдесят семь', 'with "плюс"'],
    ['Восемь-семьсот-один-сто двадцать три-сорок пять-шестьдесят семь', 'with dashes'],
    ['сегіз жеті жүз бір жүз жиырма үш қырық бес алпыс жеті', 'Kazakh'],
    ['сегиз жети жуз бир жуз жиырма уш кырык бес алпыс жети', 'Kazakh typed with Russian letters'],
    ['сегіз жеті жүз бір жүз он бір отыз төрт елу алты', 'Kazakh teens "он бір"'],
  ])('finds %s (%s)', (number) => {
    expect(marked(`звоните: ${number}, спасибо`)).toBe(`звоните: <${number}>, спасибо`);
  });

  it.each([
    ['три, два, один, ноль — пуск', 'a countdown'],
    ['семь восемь девять десять одиннадцать двенадцать тринадцать', 'counting aloud'],
    ['он бір жыл бұрын, сто двадцать три дома и сорок пять квартир', 'numbers among other words'],
    ['восемь сто двадцать три сорок пять', 'too few digits for a phone'],
    ['один два три четыре пять шесть семь восемь девять ноль один', 'digits that open no phone'],
  ])('leaves %s (%s)', (text) => {
    expect(marked(text)).toBe(text);
  });
});
