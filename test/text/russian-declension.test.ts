import { describe, expect, test } from 'vitest';

import { russianWordForms } from '../../src/text/inflect/russian-declension.js';

describe('Russian case forms', () => {
  test('a masculine surname', () => {
    expect(russianWordForms('Досаев', { proper: true })).toEqual([
      'досаев', 'досаева', 'досаеву', 'досаевым', 'досаеве', 'досаевой', 'досаевою', 'досаевы',
      'досаевых', 'досаевыми',
    ]);
  });

  test('a feminine surname gives the same paradigm', () => {
    expect(russianWordForms('Сапарова', { proper: true })).toContain('сапаровой');
    expect(russianWordForms('Сапарова', { proper: true })).toContain('сапарову');
  });

  test('a common noun ending in a consonant', () => {
    expect(russianWordForms('акимат', { proper: false })).toEqual(expect.arrayContaining([
      'акимат', 'акимата', 'акимату', 'акиматом', 'акимате', 'акиматы', 'акиматов',
    ]));
  });

  test('a district adjective', () => {
    expect(russianWordForms('Ауэзовский', { proper: false })).toEqual(expect.arrayContaining([
      'ауэзовский', 'ауэзовского', 'ауэзовскому', 'ауэзовским', 'ауэзовском', 'ауэзовская',
    ]));
  });

  test('an indeclinable place name has only itself', () => {
    expect(russianWordForms('Алматы', { proper: true })).toEqual(['алматы']);
    expect(russianWordForms('Медеу', { proper: true })).toEqual(['медеу']);
  });

  test('a noun in -ия', () => {
    expect(russianWordForms('мэрия', { proper: false })).toEqual(expect.arrayContaining(['мэрии', 'мэрию', 'мэрией']));
  });
});
