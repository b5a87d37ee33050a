/**
 * The dashboard's change column, as the issue and agency pages write it: a significant change
 * names the share's direction, which can differ from the count's (14 posts after 23, -39 %, while
 * the share of all posts rose from 4.7 % to 10.1 %). Percentages in the strings are written as
 * Intl writes those beside them.
 */
import { describe, expect, it } from 'vitest';

import { changeLabel } from '../../web/src/change-label.js';
import { STRINGS } from '../../web/src/i18n.js';

describe('the dashboard change column', () => {
  it.each([
    ['ru', '-39\u00a0% (значимо: доля выросла)'],
    ['kk', '-39% (маңызды: үлесі өсті)'],
    ['en', '-39% (significant: share rose)'],
  ] as const)('in %s: a count that fell while its share rose significantly', (language, text) => {
    const row = { relativeChange: -9 / 23, significant: true, shareDirection: 'rose' } as const;
    expect(changeLabel(row, language)).toBe(text);
  });

  it('names a fall, and says nothing of a change that is not significant', () => {
    expect(changeLabel({ relativeChange: -0.35, significant: true, shareDirection: 'fell' }, 'en'))
      .toBe('-35% (significant: share fell)');
    expect(changeLabel({ relativeChange: 0.47, significant: false, shareDirection: 'rose' }, 'en')).toBe('+47%');
    expect(changeLabel({ relativeChange: null, significant: false, shareDirection: 'unchanged' }, 'en')).toBe('—');
  });
});

describe('the dashboard strings', () => {
  it('write a Russian percentage with a no-break space, as the numbers beside them are', () => {
    const russian = Object.values(STRINGS.ru).filter((value): value is string => typeof value === 'string');
    expect(russian.filter((value) => /\d[ \u202f]?%/.test(value))).toEqual([]);
    expect(STRINGS.ru.negative).toBe('Негатив (95\u00a0% ДИ)');
    expect(STRINGS.kk.negative).toBe('Жағымсыз (95% СА)');
  });
});
