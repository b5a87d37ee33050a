import { describe, expect, it } from 'vitest';

import { LoginFailures } from '../../src/server/auth/login-failures.js';

const MINUTE = 60_000;

describe('failed logins', () => {
  it('lock a name after five within 15 minutes, until the window has passed', () => {
    const failures = new LoginFailures();
    for (let attempt = 0; attempt < 5; attempt++) failures.record('alice', attempt * MINUTE);
    expect(failures.isLocked('alice', 10 * MINUTE)).toBe(true);
    expect(failures.isLocked('bob', 10 * MINUTE)).toBe(false);
    expect(failures.isLocked('alice', 16 * MINUTE)).toBe(false);
  });

  it('stay a bounded table under a flood of fresh names', () => {
    const failures = new LoginFailures();
    for (let attempt = 0; attempt < 25_000; attempt++) failures.record(`guess-${attempt}`, attempt);
    expect(failures.size).toBeLessThanOrEqual(10_000);
    expect(failures.size).toBeGreaterThan(9_000);
  });

  it('forget names whose window has passed before a name that is locked now', () => {
    const failures = new LoginFailures();
    for (let attempt = 0; attempt < 9_999; attempt++) failures.record(`old-${attempt}`, 0);
    for (let attempt = 0; attempt < 5; attempt++) failures.record('alice', 20 * MINUTE);
    for (let attempt = 0; attempt < 5_000; attempt++) failures.record(`new-${attempt}`, 21 * MINUTE);
    expect(failures.isLocked('alice', 22 * MINUTE)).toBe(true);
    expect(failures.size).toBe(5_001);
  });
});
