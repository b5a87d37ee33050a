import { describe, expect, it } from 'vitest';

import { findIdentityDocuments, snilsCheckNumber } from '../../src/privacy/redact/identity-documents.js';
import { spansAsWritten } from './spans-as-written.js';

const found = spansAsWritten(findIdentityDocuments);

describe('identity documents', () => {
  it('computes the SNILS check number, 100 and 101 giving 00', () => {
    expect(snilsCheckNumber('123456789')).toBe(64);
    expect(snilsCheckNumber('112233445')).toBe(95);
    expect(snilsCheckNumber('920000011')).toBe(0);
    expect(snilsCheckNumber('920000012')).toBe(0);
    expect(snilsCheckNumber('999999999')).toBe(1);
  });

  it.each([
    ['потеряла удостоверение № 012345678', '012345678'],
    ['удостоверение личности: 012345678', '012345678'],
    ['найден паспорт N12345678 на остановке', 'N12345678'],
    ['паспорт n12345678', 'n12345678'],
    ['номер паспорта 012345678', '012345678'],
    ['уд. л. 045678123 в пакете', '045678123'],
    ['уд.личности № 045678123', '045678123'],
    ['удостов. 045678123 нашли', '045678123'],
    ['паспортные данные: 4509 123456', '4509 123456'],
    ['жеке куэлигим 012345678', '012345678'],
    ['жеке куәлік нөмірі 012345678', '012345678'],
    ['жеке куалик 012345678 жогалды', '012345678'],
    ['Төлқұжатым N9876543 жоғалды', 'N9876543'],
    ['паспорт 4509 123456', '4509 123456'],
    ['паспорт РФ серия 4509 № 123456', '4509 № 123456'],
    ['СНИЛС 12345678964', '12345678964'],
    ['водительское удостоверение AB 123456', 'AB 123456'],
    ['lost my passport N11223344', 'N11223344'],
    ['ID card 012345678', '012345678'],
    ['Вод. удостоверение 12АБ345678 просрочено', '12АБ345678'],
    ['водительские права 77 АА 123456', '77 АА 123456'],
    ['вод.права № 12 34 567890', '12 34 567890'],
    ['ВУ 77 АА 123456 лишили', '77 АА 123456'],
    ['водительское удостоверение серии 77 ВВ № 654321', '77 ВВ № 654321'],
    ['Жүргізуші куәлігі AB123456 жоғалды', 'AB123456'],
    ['жүргізуші куәлігінің нөмірі 123456', '123456'],
    ["my driver's licence AB123456 was taken", 'AB123456'],
    ['Driver’s license number 123456789', '123456789'],
    ['driving licence no. AB 123456', 'AB 123456'],
  ])('finds the number in %j', (text, number) => {
    expect(found(text)).toEqual([number]);
  });

  it('finds a SNILS standing alone when its check number is right', () => {
    expect(found('мой номер 123-456-789 64, а не 123-456-789 65')).toEqual(['123-456-789 64']);
  });

  it.each([
    ['an order\'s and a contract\'s number', 'заказ № 012345678, договор № 123456789'],
    ['an order after the word for a passport', 'паспорт забыл, заказ 123456789 не пришёл'],
    ['a year and a price after it', 'паспорт выдан в 2015 году, оплатила паспорт на 150000'],
    ['a firm\'s BIN', 'БИН организации 050140001238'],
    ['an appeal\'s number', 'обращение № 2024-123456, номер заявки 45091234'],
    ['rights, a university and a firm\'s licence', 'права человека 2023 года, вуз № 123456, license # 987654321'],
    ['a licence\'s sum and date', 'права на 150000 тенге, водительские права с 2015 года'],
  ])('keeps %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
