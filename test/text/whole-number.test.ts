import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { workerCount } from '../../src/cli/worker-count.js';
import { parseWholeNumber } from '../../src/text/whole-number.js';

const CASES = JSON.parse(readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'text', 'counts-that-number-reads-but-are-no-count.json'), 'utf8',
)) as { refused: string[]; read: Record<string, number> };

describe('a count typed by a person', () => {
  it('is read from plain decimal digits', () => {
    const read = Object.fromEntries(Object.keys(CASES.read).map((text) => [text, parseWholeNumber(text)]));
    expect(read).toEqual(CASES.read);
  });

  it('is refused in every other form Number() would take, and past 15 digits', () => {
    const taken = CASES.refused.filter((text) => parseWholeNumber(text) !== null);
    expect(taken).toEqual([]);
  });

  it('decides --workers, which took "" as 0 and "1e1" as 10', () => {
    for (const value of ['', '1e1', '0x2', ' 2']) {
      expect(() => workerCount(value, true), JSON.stringify(value)).toThrow(`--workers ${value}: use a whole number from 0 to 64`);
    }
  });
});
