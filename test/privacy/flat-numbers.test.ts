import { describe, expect, it } from 'vitest';

import { findFlatNumbers } from '../../src/privacy/redact/flat-numbers.js';
import { spansAsWritten } from './spans-as-written.js';

const found = spansAsWritten(findFlatNumbers);

describe('flat numbers', () => {
  it.each([
    ['ул. Абая 15, кв. 42 течёт крыша', '42'],
    ['д. 88, кв.42', '42'],
    ['Абая 15 кв 42, третий подъезд', '42'],
    ['квартира 42, нет воды', '42'],
    ['из квартиры № 56 заливают', '56'],
    ['кв-ра 17а, пятый этаж', '17а'],
    ['кв. 12/1 на Жандосова', '12/1'],
    ['в 42-й квартире потоп', '42'],
    ['в 42й квартире потоп', '42'],
    ['Райымбек даңғылы 150, пәтер 42', '42'],
    ['біздің 45-пәтерде жарық жоқ', '45'],
    ['42-ші пәтерде су жоқ', '42'],
    ['Абай көшесі 15 үй, 7 пәтер', '7'],
    ['12 Dostyk Ave, apt 42', '42'],
    ['Apt. #42 has no heating', '42'],
    ['flat 7 next door', '7'],
    ['Адрес: Абая 15-42, течёт крыша', '42'],
    ['живу на Жандосова 60а-12 третий год', '12'],
    ['адрес: мкр. Самал-2, д. 15-42', '42'],
    ['мекенжайым: Аксай-4, 15-42', '42'],
    ['My address: Dostyk 15-42', '42'],
  ])('finds the flat in %j', (text, flat) => {
    expect(found(text)).toEqual([flat]);
  });

  it.each([
    ['a flat\'s area', 'квартира 60 кв.м, площадь 100 кв. м, квартиру 45.0 м²'],
    ['a count of rooms', 'квартира 3-комнатная, квартиру 2-х комнатную, сниму 2ю квартиру'],
    ['a quarter of a year', 'в 3 кв. 2024 г. сдали дом'],
    ['a count of flats', 'сдали 42 квартиры, в 21 квартире нет света'],
    ['Kazakh counts of flats', '60 пәтерлі үй, 180 жаңа пәтердің 37-сі, үйден 8 пәтерден'],
    ['a price', 'цена квартиры 25 млн тенге'],
    ['a house alone', 'дом 15 по улице Абая, подъезд 3, этаж 5'],
    ['a range of houses', 'на Абая 10-12 нет света, дома Жандосова 2-10 без воды'],
    ['a range after an address word in another clause', 'живу тут 10-15 лет, на Абая 10-12 нет света'],
    ['a span of years after an address word', 'проживаю на Абая с 2010-2015 гг.'],
  ])('keeps %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
