import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseQuery } from '../../src/query/parser.js';
import { QueryError } from '../../src/query/query-error.js';

function casesOf(fixture: string): [string, string][] {
  return readFileSync(join(import.meta.dirname, '..', 'fixtures', 'query', fixture), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split(' -> ') as [string, string]);
}

const CASES = casesOf('field-names-in-russian-and-kazakh.txt');

function problemOf(query: string): string {
  try {
    parseQuery(query);
  } catch (error) {
    if (error instanceof QueryError) return error.message;
    throw error;
  }
  return 'parsed';
}

describe('a field name written in Russian or Kazakh', () => {
  it.each(CASES)('%s is refused with the field meant, not searched as text', (query, expected) => {
    expect(problemOf(query)).toContain(expected);
  });

  it('leaves times, ids and English fields in any case as they were', () => {
    expect(['10:30', 'District:medeu', 'LANG:kk', 'автобус "внимание: объезд"'].map(problemOf))
      .toEqual(['parsed', 'parsed', 'parsed', 'parsed']);
  });
});

describe('a field name written in the longer English of other tools', () => {
  it.each(casesOf('field-names-in-english.txt'))('%s is refused with the field meant', (query, expected) => {
    expect(problemOf(query)).toContain(expected);
  });
});
