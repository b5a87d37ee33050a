import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { packageRoot } from '../../src/package-root.js';
import { parseQuery } from '../../src/query/parser.js';
import { QueryError } from '../../src/query/query-error.js';
import {
  QUERY_LANGUAGES, QUERY_PROBLEM_TEXTS, type QueryLanguage,
} from '../../src/query/query-problem.js';

const CODES = Object.keys(QUERY_PROBLEM_TEXTS) as (keyof typeof QUERY_PROBLEM_TEXTS)[];

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

function errorOf(query: string, language: QueryLanguage, options: Parameters<typeof parseQuery>[1] = {}): string {
  try {
    parseQuery(query, options);
  } catch (error) {
    if (error instanceof QueryError) return error.format(language).split('\n')[0]!;
    throw error;
  }
  throw new Error(`${query} parsed`);
}

describe('query problems', () => {
  it.each(CODES)('%s has a sentence in Russian, Kazakh and English with the same parameters', (code) => {
    const texts = QUERY_PROBLEM_TEXTS[code];
    for (const language of QUERY_LANGUAGES) expect(texts[language].trim(), language).not.toBe('');
    expect(placeholders(texts.ru)).toEqual(placeholders(texts.en));
    expect(placeholders(texts.kk)).toEqual(placeholders(texts.en));
  });

  it('are each raised somewhere in the query code', () => {
    const sources = [
      ...readdirSync(join(packageRoot(), 'src', 'query')).map((file) => join('src', 'query', file)),
      join('src', 'store', 'postgres', 'compile-query.ts'),
    ].filter((file) => !file.endsWith('query-problem.ts'))
      .map((file) => readFileSync(join(packageRoot(), file), 'utf8')).join('\n');

    expect(CODES.filter((code) => !sources.includes(`'${code}'`))).toEqual([]);
  });

  it('say a did-you-mean suggestion in the page\'s language', () => {
    expect(errorOf('жалоба район:medeu', 'ru')).toBe(
      'запрос: позиция 8: неизвестное поле район:; может быть, district:? поля: lang: platform: outlet: ' +
        'subject: issue: slice: district: sentiment: date: scope:; чтобы искать сам текст, возьмите его в кавычки',
    );
    expect(errorOf('language:kk', 'kk')).toMatch(/^сұрау: 1-позиция: белгісіз өріс language:; lang: деп жазбақ па едіңіз\?/);
  });

  it('say a saved query\'s own problem, with its column, in the same language', () => {
    const vocabulary = {
      subjects: [], slices: [], districts: [], issues: [{ id: 'transport', query: 'автобус AND (трамвай' }],
    };
    expect(errorOf('issue:transport', 'ru', { vocabulary })).toBe(
      'запрос: позиция 1: в сохранённом запросе issue:transport ошибка: позиция 13: эта ( не закрыта; добавьте )',
    );
    expect(errorOf('issue:transport', 'en', { vocabulary })).toBe(
      'query: column 1: the saved query of issue:transport has a problem: column 13: this ( is never closed; add )',
    );
  });
});

describe('a long query in an error', () => {
  const formatted = (query: string): string[] => {
    try {
      parseQuery(query);
    } catch (error) {
      if (error instanceof QueryError) return error.format('en').split('\n');
    }
    throw new Error(`${query} was read`);
  };

  // Refused for its length, it was printed whole above a caret line of 4,001 carets.
  it('is shown around the place, with the carets under what is shown of it', () => {
    const query = Array.from({ length: 500 }, () => 'автобус').join(' OR ');

    expect(formatted(query)).toEqual([
      'query: column 4001: the query is longer than 4000 characters; split it or use saved queries',
      `  …${query.slice(3960, 4060)}…`,
      `  ${' '.repeat(41)}${'^'.repeat(60)}`,
    ]);
  });

  it('is shown up to its end when the place is near it', () => {
    const query = `${'свет OR '.repeat(20)}(вода`;

    expect(formatted(query)[1]).toBe(`  …${query.slice(query.length - 100)}`);
    expect(formatted(query)[2]).toBe(`  ${' '.repeat(1 + 100 - 5)}^`);
  });

  it('is shown whole when it is short', () => {
    expect(formatted('(вода OR свет')).toEqual([
      'query: column 1: this ( is never closed; add )',
      '  (вода OR свет',
      '  ^',
    ]);
  });
});
