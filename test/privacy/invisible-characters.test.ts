import { describe, expect, it } from 'vitest';

import { removeInvisibleCharacters } from '../../src/privacy/redact/invisible-characters.js';
import { Redactor } from '../../src/privacy/redact/redactor.js';
import { SUBJECTS } from './subjects.js';

const SOFT_HYPHEN = '\u00AD';
const ZERO_WIDTH_SPACE = '\u200B';
const ZERO_WIDTH_JOINER = '\u200D';
const WORD_JOINER = '\u2060';
const NO_BREAK_SPACE = '\u00A0';
const LEFT_TO_RIGHT_MARK = '\u200E';

describe('removeInvisibleCharacters', () => {
  it('removes soft hyphens, zero-width characters and direction marks', () => {
    const text = `Ай${SOFT_HYPHEN}гүл${ZERO_WIDTH_SPACE} Са${ZERO_WIDTH_JOINER}па${WORD_JOINER}ро${LEFT_TO_RIGHT_MARK}ва`;
    expect(removeInvisibleCharacters(text)).toBe('Айгүл Сапарова');
  });

  it('turns no-break and thin spaces into plain spaces', () => {
    expect(removeInvisibleCharacters(`8${NO_BREAK_SPACE}701\u2009123\u202F45 67`)).toBe('8 701 123 45 67');
  });

  it('composes a "й" typed as "и" and a combining breve', () => {
    expect(removeInvisibleCharacters('Сергеи\u0306')).toBe('Сергей');
  });

  it('keeps the joiner inside an emoji sequence, and drops one between letters or digits', () => {
    const text = '🤦\u200D♂️ опять нет света 👨\u200D👩\u200D👧 🏳️\u200D🌈 👍🏽\u200D🔥';
    expect(removeInvisibleCharacters(text)).toBe(text);
    expect(removeInvisibleCharacters('Ай\u200Dгүл 👍\u200D87011234567')).toBe('Айгүл 👍87011234567');
  });

  it('returns clean text as it is', () => {
    const text = 'Обычный текст без сюрпризов.';
    expect(removeInvisibleCharacters(text)).toBe(text);
  });
});

describe('invisible characters cannot hide personal data', () => {
  const redactor = new Redactor(SUBJECTS);

  it.each([
    [`8701${SOFT_HYPHEN}1234567`, '[PHONE]'],
    [`+7${NO_BREAK_SPACE}701${NO_BREAK_SPACE}123${NO_BREAK_SPACE}45${NO_BREAK_SPACE}67`, '[PHONE]'],
    [`ivan${ZERO_WIDTH_SPACE}@mail.ru`, '[EMAIL]'],
    [`9501${ZERO_WIDTH_SPACE}12300125`, '[IIN]'],
    [`Мар${SOFT_HYPHEN}ат Ахме${ZERO_WIDTH_SPACE}тов`, '[NAME]'],
    [`vk${ZERO_WIDTH_SPACE}.com/id1`, '[LINK]'],
  ])('%j → %s', (text, expected) => {
    expect(redactor.redact(text).text).toBe(expected);
  });

  it('keeps the subject\'s name matched through a soft hyphen', () => {
    expect(redactor.redact(`Ерболат До${SOFT_HYPHEN}саев и Марат Ахметов`).text).toBe('Ерболат Досаев и [NAME]');
  });
});
