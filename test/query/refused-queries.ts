import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parseQuery } from '../../src/query/parser.js';
import { QueryError } from '../../src/query/query-error.js';

/** `query -> start of its error` lines of a fixture under test/fixtures/query/, comments left out. */
export function casesOf(fixture: string): [string, string][] {
  return readFileSync(join(import.meta.dirname, '..', 'fixtures', 'query', fixture), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split(' -> ') as [string, string]);
}

/** The error a query is refused with, in English, or "parsed". */
export function problemOf(query: string): string {
  try {
    parseQuery(query);
  } catch (error) {
    if (error instanceof QueryError) return error.message;
    throw error;
  }
  return 'parsed';
}
