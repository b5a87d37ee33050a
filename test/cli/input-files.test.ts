import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
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

  it('counts one file read and one passed over in the singular', async () => {
    const { files, folderNotes } = await inputFiles([ONE_FILE_FOLDER]);

    expect(files).toEqual([join(ONE_FILE_FOLDER, 'result.json')]);
    expect(folderNotes).toEqual([
      `${ONE_FILE_FOLDER}: a folder, 1 file read; 1 media, style or script file passed over`,
    ]);
  });
});
