import { describe, expect, it } from 'vitest';

import { findCardNumbers, passesLuhn } from '../../src/privacy/redact/card-numbers.js';
import { findIins, isValidIin } from '../../src/privacy/redact/iin.js';

function found(spans: readonly { start: number; end: number }[], text: string): string[] {
  return spans.map((span) => text.slice(span.start, span.end));
}

describe('IIN', () => {
  it.each(['950112300125', '880305401232', '020712603454', '971215500789'])('accepts %s', (iin) => {
    expect(isValidIin(iin)).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidIin('950112300124')).toBe(false);
  });

  it('rejects a business number (БИН) with a valid check digit: companies are public', () => {
    expect(isValidIin('050140001238')).toBe(false);
  });

  it('rejects a number whose first six digits are no date', () => {
    expect(isValidIin('951312300125')).toBe(false);
  });

  it('finds an IIN in text and in a link, not inside a longer number', () => {
    const text = 'ИИН: 950112300125, egov.kz/?iin=880305401232, счёт 99501123001250';
    expect(found(findIins(text), text)).toEqual(['950112300125', '880305401232']);
  });

  it('finds twelve digits the word ИИН, ЖСН or IIN announces, whatever their check digit', () => {
    const text = 'ИИН 900101300123, ЖСН: 880305 401233, IIN - 950112300124, БИН 900101300123';
    expect(found(findIins(text), text)).toEqual(['900101300123', '880305 401233', '950112300124']);
  });
});

describe('card numbers', () => {
  it('checks Luhn', () => {
    expect(passesLuhn('4400430212345679')).toBe(true);
    expect(passesLuhn('4400430212345678')).toBe(false);
  });

  it.each([
    '4400 4302 1234 5679',
    '4400-4302-1234-5679',
    '4400430212345679',
    '2202 2001 2345 6780',
    '3714 496353 98431',
  ])('finds %s', (card) => {
    const text = `переведите на карту ${card} спасибо`;
    expect(found(findCardNumbers(text), text)).toEqual([card]);
  });

  it.each([
    ['4400 4302 1234 5678', 'fails Luhn'],
    ['44004 302123 45679', 'grouped unlike any card'],
    ['1234 5678 9012 3452', 'no card network starts with 1'],
    ['4400 4302-1234 5679', 'mixed separators'],
  ])('leaves %s (%s)', (card) => {
    const text = `номер ${card}`;
    expect(findCardNumbers(text)).toEqual([]);
  });

  it('finds a number in card grouping after a word naming a card, whatever its Luhn sum', () => {
    const text = 'на карту 4400 4301 2345 6780, Kaspi 4400430123456788, номер 4400 4301 2345 6780';
    expect(found(findCardNumbers(text), text)).toEqual(['4400 4301 2345 6780', '4400430123456788']);
  });
});
