import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { PrivacyGate } from '../../src/privacy/gate.js';
import { SUBJECTS } from './subjects.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'privacy');
const gate = new PrivacyGate({ secret: 'test-secret', subjects: SUBJECTS });

const cases = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.txt') && !file.endsWith('.redacted.txt'))
  .map((file) => file.replace(/\.txt$/, ''));

describe('redaction of real-looking posts (fixture → fixture.redacted)', () => {
  it('has fixtures to read', () => {
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });

  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
      const expected = readFileSync(join(FIXTURES, `${name}.redacted.txt`), 'utf8');
      expect(gate.redactText(input).text).toBe(expected);
    });
  }
});
