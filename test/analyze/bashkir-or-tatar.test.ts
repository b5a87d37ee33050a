import { describe, expect, test } from 'vitest';

import { bashkirTatarWords } from '../../src/analyze/language/bashkir-or-tatar.js';

describe('words that tell Bashkir from Tatar', () => {
  test('Bashkir function words, ғ, -һы and the genitive -тың count for Bashkir', () => {
    expect(bashkirTatarWords('трамптың командаһы кисә еңде, ул бик шат ине')).toEqual({ bashkir: 3, tatar: 0, listed: 2 });
  });

  test('"был" (this; Tatar "бу") counts for Bashkir, but is on no list: Russian writes it too', () => {
    expect(bashkirTatarWords('был эш булған')).toEqual({ bashkir: 2, tatar: 0, listed: 1 });
    expect(bashkirTatarWords('был видео')).toEqual({ bashkir: 1, tatar: 0, listed: 0 });
  });

  test('words both write ("бик", "булды", "инде") are listed for neither language', () => {
    expect(bashkirTatarWords('видео бик популяр булды инде')).toEqual({ bashkir: 0, tatar: 0, listed: 3 });
  });

  test('Tatar function words, the genitive -ның after a consonant and "кичә" count for Tatar', () => {
    expect(bashkirTatarWords('трампның командасы кичә уйнады, диде ул')).toEqual({ bashkir: 0, tatar: 3, listed: 1 });
  });

  test('the plural after a consonant: Bashkir -тар, -дар, Tatar -лар, -нар', () => {
    expect(bashkirTatarWords('ресторандар һәм контакттар')).toEqual({ bashkir: 2, tatar: 0, listed: 0 });
    expect(bashkirTatarWords('рестораннар һәм контактлар')).toEqual({ bashkir: 0, tatar: 2, listed: 0 });
  });

  test("Tatar's ч beside ә counts for Tatar, where Bashkir writes с", () => {
    expect(bashkirTatarWords('бина эчендә')).toEqual({ bashkir: 0, tatar: 1, listed: 0 });
    expect(bashkirTatarWords('бина эсендә')).toEqual({ bashkir: 0, tatar: 0, listed: 0 });
  });

  test('an infinitive, a name and Russian loans are no plural', () => {
    expect(bashkirTatarWords('эшләргә үктәрергә кларк календарь стандарт старттан')).toEqual({
      bashkir: 0, tatar: 0, listed: 0,
    });
  });

  test("Tatar's loans with һ and words with җ count for neither", () => {
    expect(bashkirTatarWords('һава торышы һәм һөҗүм')).toEqual({ bashkir: 0, tatar: 0, listed: 0 });
  });

  test('a Russian sentence has none', () => {
    expect(bashkirTatarWords('в городе опять нет света, и никто не отвечает')).toEqual({ bashkir: 0, tatar: 0, listed: 0 });
  });
});
