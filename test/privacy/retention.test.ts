import { describe, expect, it } from 'vitest';

import { isPastRetention } from '../../src/privacy/retention.js';

const NOW = new Date('2025-03-31T12:00:00Z');
const DAYS_AGO = (days: number): Date => new Date(NOW.getTime() - days * 86_400_000);

describe('isPastRetention', () => {
  it('expires a social post older than the limit', () => {
    expect(isPastRetention({ kind: 'social', publishedAt: DAYS_AGO(91) }, NOW, 90)).toBe(true);
  });

  it('keeps a social post exactly at the limit and younger', () => {
    expect(isPastRetention({ kind: 'social', publishedAt: DAYS_AGO(90) }, NOW, 90)).toBe(false);
    expect(isPastRetention({ kind: 'social', publishedAt: DAYS_AGO(3) }, NOW, 90)).toBe(false);
  });

  it('never expires a news article: it is the press\'s public record', () => {
    expect(isPastRetention({ kind: 'article', publishedAt: DAYS_AGO(2000) }, NOW, 90)).toBe(false);
  });

  it('expires every social post from before now with a limit of 0 days', () => {
    expect(isPastRetention({ kind: 'social', publishedAt: new Date(NOW.getTime() - 1) }, NOW, 0)).toBe(true);
  });

  it('refuses a negative or non-numeric limit', () => {
    expect(() => isPastRetention({ kind: 'social', publishedAt: NOW }, NOW, -1)).toThrow(/-1 is not a number of days/);
    expect(() => isPastRetention({ kind: 'social', publishedAt: NOW }, NOW, Number.NaN)).toThrow(/NaN/);
  });
});
