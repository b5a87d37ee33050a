import { describe, expect, it } from 'vitest';

import { printSummary } from '../../src/cli/import.js';

function printed(error: string): string {
  let text = '';
  const out = { write: (chunk: string) => { text += chunk; return true; } } as unknown as NodeJS.WritableStream;
  printSummary({
    files: [{ file: 'exports/*.json', format: null, read: 0, inserted: 0, existing: 0, skipped: 0, error }],
    inserted: 0, existing: 0, skipped: [], notes: [], failedFiles: 1, removed: {}, postsWithPersonalData: 0,
  }, out);
  return text.split('\n')[0]!;
}

function lastLine(removed: Record<string, number>, postsWithPersonalData: number, existing = 0): string {
  let text = '';
  const out = { write: (chunk: string) => { text += chunk; return true; } } as unknown as NodeJS.WritableStream;
  const inserted = 3 - existing;
  printSummary({
    files: [{ file: 'chat.json', format: 'telegram', read: 3, inserted, existing, skipped: 0, error: null }],
    inserted, existing, skipped: [], notes: [], failedFiles: 0, removed, postsWithPersonalData,
  }, out);
  return text.trimEnd().split('\n').at(-1)!;
}

describe('the import summary of skipped records and notes', () => {
  it('redacts contact data a note quotes from a cell', () => {
    let text = '';
    const out = { write: (chunk: string) => { text += chunk; return true; } } as unknown as NodeJS.WritableStream;
    printSummary({
      files: [], inserted: 0, existing: 0, failedFiles: 0, removed: {}, postsWithPersonalData: 0,
      skipped: [{ location: { file: 'a.csv', line: 3 }, reason: 'unknown platform "ivan.p@mail.ru"' }],
      notes: [{ location: { file: 'a.jsonl', line: 4 }, note: 'unreadable date "звоните 87015550055"' }],
    }, out);
    expect(text.split('\n').slice(0, 2)).toEqual([
      '  skipped a.csv:3: unknown platform "[EMAIL]"',
      '  note a.jsonl:4: unreadable date "звоните [PHONE]"',
    ]);
  });
});

describe('the import summary of what the privacy gate removed', () => {
  it('counts the posts and each kind, in one line', () => {
    expect(lastLine({ phone: 2, email: 1, name: 3 }, 2)).toBe(
      'privacy gate: personal data removed from 2 posts (phone 2, email 1, name 3)',
    );
  });

  it('says the posts were already stored when a re-import found them all', () => {
    expect(lastLine({ phone: 1, name: 2 }, 2, 3)).toBe(
      'privacy gate: personal data removed from 2 posts (phone 1, name 2); every post read was already stored',
    );
  });

  it('says some were already stored when a re-import found some of them', () => {
    expect(lastLine({ name: 1 }, 1, 2)).toBe(
      'privacy gate: personal data removed from 1 post (name 1); 2 of the 3 posts read were already stored',
    );
  });

  it('says nothing when nothing was removed', () => {
    expect(lastLine({}, 0)).toBe('total: 3 new, 0 already stored, 0 skipped, 0 files failed');
  });
});

describe('the import summary of a file that failed', () => {
  it('names the file once, not again at the start of the reason', () => {
    expect(printed('exports/*.json: cannot read the file: no such file')).toBe(
      'exports/*.json: not imported: cannot read the file: no such file',
    );
  });

  it('keeps a reason that does not begin with the file name whole', () => {
    expect(printed('the store is read-only')).toBe('exports/*.json: not imported: the store is read-only');
  });
});
