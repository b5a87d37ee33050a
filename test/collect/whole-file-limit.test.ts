import { describe, expect, it } from 'vitest';

import { importFile } from '../../src/collect/index.js';
import { fixture, IMPORT_TIME } from './fixture.js';

describe('a file too large to read in one piece', () => {
  it('is refused before it is read, saying how to split it', async () => {
    const file = fixture('telegram-export-too-large-to-read-whole.json');
    const options = { timezone: 'Asia/Almaty', now: IMPORT_TIME, wholeFileMaxBytes: 1024 };

    await expect(importFile(file, options)).rejects.toThrow(
      `${file}: the file is 1,331 bytes, and a file of its kind is read in one piece, up to 1,024 bytes ` +
        '(JSON Lines, CSV and a JSON document of records, such as a Telegram Desktop export, are streamed by tyndau import); ' +
        'split it: export a Telegram chat in parts by date (the From and To dates of Telegram ' +
        "Desktop's export) or as HTML, which it writes 1,000 messages a file; save a spreadsheet in " +
        'parts, each with its header; or write the records as JSON Lines (one object a line), which ' +
        'is read as a stream at any size',
    );
    const read = await importFile(file, { ...options, wholeFileMaxBytes: 4096 });
    expect(read.posts).toHaveLength(3);
  });
});
