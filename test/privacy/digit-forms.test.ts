import { describe, expect, it } from 'vitest';

import { findCardNumbers } from '../../src/privacy/redact/card-numbers.js';
import { foldDigits, withPlainDigits } from '../../src/privacy/redact/digit-forms.js';
import { findIins } from '../../src/privacy/redact/iin.js';
import { findPhoneNumbers } from '../../src/privacy/redact/phone-numbers.js';

const findPhones = withPlainDigits(findPhoneNumbers);

/** The phone numbers found in `text`, as written. */
function phones(text: string): string[] {
  return findPhones(text).map((span) => text.slice(span.start, span.end));
}

describe('foldDigits', () => {
  it('writes digits of every form as ASCII and remembers where each stood', () => {
    const folded = foldDigits('＋７ 𝟖٨۸ 7️⃣ 7O1');
    expect(folded.text).toBe('+7 888 7 701');
    // "𝟖" is two code units, "7️⃣" three: each maps back to where it started.
    expect(folded.origins).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 11, 12, 13, 14, 15]);
  });

  it('leaves superscripts, subscripts, circled numbers and a letter O among words', () => {
    const text = 'м² 10⁶ H₂O ① OOO «Ромашка», 2O24-й? Нет: 20 OO';
    expect(foldDigits(text).text).toBe('м² 10⁶ H₂O ① OOO «Ромашка», 2024-й? Нет: 20 OO');
  });
});

describe('number finders over digits of other forms', () => {
  it.each([
    ['＋７ ７０１ １２３ ４５ ６７', 'full-width'],
    ['（７０１）１２３－４５－６７', 'full-width brackets and dashes'],
    ['𝟖𝟕𝟎𝟏𝟏𝟐𝟑𝟒𝟓𝟔𝟕', 'mathematical bold'],
    ['𝟾𝟽𝟶𝟷𝟷𝟸𝟹𝟺𝟻𝟼𝟽', 'mathematical monospace'],
    ['٨٧٠١١٢٣٤٥٦٧', 'Arabic-Indic'],
    ['۸۷۰۱۱۲۳۴۵۶۷', 'Persian (extended Arabic-Indic)'],
    ['8️⃣7️⃣0️⃣1️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣', 'keycap emoji'],
    ['8⃣7⃣0⃣1⃣1⃣2⃣3⃣4⃣5⃣6⃣7⃣', 'keycaps without the emoji selector'],
    ['8 7O1 1OO 22 33', 'letter O for zero'],
    ['8 7О1 123 45 67', 'Cyrillic О for zero'],
    ['8 7З1 555 66 77', 'Cyrillic З for three'],
    ['8 70l 999 88 77', 'Latin l for one'],
    ['87О1 l23 45 67', 'a look-alike opening a group'],
    ['8 (7O1) 1ОЗ 45 67', 'two look-alikes in one group'],
    ['8📞702📞123📞45📞67', 'emoji between the groups'],
    ['8 701 🔥 123 🔥 45 🔥 67', 'emoji between spaces'],
    ['8 701 123 45 👍🏽 67', 'an emoji with its skin tone'],
  ])('finds %s (%s) whole', (number) => {
    expect(phones(`звоните ${number}, спасибо`)).toEqual([number]);
  });

  it('leaves superscript and subscript digits, which are exponents, footnotes and units', () => {
    expect(phones('площадь ⁸⁷⁰¹¹²³⁴⁵⁶⁷ м², формула ₈₇₀₁₁₂₃₄₅₆₇')).toEqual([]);
  });

  it('leaves a letter O that is no digit', () => {
    expect(phones('ТОО «O2» 2O24 года, 10 OOO')).toEqual([]);
  });

  it('reads an emoji as a space only between two digits', () => {
    expect(foldDigits('8📞701 📱 7З1 l23 Топ-5 🔥 ок').text).toBe('8 701 731 123 Топ-5 🔥 ок');
  });

  it('finds a card number and an IIN in full-width digits', () => {
    const card = '４４００ ４３０２ １２３４ ５６７９';
    const iin = '９５０１１２３００１２５';
    const text = `карта ${card}, ИИН ${iin}`;
    const found = [...withPlainDigits(findCardNumbers)(text), ...withPlainDigits(findIins)(text)];
    expect(found.map((span) => text.slice(span.start, span.end))).toEqual([card, iin]);
  });
});
