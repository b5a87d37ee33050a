import { describe, expect, it } from 'vitest';

import { findVehiclePlates } from '../../src/privacy/redact/vehicle-plates.js';
import { spansAsWritten } from './spans-as-written.js';

const found = spansAsWritten(findVehiclePlates);

describe('vehicle plates', () => {
  it.each([
    ['машина 777 ABA 02 опять стоит на тротуаре', '777 ABA 02'],
    ['перекрыл выезд 123ABC02 с утра', '123ABC02'],
    ['123 АВС 02 снова на газоне', '123 АВС 02'],
    ['сосед на 123abc02 ставит машину поперёк', '123abc02'],
    ['машина 123 авс 02 стоит у подъезда', '123 авс 02'],
    ['номер 777 ABA, стоит без региона', '777 ABA'],
    ['стоит 015-BBA-17 у ворот', '015-BBA-17'],
    ['старый номер A 123 BCD ещё ездит', 'A 123 BCD'],
    ['старый A123BCD ещё ездит', 'A123BCD'],
    ['приехал на А123ВС 777', 'А123ВС 777'],
    ['такси а123вс77 стоит на остановке', 'а123вс77'],
    ['гос номер У 777 АН 123 продаю', 'У 777 АН 123'],
    ['Көлік 245 ВСА 02 күнде тротуарда тұрады', '245 ВСА 02'],
  ])('finds the plate in %j', (text, plate) => {
    expect(found(text)).toEqual([plate]);
  });

  it.each([
    ['a price, a time and a date', 'Цена 150 000 тг, с 12:30, 05.12.2026'],
    ['bus routes', 'автобус 92 и маршрут 137 ходят редко'],
    ['house numbers and postcodes', 'дом 150 по Абая, индекс 050000, A15E3K0'],
    ['years and models', 'Toyota Camry 70 2019 года, Lada 2107, Hyundai Accent 2015'],
    ['trims of models', 'Mercedes E 200 CDI, Audi A 150 TDI, Golf 200 GTI 05'],
    ['models of aircraft', 'Boeing 737 MAX 10 сел в Алматы'],
    ['a region code alone', 'регион 02, машины с номерами 02 и 05'],
    ['a region that does not exist', 'код 777 ABA 55 в накладной'],
    ['a firm\'s plate of two letters', 'ТОО 123 AB 02 вывезло мусор'],
    ['a currency and a firm\'s form', 'курс 470 KZT 01, 150 ТОО 12'],
    ['units in lower case', 'в 100 км 12 машин, труба 100 мм 12 метров'],
    ['lower case with spaces and no vehicle', 'в 150 мкр 05 домов, 100 тенге 02'],
    ['an order\'s code after №', 'Ваш заказ №123ABC02 готов'],
    ['a word answered after "номер"', 'ответили по номеру 444 нет, перезвоните'],
    ['letters going on into a word', 'переводят 100 тенге и 300 ТЕНГЕ 02'],
  ])('keeps %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
