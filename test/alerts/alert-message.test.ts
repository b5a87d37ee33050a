import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { Alert } from '../../src/alerts/alert.js';
import { alertText } from '../../src/delivery/alert-message.js';
import { makeProject } from '../report/make-project.js';

const ALERT = JSON.parse(readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'delivery', 'alert-transport-spike-in-medeu.json'), 'utf8',
)) as Alert;

describe('an alert message', () => {
  // The expected count was written 2.5 in every language; Russian and Kazakh write 2,5.
  it('writes the expected count as the digest of its language does', () => {
    const countLines = Object.fromEntries((['ru', 'kk', 'en'] as const).map((language) =>
      [language, alertText(ALERT, makeProject(language, 10), language).split('\n')[1]]));

    expect(countLines).toEqual({
      ru: '14 публикаций (ожидалось ≈ 2,5), 12 разных текстов; крупнейшая группа почти одинаковых текстов: 3',
      kk: '14 жарияланым (күтілгені ≈ 2,5), 12 әртүрлі мәтін; бірдей дерлік мәтіндердің ең үлкен тобы: 3',
      en: '14 posts (expected ≈ 2.5), 12 distinct texts; largest group of near-identical texts: 3',
    });
  });
});
