import { describe, expect, it } from 'vitest';

import { printSummary } from '../../src/cli/import.js';

function printed(error: string): string {
  let text = '';
  const out = { write: (chunk: string) => { text += chunk; return true; } } as unknown as NodeJS.WritableStream;
  printSummary({
    files: [{ file: 'exports/*.json', format: null, read: 0, inserted: 0, existing: 0, skipped: 0, error }],
    inserted: 0, existing: 0, skipped: [], notes: [], failedFiles: 1,
  }, out);
  return text.split('\n')[0]!;
}

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
