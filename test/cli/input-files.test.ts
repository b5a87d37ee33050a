import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { inputFiles } from '../../src/cli/input-files.js';

const FOLDER = fileURLToPath(new URL('../fixtures/collect/folder-telegram-html-export', import.meta.url));
const ONE_FILE_FOLDER = fileURLToPath(
  new URL('../fixtures/collect/folder-telegram-json-export-with-one-photo', import.meta.url),
);

describe('a folder named among the files to import', () => {
  it('stands for its files in natural order, without the media, styles and scripts of an export', async () => {
    const { files, folderNotes } = await inputFiles(['some.csv', FOLDER]);
    expect(files).toEqual([
      'some.csv',
      join(FOLDER, 'messages.html'),
      join(FOLDER, 'messages2.html'),
      join(FOLDER, 'messages10.html'),
    ]);
    expect(folderNotes).toEqual([`${FOLDER}: a folder, 3 files read; 3 media, style and script files passed over`]);
  });

  // Exports linked into a folder rather than copied were passed over without a word.
  it('reads the files and folders linked into it, once each, and counts links to nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tyndau-linked-exports-'));
    try {
      const result = fileURLToPath(new URL('../fixtures/collect/telegram-channel-result.json', import.meta.url));
      symlinkSync(result, join(folder, 'result.json'));
      symlinkSync(ONE_FILE_FOLDER, join(folder, 'ChatExport_2024-12-05'));
      symlinkSync(join(folder, 'missing.jsonl'), join(folder, 'gone.jsonl'));
      mkdirSync(join(folder, 'sub'));
      symlinkSync(folder, join(folder, 'sub', 'back-to-top'));

      const { files, folderNotes } = await inputFiles([folder]);

      expect(files).toEqual([
        join(folder, 'ChatExport_2024-12-05', 'result.json'),
        join(folder, 'result.json'),
      ]);
      expect(folderNotes).toEqual([
        `${folder}: a folder, 2 files read; 1 media, style or script file passed over; ` +
          '1 link to a file that does not exist passed over',
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('tells links that point at each other in a loop apart from links to nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tyndau-link-loop-'));
    try {
      symlinkSync(join(folder, 'b.csv'), join(folder, 'a.csv'));
      symlinkSync(join(folder, 'a.csv'), join(folder, 'b.csv'));
      symlinkSync(join(folder, 'missing.jsonl'), join(folder, 'gone.jsonl'));

      const { files, folderNotes } = await inputFiles([folder]);

      // Both were counted as links to a file that does not exist.
      expect([files, folderNotes]).toEqual([[], [
        `${folder}: a folder, 0 files read; 1 link to a file that does not exist passed over; ` +
          '2 links that point at themselves through other links passed over',
      ]]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('counts one file read and one passed over in the singular', async () => {
    const { files, folderNotes } = await inputFiles([ONE_FILE_FOLDER]);

    expect(files).toEqual([join(ONE_FILE_FOLDER, 'result.json')]);
    expect(folderNotes).toEqual([
      `${ONE_FILE_FOLDER}: a folder, 1 file read; 1 media, style or script file passed over`,
    ]);
  });
});
