/**
 * The dashboard's change column, as the issue and agency pages write it: a significant change
 * names the share's direction, which can differ from the count's (14 posts after 23, -39 %, while
 * the share of all posts rose from 4.7 % to 10.1 %). Percentages in the strings are written as
 * Intl writes those beside them.
 */
import { describe, expect, it } from 'vitest';

import { DIGEST_LABELS } from '../../src/report/digest-labels.js';
import { NumberFormat } from '../../src/report/number-format.js';
import { changeLabel } from '../../web/src/change-label.js';
import { STRINGS } from '../../web/src/i18n.js';

describe('the dashboard change column', () => {
  it.each([
    ['ru', '\u221239\u00a0% (значимо: доля выросла)'],
    ['kk', '\u221239% (маңызды: үлесі өсті)'],
    ['en', '\u221239% (significant: share rose)'],
  ] as const)('in %s: a count that fell while its share rose significantly', (language, text) => {
    const row = { relativeChange: -9 / 23, significant: true, shareDirection: 'rose' } as const;
    expect(changeLabel(row, language)).toBe(text);
  });

  it.each([
    ['ru', 'впервые (значимо: доля выросла)'],
    ['kk', 'жаңа (маңызды: үлесі өсті)'],
    ['en', 'new (significant: share rose)'],
  ] as const)('in %s: an issue new this period, with its test, as the digest gives it', (language, text) => {
    // The new user's outages: 20 of 128 posts after none of 98 (p ≈ 4·10⁻⁵); the page said "—".
    const row = { previous: 0, relativeChange: null, significant: true, shareDirection: 'rose' } as const;
    expect(changeLabel(row, language)).toBe(text);
  });

  it('gives no change beside a previous count hidden under the minimum', () => {
    const row = { previous: null, relativeChange: null, significant: false, shareDirection: 'rose' } as const;
    expect(changeLabel(row, 'kk')).toBe('—');
  });

  it('names a fall, and says nothing of a change that is not significant', () => {
    expect(changeLabel({ relativeChange: -0.35, significant: true, shareDirection: 'fell' }, 'en'))
      .toBe('\u221235% (significant: share fell)');
    expect(changeLabel({ relativeChange: 0.47, significant: false, shareDirection: 'rose' }, 'en')).toBe('+47%');
    expect(changeLabel({ relativeChange: null, significant: false, shareDirection: 'unchanged' }, 'en')).toBe('—');
  });

  it('writes the minus sign the digest writes, and no sign on a change that rounds to nothing', () => {
    const digest = new NumberFormat('ru-RU', 10);
    const fell = { relativeChange: -0.35, significant: false, shareDirection: 'fell' } as const;
    expect(changeLabel(fell, 'ru')).toBe(digest.signedPercent(-0.35));
    expect(changeLabel({ relativeChange: -0.004, significant: false, shareDirection: 'fell' }, 'en')).toBe('0%');
    expect(digest.signedPercent(-0.004)).toBe('0\u00a0%');
  });
});

describe('the dashboard strings', () => {
  it('write a Russian percentage with a no-break space, as the numbers beside them are', () => {
    const russian = Object.values(STRINGS.ru).filter((value): value is string => typeof value === 'string');
    expect(russian.filter((value) => /\d[ \u202f]?%/.test(value))).toEqual([]);
    expect(STRINGS.ru.negative).toBe('Негатив (95\u00a0% ДИ)');
    expect(STRINGS.kk.negative).toBe('Жағымсыз (95% СА)');
  });

  it('name the product public-opinion monitoring in every language, not a register of appeals', () => {
    // "обращения" and "өтініштер" are the citizens' formal appeals to the akimat, another system
    // an akimat analyst knows by that name; tyndau reads what the press and residents publish.
    expect([STRINGS.ru.appTitle, STRINGS.kk.appTitle, STRINGS.en.appTitle]).toEqual([
      'тыңдау — мониторинг общественного мнения',
      'тыңдау — қоғамдық пікір мониторингі',
      'tyndau — public-opinion monitoring',
    ]);
  });

  it('call sentiment in Kazakh by the digest\'s word for it', () => {
    const digestWord = DIGEST_LABELS.kk.sections.sentiment;
    expect(digestWord).toBe('Тональділік');
    expect([STRINGS.kk.sentiment, STRINGS.kk.sentimentName]).toEqual([`${digestWord} (95% СА)`, digestWord]);
    const kazakh = Object.values(STRINGS.kk).filter((value): value is string => typeof value === 'string');
    expect(kazakh.filter((value) => /көңіл-күй/i.test(value))).toEqual([]);
  });
});
