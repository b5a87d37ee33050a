import { describe, expect, it } from 'vitest';

import { findCardNumbers, passesLuhn } from '../../src/privacy/redact/card-numbers.js';
import { findIbans, hasValidCheckDigits } from '../../src/privacy/redact/ibans.js';
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

describe('masked card numbers', () => {
  it('finds card numbers with digits hidden by "*", "X", "х" or "•", each whole', () => {
    const masked = [
      '4400 43** **** 1234',
      '4400 4301 **** 1234',
      '4400-43**-****-1234',
      '5169 49XX XXXX 4321',
      '5169 49хх хххх 4321',
      '440043******1234',
      '**** **** **** 1234',
      '•••• •••• •••• 4321',
      '4400 4301 **** ****',
    ];
    const text = `карты: ${masked.join('; ')}.`;
    expect(found(findCardNumbers(text), text)).toEqual(masked);
  });

  it('leaves bleeped words, dimensions, mixed masks, a network digit 1 and a last four alone', () => {
    const text = '**** **** **** ****, 1920x1080, 3x4 метра, 1234 5*7* 9*1* 3456, 1400 43** **** 1234, *1234';
    expect(findCardNumbers(text)).toEqual([]);
  });
});

describe('IBAN', () => {
  it('checks the ISO 7064 check digits', () => {
    expect(hasValidCheckDigits('KZ86125KZT5004100100')).toBe(true);
    expect(hasValidCheckDigits('KZ84722C000012345678')).toBe(true);
    expect(hasValidCheckDigits('KZ85722C000012345678')).toBe(false);
  });

  const inOnePiece = 'KZ84722C000012345678';
  const inGroups = 'KZ16 601A 8710 0123 4567';
  const inLowerCase = 'kz86125kzt5004100100';
  const withCyrillicKa = 'КZ86125KZT5004100100';
  const mistyped = ['KZ85722C000012345678', 'KZ00125KZT5004100100', 'KZ11 601A 8710 0123 4567'];

  it.each([
    [
      'in one piece, in groups of four, in lower case and with a Cyrillic К',
      `на ${inOnePiece}, ${inGroups}, ${inLowerCase}, ${withCyrillicKa}.`,
      [inOnePiece, inGroups, inLowerCase, withCyrillicKa],
    ],
    [
      'mistyped, after a word naming an account',
      `ИИК: ${mistyped[0]}, IBAN ${mistyped[1]}, счёт ${mistyped[2]}`,
      mistyped,
    ],
  ])('finds Kazakhstan account numbers %s', (_, text, accounts) => {
    expect(found(findIbans(text), text)).toEqual(accounts);
  });

  it('leaves a code with wrong check digits and no account word, and longer codes', () => {
    expect(findIbans('код KZ85722C000012345678, партия KZ84722C0000123456789')).toEqual([]);
  });
});
