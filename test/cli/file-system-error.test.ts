import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { describeFileSystemError } from '../../src/cli/file-system-error.js';

function errorOf(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

// `export --out FOLDER`, `export --out /missing/x.csv` and `report --out FILE` printed
// "EISDIR: illegal operation on a directory, open …" and the like.
describe('a file error of an --out path', () => {
  const work = mkdtempSync(join(tmpdir(), 'tyndau-out-'));
  writeFileSync(join(work, 'digest.csv'), 'x');

  it('says in words what is wrong and what to give instead', () => {
    expect(describeFileSystemError(errorOf(() => writeFileSync(work, 'x')))).toBe(
      `cannot open ${work}: it is a folder; name a file`,
    );
    expect(describeFileSystemError(errorOf(() => writeFileSync(join(work, 'no', 'x.csv'), 'x')))).toBe(
      `cannot open ${join(work, 'no', 'x.csv')}: no such file or folder; check the path or create the folder first`,
    );
    expect(describeFileSystemError(errorOf(() => mkdirSync(join(work, 'digest.csv'), { recursive: true })))).toBe(
      `cannot create the folder ${join(work, 'digest.csv')}: a file of that name is in the way; name a folder`,
    );
  });

  it('leaves any other error to its own message', () => {
    expect(describeFileSystemError(new Error('period: from 2025-03-01 is after to 2025-01-01'))).toBeUndefined();
  });
});
