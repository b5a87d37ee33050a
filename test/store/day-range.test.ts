import { describe, expect, it } from 'vitest';

import { assertDay, assertPeriod, assertPeriodEnds } from '../../src/store/day-range.js';

describe('days and periods a user names', () => {
  it('reads years below 100 as written, not as 1900–1999', () => {
    expect(() => assertDay('0001-01-01', 'from')).not.toThrow();
    expect(() => assertDay('0099-02-29', 'from')).toThrow(/"0099-02-29" is not a day/);
  });

  it('refuses a period beyond the years posts can carry, whose previous period has no YYYY day', () => {
    expect(() => assertPeriod({ from: '1000-01-01', to: '2999-12-31' }, 'period')).toThrow(
      'period: from 1000-01-01 is outside the years 1990–2100 that posts can carry',
    );
    expect(() => assertPeriod({ from: '1990-01-01', to: '2100-12-31' }, 'period')).not.toThrow();
  });

  it('checks open-ended search ranges for order as closed ones', () => {
    expect(() => assertPeriodEnds({ from: '2025-03-01', to: '2025-01-01' }, 'search')).toThrow(
      'search: from 2025-03-01 is after to 2025-01-01; swap them',
    );
    expect(() => assertPeriodEnds({ to: '2025-02-30' }, 'search')).toThrow(/search: to "2025-02-30" is not a day/);
    expect(() => assertPeriodEnds({}, 'search')).not.toThrow();
  });
});
