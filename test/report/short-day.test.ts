/**
 * Days on the charts' axes. The digest and the dashboard wrote "12-01" for the 1st of December,
 * which a Russian or Kazakh reader takes for the 12th of January.
 */
import { describe, expect, it } from 'vitest';

import { volumeChart } from '../../src/report/digest-charts.js';
import { shortDay } from '../../src/report/short-day.js';

describe('shortDay', () => {
  it('writes day.month in Russian and Kazakh and "1 Dec" in English', () => {
    expect(['ru', 'kk', 'en'].map((language) => shortDay('2025-12-01', language as 'ru' | 'kk' | 'en')))
      .toEqual(['01.12', '01.12', '1 Dec']);
  });
});

describe('the digest\'s volume chart', () => {
  it('labels its days as the digest\'s language writes them', () => {
    const svg = volumeChart(
      [{ day: '2025-11-30', originals: 12, amplifications: 0 }, { day: '2025-12-01', originals: 15, amplifications: 0 }],
      { originals: 'Публикации', amplifications: 'Репосты', day: (day) => shortDay(day, 'ru') },
    );
    expect(svg).toContain('>01.12<');
    expect(svg).not.toContain('12-01');
  });
});
