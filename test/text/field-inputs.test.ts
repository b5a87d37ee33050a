/**
 * The inputs from the field that the text layer must get right, each kept as a fixture file:
 * tokens, normalisation, language, mentions and redaction seen on the same texts.
 */
import { readFileSync } from 'node:fs';

import { beforeAll, describe, expect, test } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { createLanguageIdentifier, type LanguageIdentifier } from '../../src/analyze/language/index.js';
import { MentionFinder } from '../../src/analyze/mentions/index.js';
import { Redactor } from '../../src/privacy/redact/redactor.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { tokenise } from '../../src/text/tokenise.js';
import { DEPUTY, MAYOR } from '../fixtures/analyze/almaty-subjects.js';

const field = (name: string): string =>
  readFileSync(new URL(`../fixtures/text/field/${name}`, import.meta.url), 'utf8').trim();
const words = (text: string): string[] => tokenise(text).map((token) => token.text);

let identifier: LanguageIdentifier;
beforeAll(async () => {
  identifier = await createLanguageIdentifier();
});

describe('words', () => {
  test('a hyphenated city name is one token, in any case form', () => {
    expect(words(field('hyphenated-city-name.txt'))).toEqual([
      'Из', 'Нур-Султана', 'в', 'Алматы', 'летают', 'каждый', 'час', 'а', 'в', 'Нур-Султан', 'поезд',
      'идёт', 'сутки',
    ]);
  });

  test('"неплохо" is one word', () => {
    expect(words(field('neplokho-one-word.txt'))).toContain('неплохо');
  });

  test('word boundaries see Cyrillic and Kazakh letters where \\b does not', () => {
    expect(words('Жители«Алматы»жалуются;әкімдікке—хат')).toEqual(['Жители', 'Алматы', 'жалуются', 'әкімдікке', 'хат']);
    expect('әкімдікке'.match(/\b\w+\b/g)).toBeNull();
  });
});

describe('normalisation', () => {
  test('ё is е: "Алёна" matches "Алена"', () => {
    expect(normaliseForMatching('Алёна')).toBe(normaliseForMatching('Алена'));
    const finder = new MentionFinder([{ ...DEPUTY, name: 'Алена Сапарова', aliases: [] }]);
    const found = finder.find(prepareText(field('yo-in-given-name.txt'))).map((mention) => mention.form);
    expect(found).toEqual(['Алёна Сапарова', 'Алёне Сапаровой']);
  });

  test('Latin a, e, o or c inside a Cyrillic surname still matches it', () => {
    const finder = new MentionFinder([MAYOR]);
    const found = finder.find(prepareText(field('latin-look-alikes-inside-surname.txt'))).map((mention) => mention.form);
    expect(found).toEqual(['Дoсаев', 'Досaев', 'Досаeв', 'Доcаев', 'Досаев']);
  });

  test('look-alikes fold both ways, and ordinary Russian and English are left as they are', () => {
    expect(normaliseForMatching('Aкимат')).toBe('акимат');
    expect(normaliseForMatching('Тоyota')).toBe('toyota');
    expect(normaliseForMatching('Обычный текст про акимат и iPhone')).toBe('обычный текст про акимат и iphone');
  });

  test('Kazakh Latin İ lower-cases to a plain i and dotless ı is kept', () => {
    expect(normaliseForMatching('İSKER Qalaşyq ıs')).toBe('isker qalaşyq ıs');
  });
});

describe('language', () => {
  const code = (name: string): string => {
    const result = identifier.identify(prepareText(field(name)));
    return result.code === 'other' ? `other:${result.detected}` : result.code;
  };

  test('Kazakh typed with Russian letters only is Kazakh, and matches the subject', () => {
    const text = field('kazakh-typed-with-russian-letters.txt');
    expect(code('kazakh-typed-with-russian-letters.txt')).toBe('kk');
    const mentions = new MentionFinder([MAYOR]).find(prepareText(text));
    expect(mentions.map((mention) => mention.form)).toEqual(['Алматы каласынын акими']);
  });

  test('one Kazakh word inside an English sentence does not make it Kazakh', () => {
    expect(code('english-sentence-one-kazakh-word.txt')).toBe('en');
  });

  test('look-alike languages are named, not taken for Kazakh or Russian', () => {
    expect(code('kyrgyz-sentence.txt')).toBe('other:ky');
    expect(code('ukrainian-sentence.txt')).toBe('other:uk');
  });

  test('a Russian sentence then an English one: mixed, with shares and segments', () => {
    const text = field('russian-then-english-sentences.txt');
    const result = identifier.identify(prepareText(text));
    expect(result.code).toBe('mixed');
    expect(result.shares).toEqual({ en: 0.538, ru: 0.462 });
    expect(result.segments?.map((segment) => [segment.code, text.slice(segment.start, segment.end)])).toEqual([
      ['ru', 'Сегодня утром опять пробки на Абая'],
      ['en', 'Traffic is terrible, nobody cares about drivers'],
    ]);
  });

  test('each sentence gets its own language', () => {
    const text = field('kazakh-then-russian-sentences.txt');
    const sentences = identifier.identifySentences(prepareText(text));
    expect(sentences.map((sentence) => [sentence.code, text.slice(sentence.start, sentence.end)])).toEqual([
      ['kk', 'Бүгін Абай даңғылында тағы да кептеліс болды'],
      ['ru', 'Опять пробки, никто ничего не делает'],
    ]);
  });
});

describe('redaction', () => {
  const redactor = new Redactor([]);

  test('a phone number between emoji is redacted whole', () => {
    expect(redactor.redact(field('phone-between-emoji.txt')).text).toBe('Звоните📞[PHONE]😡 до вечера');
  });

  test('a 12-digit order number that fails the IIN checksum is kept', () => {
    const text = field('order-number-not-an-iin.txt');
    expect(redactor.redact(text)).toEqual({ text, counts: {} });
  });
});
