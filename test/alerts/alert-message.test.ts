import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { Alert } from '../../src/alerts/alert.js';
import { alertLine, alertText, searchLinkLine } from '../../src/delivery/alert-message.js';
import { alertSearchLink } from '../../src/delivery/dashboard-link.js';
import { makeProject } from '../report/make-project.js';

function alertFixture(name: string): Alert {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'delivery', name), 'utf8')) as Alert;
}

const ALERT = alertFixture('alert-transport-spike-in-medeu.json');

function countLines(alert: Alert): Record<string, string | undefined> {
  return Object.fromEntries((['ru', 'kk', 'en'] as const).map((language) =>
    [language, alertText(alert, makeProject(language, 10), language).split('\n')[1]]));
}

describe('an alert message', () => {
  // The expected count was written 2.5 in every language; Russian and Kazakh write 2,5.
  it('writes the expected count as the digest of its language does', () => {
    expect(countLines(ALERT)).toEqual({
      ru: '14 публикаций (ожидалось ≈ 2,5), 12 разных текстов; крупнейшая группа почти одинаковых текстов: 3',
      kk: '14 жарияланым (күтілгені ≈ 2,5), 12 әртүрлі мәтін; бірдей дерлік мәтіндердің ең үлкен тобы: 3',
      en: '14 posts (expected ≈ 2.5), 12 distinct texts; largest group of near-identical texts: 3',
    });
  });

  // "21 публикаций", "1 разных текстов" and "1 distinct texts": the words did not follow the count.
  it('names each count in the form its number takes, with the digest\'s digit grouping', () => {
    expect(countLines(alertFixture('alert-campaign-21-copies-of-one-text.json'))).toEqual({
      ru: '21 публикация (ожидалось ≈ 3,0), 1 разный текст; крупнейшая группа почти одинаковых текстов: 21',
      kk: '21 жарияланым (күтілгені ≈ 3,0), 1 әртүрлі мәтін; бірдей дерлік мәтіндердің ең үлкен тобы: 21',
      en: '21 posts (expected ≈ 3.0), 1 distinct text; largest group of near-identical texts: 21',
    });
    expect(countLines(alertFixture('alert-spike-1234-posts-22-texts.json'))).toEqual({
      ru: '1\u00a0234 публикации (ожидалось ≈ 101,3), 22 разных текста; крупнейшая группа почти одинаковых текстов: 1\u00a0001',
      kk: '1\u00a0234 жарияланым (күтілгені ≈ 101,3), 22 әртүрлі мәтін; бірдей дерлік мәтіндердің ең үлкен тобы: 1\u00a0001',
      en: '1,234 posts (expected ≈ 101.3), 22 distinct texts; largest group of near-identical texts: 1,001',
    });
  });
});

describe('an alert on one line, as tyndau alerts lists it', () => {
  // "Всплеск: Цены и тарифы · весь город (…): 12 posts (12 distinct), 3.5 expected, p 1.2e-4":
  // the title followed the chosen language and the counts stayed in English.
  it('writes every word in the chosen language', () => {
    const alert = alertFixture('alert-prices-spike-whole-city.json');
    const lines = Object.fromEntries((['ru', 'kk', 'en'] as const).map((language) =>
      [language, alertLine(alert, makeProject(language, 10), language)]));

    expect(lines).toEqual({
      ru: 'Всплеск: Цены и тарифы · весь город (2025-11-04): 12 публикаций (ожидалось ≈ 3,5), 12 разных текстов; ' +
        'крупнейшая группа почти одинаковых текстов: 1; p ≈ 1,2·10⁻⁴; ' +
        'Ключевые слова: тариф, проезд, подорожание, автобус, цена',
      kk: 'Күрт өсу: Бағалар мен тарифтер · бүкіл қала (2025-11-04): 12 жарияланым (күтілгені ≈ 3,5), 12 әртүрлі мәтін; ' +
        'бірдей дерлік мәтіндердің ең үлкен тобы: 1; p ≈ 1,2·10⁻⁴; ' +
        'Негізгі сөздер: тариф, проезд, подорожание, автобус, цена',
      en: 'Spike: Prices and tariffs · whole city (2025-11-04): 12 posts (expected ≈ 3.5), 12 distinct texts; ' +
        'largest group of near-identical texts: 1; p ≈ 1.2·10⁻⁴; ' +
        'Top terms: тариф, проезд, подорожание, автобус, цена',
    });
    // Apart from the statistic's symbol p, no Latin letter is left in the Russian and Kazakh lines.
    expect([lines.ru, lines.kk].map((line) => line!.replace(/\bp ≈/u, '').match(/[A-Za-z]+/gu))).toEqual([null, null]);
  });
});

describe('the link that ends an alert sent out', () => {
  it('opens the dashboard\'s search of the alert\'s posts on its day, named in each language', () => {
    const wholeCity = alertSearchLink('https://tyndau.city.example/', alertFixture('alert-prices-spike-whole-city.json'), false);
    const link = alertSearchLink('https://city.example/monitoring?project=almaty', ALERT, false);

    expect(wholeCity).toBe('https://tyndau.city.example/#/search?q=issue%3Aprices+date%3A2025-11-04..2025-11-04');
    // The dashboard's own path and query stay: it may be served behind a proxy under a folder.
    expect(link).toBe('https://city.example/monitoring?project=almaty' +
      '#/search?q=issue%3Atransport+district%3Amedeu+date%3A2025-12-31..2025-12-31');
    expect((['ru', 'kk', 'en'] as const).map((language) => searchLinkLine(link, language).split(': ')[0])).toEqual([
      'Все публикации этого дня на панели', 'Осы күнгі барлық жарияланымдар панельде', 'All the day\'s posts on the dashboard',
    ]);
  });

  it('leaves posts about other places out of the search when the project sets them aside, as the alert did', () => {
    const link = alertSearchLink('https://tyndau.city.example/', alertFixture('alert-prices-spike-whole-city.json'), true);
    expect(decodeURIComponent(new URL(link).hash.replaceAll('+', ' ')))
      .toBe('#/search?q=issue:prices date:2025-11-04..2025-11-04 NOT scope:elsewhere');
  });
});
