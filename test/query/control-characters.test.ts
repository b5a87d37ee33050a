/**
 * Control characters in a query are refused at their column. A NUL from a script's C string was
 * read as a space and the query answered; a right-to-left override showed the query reversed.
 */
import { describe, expect, it } from 'vitest';

import { parseQuery } from '../../src/query/parser.js';
import { QueryError } from '../../src/query/query-error.js';
import type { QueryLanguage } from '../../src/query/query-problem.js';

function firstLineOfError(query: string, language: QueryLanguage = 'en'): string {
  try {
    parseQuery(query);
  } catch (error) {
    if (error instanceof QueryError) return error.format(language).split('\n')[0]!;
    throw error;
  }
  return 'parsed';
}

describe('a control character in a query', () => {
  it.each([
    ['автобус\u0000', 'query: column 8: U+0000 is a control character, no part of a query; remove it (a tab or a line break may separate words)'],
    ['a\u0000b', 'query: column 2: U+0000 is a control character, no part of a query; remove it (a tab or a line break may separate words)'],
    ['\u202eавтобус', 'query: column 1: U+202E is a control character, no part of a query; remove it (a tab or a line break may separate words)'],
    ['автобус AND яма\u0007', 'query: column 16: U+0007 is a control character, no part of a query; remove it (a tab or a line break may separate words)'],
    ['"автобус \u0085яма"', 'query: column 10: U+0085 is a control character, no part of a query; remove it (a tab or a line break may separate words)'],
  ])('%j is refused at its column', (query, message) => {
    expect(firstLineOfError(query)).toBe(message);
  });

  it('is refused in Russian when asked', () => {
    expect(firstLineOfError('автобус\u0000', 'ru')).toBe(
      'запрос: позиция 8: U+0000 — управляющий символ, он не может быть частью запроса; удалите его ' +
      '(слова можно разделять табуляцией или переводом строки)');
  });

  it('leaves tabs and line breaks, which separate words in saved queries', () => {
    expect(firstLineOfError('автобус\tAND\r\nяма')).toBe('parsed');
  });
});
