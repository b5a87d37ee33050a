import { availableParallelism } from 'node:os';

import { describe, expect, it } from 'vitest';

import { workerCount } from '../../src/cli/worker-count.js';

describe('the --workers option', () => {
  it('starts no workers for small work and one per core for large work unless told', () => {
    expect(workerCount(undefined, false)).toBe(0);
    expect(workerCount(undefined, true)).toBe(availableParallelism());
    expect(workerCount('3', false)).toBe(3);
    expect(workerCount('0', true)).toBe(0);
  });

  it.each(['two', '-1', '1.5', '65'])('refuses %s with the range it takes', (value) => {
    expect(() => workerCount(value, true)).toThrow(`--workers ${value}: use a whole number from 0 to 64`);
  });
});
