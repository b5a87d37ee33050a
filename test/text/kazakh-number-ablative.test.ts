import { describe, expect, it } from 'vitest';

import { DIGEST_LABELS } from '../../src/report/digest-labels.js';
import { kazakhAblative } from '../../src/text/kazakh-number-ablative.js';

describe('kazakhAblative', () => {
  it('follows the last spoken word of the number', () => {
    expect([2, 3, 5, 6, 9, 10, 20, 25, 40, 50, 80, 90, 100, 1000, 10000].map(kazakhAblative)).toEqual([
      '2-ден', '3-тен', '5-тен', '6-дан', '9-дан', '10-нан', '20-дан', '25-тен', '40-тан', '50-ден',
      '80-нен', '90-нан', '100-ден', '1000-нан', '10000-нан',
    ]);
  });
});

describe('the Kazakh digest', () => {
  it('writes "fewer than 10" as "10-нан аз", not "10-ден аз"', () => {
    expect(DIGEST_LABELS.kk.notEnough(10)).toBe('Көрсету үшін жарияланымдар жеткіліксіз (10-нан аз).');
  });
});
