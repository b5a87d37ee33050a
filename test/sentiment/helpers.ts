import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { LanguageResult } from '../../src/analyze/analysis.js';

/** Rows of a fixture TSV under test/fixtures/sentiment; `columns` must match its header. */
export function readFixtureTable<Column extends string>(
  name: string,
  columns: readonly Column[],
): Record<Column, string>[] {
  const path = fileURLToPath(new URL(`../fixtures/sentiment/${name}`, import.meta.url));
  const [header, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  if (header !== columns.join('\t'))
    throw new Error(`fixture ${name}: header is not ${columns.join(', ')}`);

  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(
      columns.map((column, index) => [column, cells[index] ?? '']),
    ) as Record<Column, string>;
  });
}

/** A single-language result, as the language stage reports for a clear-cut post. */
export function language(code: LanguageResult['code']): LanguageResult {
  const share = code === 'kk-latn' ? 'kk-latn' : code;
  return { code, shares: share === 'mixed' ? {} : { [share]: 1 }, confidence: 1 };
}

/** The fixtures' subjects as a project lists them: the akim an official, the maslikhat a body. */
export const FIXTURE_SUBJECTS = [
  { id: 'akim', kind: 'official' },
  { id: 'maslikhat', kind: 'body' },
] as const;
