import { describe, expect, it } from 'vitest';

import { closestMatch, editDistance } from '../../src/project/did-you-mean.js';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('minGroupSize', 'minGroupSize')).toBe(0);
    expect(editDistance('minGroupSze', 'minGroupSize')).toBe(1);
    expect(editDistance('minGroupSizee', 'minGroupSize')).toBe(1);
    expect(editDistance('minGruopSize', 'minGroupSize')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('closest match', () => {
  const keys = [
    'name',
    'city',
    'timezone',
    'language',
    'subjects',
    'districts',
    'taxonomy',
    'sources',
  ];

  it('finds the key meant despite a typo, another case or snake_case', () => {
    expect(closestMatch('langauge', keys)).toBe('language');
    expect(closestMatch('Time_Zone', keys)).toBe('timezone');
    expect(closestMatch('subject', keys)).toBe('subjects');
    expect(closestMatch('lang', keys)).toBe('language');
  });

  it('suggests nothing when no key is close', () => {
    expect(closestMatch('colour', keys)).toBeUndefined();
    expect(closestMatch('x', keys)).toBeUndefined();
  });
});
