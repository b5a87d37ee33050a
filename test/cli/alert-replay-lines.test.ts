import { describe, expect, it } from 'vitest';

import { AlertReplayLines } from '../../src/cli/alert-replay-lines.js';

describe('the lines of an alerts replay', () => {
  it('count keys and days in the forms each language gives the number', () => {
    const totals = { fired: 1, rateLimited: 0, unconfirmed: 7, gapDays: 1, days: 30 };

    expect(new AlertReplayLines('ru').unconfirmed('2026-12-03', 1, 10)).toBe('2026-12-03  прошли отбор, но не ' +
      'подтвердились, когда почти одинаковые тексты посчитаны один раз: 1 ключ (проблема × район или объект; ' +
      'всплеску нужно 10 разных текстов и p < 0,001, кампании — 10 копий)');
    expect(new AlertReplayLines('ru').total(totals)).toBe('итого: сработало 1, задержано паузой или дневным ' +
      'пределом 0, выросло, но не подтвердилось 7; 1 день с пробелом в сборе из 30 дней');
    expect(new AlertReplayLines('kk').total(totals)).toBe('барлығы: іске қосылды 1, үзіліс не күндік шек ' +
      'тоқтатты 0, өсті, бірақ расталмады 7; жинауда үзіліс болған 1 күн, барлығы 30 күн');
    expect(new AlertReplayLines('en').total(totals)).toBe('total: 1 fired, 0 held back by the cooldown or the ' +
      'daily limit, 7 rose but not confirmed, 1 day with a collection gap, of 30 days');
  });
});
