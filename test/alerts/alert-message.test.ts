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
  it.each([
    ['ru', '14 публикаций (ожидалось ≈ 2,5), 12 разных текстов'],
    ['kk', '14 жарияланым (күтілгені ≈ 2,5), 12 әртүрлі мәтін'],
    ['en', '14 posts (expected ≈ 2.5), 12 distinct texts'],
  ] as const)('in %s writes the expected count as the digest does', (language, line) => {
    expect(alertText(ALERT, makeProject(language, 10), language).split('\n')[1]).toMatch(new RegExp(`^${line.replace(/[().?*+]/g, '\\$&')};`));
  });
});
