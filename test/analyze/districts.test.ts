import { describe, expect, test } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { DistrictMatcher } from '../../src/analyze/places/index.js';
import { ALMATY_DISTRICTS } from '../../src/project/defaults/districts.js';

const matcher = new DistrictMatcher(ALMATY_DISTRICTS);
const districts = (text: string): string[] => matcher.match(prepareText(text));

describe('Almaty districts', () => {
  test.each([
    ['В Ауэзовском районе снова нет воды', ['auezov']],
    ['Жители Медеуского района жалуются на застройку', ['medeu']],
    ['Бостандыкский район лидирует по числу жалоб', ['bostandyk']],
    ['В Алмалинском районе и в Турксибском районе отключат свет', ['almaly', 'turksib']],
    ['Наурызбайскому району выделили новые автобусы', ['nauryzbay']],
  ])('Russian adjective in any case: %s', (text, expected) => {
    expect(districts(text)).toEqual(expected);
  });

  test.each([
    ['Әуезов ауданында ыстық су жоқ', ['auezov']],
    ['Медеу ауданының әкімі тұрғындармен кездесті', ['medeu']],
    ['Жетісу ауданындағы мектептер', ['zhetysu']],
    ['Түрксіб ауданы бойынша жөндеу жұмыстары', ['turksib']],
    ['Алатау ауданынан келген тұрғындар', ['alatau']],
  ])('Kazakh name with the case suffix on "аудан": %s', (text, expected) => {
    expect(districts(text)).toEqual(expected);
  });

  test.each([
    ['Heavy traffic in Medeu district this morning', ['medeu']],
    ['Bostandyq audanynda jol jöndeluı', ['bostandyk']],
    ['Jetısu audany', ['zhetysu']],
    ['Zhetysu district akim', ['zhetysu']],
    ['Zhiteli Auezovskogo raiona', ['auezov']],
    ['in the Nauryzbay district', ['nauryzbay']],
  ])('Latin spellings: %s', (text, expected) => {
    expect(districts(text)).toEqual(expected);
  });

  test.each([
    'На улице Ауэзова открыли кафе',
    'Выходные на катке Медеу',
    'Турксиб — железная дорога, построенная в 1930 году',
    'В районе десяти часов вечера',
  ])('a bare name is not a district: %s', (text) => {
    expect(districts(text)).toEqual([]);
  });
});
