import { describe, expect, it } from 'vitest';

import { findPhoneNumbers } from '../../src/privacy/redact/phone-numbers.js';

/** The phone numbers found in `text`, as written. */
function phones(text: string): string[] {
  return findPhoneNumbers(text).map((span) => text.slice(span.start, span.end));
}

describe('findPhoneNumbers', () => {
  it.each([
    ['+7 (701) 123-45-67', 'Kazakh mobile, international, bracketed code'],
    ['+77011234567', 'international, no separators'],
    ['87011234567', 'trunk prefix 8, no separators'],
    ['77011234567', 'country code without +'],
    ['8 727 2 12 34 56', 'Almaty landline as people group it'],
    ['7011234567', 'ten digits alone'],
    ['8-701-123-45-67', 'dashes'],
    ['8.701.123.45.67', 'dots'],
    ['+7 701 123 4567', 'spaces, last group of four'],
    ['8 (7172) 55-66-77', 'Astana landline, four-digit code'],
    ['+7 (495) 123-45-67', 'Moscow landline'],
    ['8 916 123 45 67', 'Russian mobile'],
    ['8-800-080-7777', 'toll-free'],
    ['+996 555 123 456', 'Kyrgyz number, international'],
  ])('finds %s (%s)', (number) => {
    expect(phones(`звоните: ${number}, спасибо`)).toEqual([number]);
  });

  it('finds a bracketed area code with its bracket', () => {
    expect(phones('номер (701) 123-45-67 занят')).toEqual(['(701) 123-45-67']);
  });

  it('finds a seven-digit city number written with dashes', () => {
    expect(phones('диспетчерская 272-33-44 не отвечает')).toEqual(['272-33-44']);
  });

  it('finds a seven-digit city number after a word that announces a phone', () => {
    expect(phones('тел.: 2 71 66 33')).toEqual(['2 71 66 33']);
    expect(phones('байланыс телефоны 2716633')).toEqual(['2716633']);
    expect(phones('нөмірім 2716633')).toEqual(['2716633']);
  });

  it('finds two numbers written side by side', () => {
    expect(phones('87011234567 87027654321')).toEqual(['87011234567', '87027654321']);
  });

  it('finds numbers of a numbered list and numbers beside a bracketed aside', () => {
    expect(phones('1) 87011234567 2) 87021234567')).toEqual(['87011234567', '87021234567']);
    expect(phones('(с 9 до 18) 87051112233')).toEqual(['87051112233']);
    expect(phones('хабарласыңыз 87011234567 (141-үй)')).toEqual(['87011234567']);
  });

  it('finds numbers written with en or em dashes', () => {
    expect(phones('диспетчер 8–701–123–45–67, ещё 272—33—44')).toEqual(['8–701–123–45–67', '272—33—44']);
  });

  it.each([
    ['звоните87011234567', ['87011234567'], 'glued to a Cyrillic word, as hurried posts write'],
    ['тел.+77011234567сегодня', ['+77011234567'], 'glued on both sides'],
    ['хабарласыңыз 87471234567ге', ['87471234567'], 'with a Kazakh case ending'],
    ['тел2716633', ['2716633'], 'a city number glued to the word announcing it'],
    ['после 18:00 — 87051122334, Теле2 - 89507634923', ['87051122334', '89507634923'], 'after a dash'],
    ['Заказывайте 87011234567, договоримся. 89052229596', ['87011234567', '89052229596'], 'after verbs'],
    ['по заказу звоните 87021234567', ['87021234567'], 'after a document word and a phone word'],
    ['WhatsApp-87011234567, tel-87021234567', ['87011234567', '87021234567'], 'after a hyphen'],
    ['Заказы: 87011234567, заказ: 8 702 123 45 67', ['87011234567', '8 702 123 45 67'], 'after "заказ"'],
    ['тел 8-(701)-123-45-67', ['8-(701)-123-45-67'], 'dashes beside the brackets'],
    ['тел 8.(701).123.45.67', ['8.(701).123.45.67'], 'dots beside the brackets'],
    ['тел +7 /701/ 123-45-67', ['+7 /701/ 123-45-67'], 'the code between slashes'],
    ['8 (701)123-45 67 или +7 701.123-4567', ['8 (701)123-45 67', '+7 701.123-4567'], 'separators mixed'],
    ['+7 705 123 45 67/8 701 123 45 67', ['+7 705 123 45 67', '8 701 123 45 67'], 'two parted by a slash'],
  ])('finds in %s: %j (%s)', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });

  it.each([
    ['a87011234567 и KZ86125KZT5004100100', 'glued to Latin letters: an id, an account'],
    ['заказ 7012345678, номер заказа: 8701234567', 'an order number'],
    ['номер заявки 7771234567, договор № 8701234567', 'an application and a contract'],
    ['ИНН 7701234567, ИНН поставщика 7702345678, ИНН7703456789', "a Russian firm's tax number"],
    ['order: 7712345678', 'an order number in English'],
    ['выделено 7000000000тг, ещё 7000000000 тг', 'a sum in tenge written "тг"'],
    ['в 2024-2025 годах', 'a range of years'],
    ['с 12.11.2024 09:30', 'a date and time'],
    ['стоимость 150 000 тенге', 'a sum'],
    ['бюджет 7 500 000 000 тенге', 'a sum in billions'],
    ['население 1 250 000 человек', 'a count grouped by thousands'],
    ['заявка № 7012345678', 'a numbered document'],
    ['координаты 43.238949, 76.889709', 'coordinates'],
    ['ИИН 950112300125', 'twelve digits'],
    ['2 500 000 000 ₸', 'a sum in tenge'],
    ['маршрут 92, остановка 1234567', 'seven digits without a phone word'],
    ['в 1990-2000 годах, 15.03.2024-20.03.2024', 'ranges'],
    ['2018 10 19 30 2018 10 19 06', 'dates with spaces for separators'],
    ['законопроект за номером 220666-6', 'a bill number after "номером"'],
    ['сотта 3000000-ға жуық арыз', 'a round count after "сот" (a court)'],
    ['дом 45/2, 12/03/2024, в 2023 / 2024 учебном году, 1/4 ставки', 'slashes in dates, houses, years'],
    ['приказ № 123/4567890, цена 1500 / 3000 тенге', 'slashes in a numbered order and in prices'],
    ['исх. 12-(2024)-15, статья 123 (1234567) УК, годы 1990-(2000) 2010', 'brackets in numbers that are no phones'],
  ])('leaves %s (%s)', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
