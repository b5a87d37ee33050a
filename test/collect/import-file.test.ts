import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { detectFormat, importFile } from '../../src/collect/index.js';
import { compressedFileProblem } from '../../src/collect/compressed-file.js';
import { fixture, importFixture } from './fixture.js';

const FORMATS: readonly [string, string][] = [
  ['rss-windows-1251-prolog.xml', 'rss'],
  ['atom-kazakh-entries.xml', 'atom'],
  ['rdf-rss-1.0.xml', 'rdf'],
  ['jsonfeed-1.1.json', 'jsonfeed'],
  ['telegram-channel-result.json', 'telegram'],
  ['youtube-comment-threads-page.json', 'youtube'],
  ['vk-wall-get-repost.json', 'vk'],
  ['vk-wall-bare-items.json', 'vk'],
  ['jsonl-u2028-inside-text.jsonl', 'jsonl'],
  ['csv-excel-semicolon-windows-1251-no-bom.csv', 'csv'],
];

function scratchFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tyndau-collect-')), name);
  writeFileSync(path, content);
  return path;
}

describe('detectFormat', () => {
  for (const [name, format] of FORMATS) {
    it(`recognises ${name} as ${format}`, () => {
      expect(detectFormat(readFileSync(fixture(name)), name)).toBe(format);
    });
  }

  it('recognises content, not the extension', () => {
    const bytes = readFileSync(fixture('atom-kazakh-entries.xml'));
    expect(detectFormat(bytes, 'feed.json')).toBe('atom');
    expect(detectFormat(readFileSync(fixture('vk-wall-get-repost.json')), 'export.txt')).toBe('vk');
  });

  it('takes a .json file of JSON lines as JSONL', () => {
    const bytes = Buffer.from('{"id": 1, "text": "а"}\n{"id": 2, "text": "б"}\n');
    expect(detectFormat(bytes, 'posts.json')).toBe('jsonl');
  });

  it('reads a .json list of record objects as records, skipping elements that are not one by place', async () => {
    const batch = await importFixture('json-array-of-records.json');

    expect(batch.format).toBe('json');
    expect(batch.posts.map((post) => [post.nativeId, post.platform, post.text, post.location.path])).toEqual([
      ['scraper-1', 'vk', 'Опять нет света в Алатауском районе', '/0'],
      ['scraper-2', 'telegram', 'Во дворе третий день не вывозят мусор', '/2'],
    ]);
    expect(batch.skipped.map((skip) => [skip.location.path, skip.reason])).toEqual([
      ['/1', 'list element is not a JSON object'],
      ['/3', 'record has no text (looked for text, body, content, message and the like)'],
    ]);
  });

  // A scraper that found nothing writes `[]`; it failed as "a JSON array without objects" with
  // advice to write JSONL, and a list of objects without a text was told the same, though a
  // .json list of records is read.
  it('reads an empty JSON list as no records, with a note, and names a list that holds no records', async () => {
    const batch = await importFixture('no-identity-fields/json-empty-list-scraper-found-nothing.json');
    expect([batch.posts, batch.skipped, batch.notes?.map((note) => note.note)]).toEqual([
      [], [], ['the list holds no records'],
    ]);

    expect(() => detectFormat(Buffer.from('[{"name": "x", "count": 1}]'), 'stats.json')).toThrow(
      'stats.json: not a known format: a JSON list of objects with keys "name", "count", none ' +
        'naming a text; name it text, body, content, message or another name listed in ' +
        'src/collect/files/record-fields.ts',
    );
    expect(() => detectFormat(Buffer.from('["Пробки на Абая", "Нет воды"]'), 'texts.json')).toThrow(
      /^texts\.json: not a known format: a JSON list whose first element is a string, not a record; write each record as an object/,
    );
  });

  it('names the file and its shape for JSON of no known format', () => {
    const name = 'json-unknown-format-geojson.json';
    expect(() => detectFormat(readFileSync(fixture(name)), name)).toThrow(
      'json-unknown-format-geojson.json: not a known format: ' +
        'a JSON object with keys "type", "features"; expected an RSS',
    );
  });

  it('says that an HTML page is not its feed', () => {
    const name = 'html-page-not-a-feed.html';
    expect(() => detectFormat(readFileSync(fixture(name)), name)).toThrow(
      /html-page-not-a-feed\.html: not a known format: XML with the root element <html> \(a web page/,
    );
  });

  it('reports a VK error response as such', () => {
    const error = { error: { error_code: 5, error_msg: 'User authorization failed' } };
    const bytes = Buffer.from(JSON.stringify(error));
    expect(() => detectFormat(bytes, 'wall.json')).toThrow(
      'wall.json: a VK API error response ("User authorization failed"), not a list of posts',
    );
  });

  it('rejects broken JSON and a CSV without a text column by name', () => {
    const cut = Buffer.from('{"a": [1, 2');
    expect(() => detectFormat(cut, 'cut.json')).toThrow(/^cut\.json: not valid JSON/);
    expect(() => detectFormat(Buffer.from('name;phone\nx;y\n'), 'people.csv')).toThrow(
      /^people\.csv: a CSV header without a text column \("name", "phone"\); name the column/,
    );
    expect(() => detectFormat(Buffer.from('date;phone;note\n1;2;3\n'), 'calls.csv')).toThrow(
      /^calls\.csv: a CSV header without a text column \("date", "phone", "note"\)/,
    );
    expect(() => detectFormat(Buffer.from('----\n'), 'notes.txt')).toThrow(
      /^notes\.txt: not a known format: the first line is neither XML, JSON nor a CSV header/,
    );
  });

  // A CSV whose text is under a name tyndau does not know was called "neither XML, JSON nor a
  // CSV header", which sends the user looking at the wrong thing.
  it('names the columns of a CSV without a text column and the names a text column may have', () => {
    const name = 'csv-text-column-generic-name.csv';
    expect(() => detectFormat(readFileSync(fixture(name)), name)).toThrow(
      'csv-text-column-generic-name.csv: a CSV header without a text column ("Дата", "Столбец2", "Столбец3", "Автор"); ' +
        "name the column holding the post's text one of text, body, content, message, comment, review, full_text, текст, мәтін",
    );
  });
});

// A CSV without a header line starts with a post; the error quoted it, unredacted, on the
// terminal and in the log.
describe('a CSV whose first line is a record', () => {
  it('is refused without printing the values of that record', () => {
    const name = 'csv-without-header-first-line-a-post.csv';
    const refusal = errorMessage(() => detectFormat(readFileSync(fixture(name)), name));

    expect(refusal).toMatch(new RegExp(
      `^${name}: the first line looks like a record, not a CSV header \\(4 values, not shown: they may hold ` +
        "a post's text\\); add a header line and name the column holding the post's text one of text, body, ",
    ));
    expect(refusal).not.toMatch(/Айгерим|8701|2024|zzcanary/);
  });

  it('takes one cell no column is named like (a sentence, a date) for a record, and prints none', () => {
    const line = 'id;Позвоните мне по номеру 87011234567 вечером;platform\n';
    const refusal = errorMessage(() => detectFormat(Buffer.from(line), 'mixed.csv'));
    expect(refusal).toMatch(/^mixed\.csv: the first line looks like a record, not a CSV header \(3 values,/);
    expect(refusal).not.toMatch(/8701|platform/);
  });
});

function errorMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('a file of bytes, not text', () => {
  // An Excel workbook handed over instead of its CSV was described as a CSV header whose column
  // names were its bytes.
  it('is named as a ZIP archive or an Excel workbook, with what to save it as', () => {
    const name = 'xlsx-workbook-instead-of-csv.xlsx';
    expect(() => detectFormat(readFileSync(fixture(name)), name)).toThrow(
      'xlsx-workbook-instead-of-csv.xlsx: not a known format: a ZIP archive (an Excel .xlsx workbook is one); ' +
        'save the sheet as "CSV UTF-8"; expected an RSS',
    );
  });

  // A compressed export was "binary data, not text", which named neither what it was nor what to do.
  it('is named as a compressed file, with how to unpack it or pipe it in', async () => {
    await expect(importFixture('jsonl-gzip-compressed-export.jsonl.gz')).rejects.toThrow(
      'jsonl-gzip-compressed-export.jsonl.gz: a gzip-compressed file, which tyndau does not unpack; ' +
        'gunzip -k it, or pipe it in: zcat FILE | tyndau import -p PROJECT -',
    );
    const kinds = [
      [[0x42, 0x5a, 0x68, 0x39, 0x31, 0x41], 'bzip2'],
      [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00], 'xz'],
      [[0x28, 0xb5, 0x2f, 0xfd, 0x04], 'Zstandard'],
      [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00], '7-Zip'],
      [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01], 'RAR'],
    ] as const;
    expect(kinds.map(([bytes]) => compressedFileProblem(Uint8Array.from(bytes), 'posts')))
      .toEqual(kinds.map(([, name]) => expect.stringContaining(`posts: a ${name}-compressed file`)));
    // Text that opens as a bzip2 file's magic does, without its block size, is text.
    expect(compressedFileProblem(Buffer.from('BZh,text\n'), 'posts.csv')).toBeUndefined();
  });

  it('is named as binary data or a PDF whatever its first byte', () => {
    const noise = Buffer.from(Array.from({ length: 2048 }, (_, index) => (index * 37 + 11) % 256));
    for (const first of ['{', '<', 'text,']) {
      const bytes = Buffer.concat([Buffer.from(first), noise]);
      expect(() => detectFormat(bytes, 'noise.bin')).toThrow('noise.bin: not a known format: binary data, not text;');
    }
    expect(() => detectFormat(Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj'), 'digest.csv')).toThrow(
      'digest.csv: not a known format: a PDF document;',
    );
  });
});

describe('a damaged Telegram export', () => {
  it('is named as a Telegram export whose messages or chats are not a list', async () => {
    await expect(importFixture('telegram-messages-not-a-list.json')).rejects.toThrow(
      /telegram-messages-not-a-list\.json: a Telegram export whose "messages" is an object, not a list/,
    );
    await expect(importFixture('telegram-chats-list-is-null.json')).rejects.toThrow(
      /telegram-chats-list-is-null\.json: a Telegram export whose "chats\.list" is null, not a list/,
    );
  });
});

describe('importFile', () => {
  it('throws an error naming a missing file', async () => {
    await expect(importFile('/nonexistent/feed.xml', { timezone: 'Asia/Almaty' })).rejects.toThrow(
      '/nonexistent/feed.xml: cannot read the file: no such file',
    );
  });

  it('names in words a path through a file, a loop of links and an over-long name', async () => {
    const file = fixture('csv-excel-sep-line.csv');
    const options = { timezone: 'Asia/Almaty' };
    await expect(importFile(`${file}/x.csv`, options)).rejects.toThrow(
      `${file}/x.csv: cannot read the file: a part of the path is a file, not a folder`,
    );
    const folder = mkdtempSync(join(tmpdir(), 'tyndau-link-loop-'));
    symlinkSync(join(folder, 'b.csv'), join(folder, 'a.csv'));
    symlinkSync(join(folder, 'a.csv'), join(folder, 'b.csv'));
    await expect(importFile(join(folder, 'a.csv'), options)).rejects.toThrow(
      `${join(folder, 'a.csv')}: cannot read the file: its symbolic links point at each other in a loop`,
    );
    const long = `/tmp/${'x'.repeat(300)}.csv`;
    await expect(importFile(long, options)).rejects.toThrow(
      `${long}: cannot read the file: the path is longer than the system allows`,
    );
  });

  it('says that a missing file named by a pattern matched nothing', async () => {
    await expect(importFile('/nonexistent/exports/*.json', { timezone: 'Asia/Almaty' })).rejects.toThrow(
      '/nonexistent/exports/*.json: cannot read the file: no such file; ' +
        'no file matches this pattern, and the shell passed it on as written',
    );
  });

  it('refuses a device, which never ends, rather than reading it until the memory runs out', async () => {
    await expect(importFile('/dev/zero', { timezone: 'Asia/Almaty' })).rejects.toThrow(
      '/dev/zero: cannot read the file: it is a device or a socket, not a file',
    );
  });

  it('throws an error naming an empty file', async () => {
    const path = scratchFile('empty.csv', '');
    const imported = importFile(path, { timezone: 'Asia/Almaty' });
    await expect(imported).rejects.toThrow(`${path}: the file is empty`);
  });

  it('refuses an unknown time zone before reading', async () => {
    await expect(importFile(fixture('rdf-rss-1.0.xml'), { timezone: 'Almaty' })).rejects.toThrow(
      'import: unknown time zone "Almaty"',
    );
  });

  it('gives the same native ids on re-import of every fixture format', async () => {
    for (const [name] of FORMATS) {
      const first = await importFixture(name);
      const again = await importFixture(name);
      const ids = first.posts.map((post) => post.nativeId);
      expect(again.posts.map((post) => post.nativeId)).toEqual(ids);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('a UTF-8 file with a few broken bytes', () => {
  it('is read as UTF-8, with a note on where the bytes were replaced', async () => {
    const batch = await importFixture('jsonl-one-record-broken-utf8.jsonl');
    expect(batch.posts).toHaveLength(8);
    expect(batch.posts[0]!.text).toBe('Жалоба номер 0: на улице Абая нет света');
    expect(batch.posts[4]!.text).toBe('Жа\uFFFDлоба \uFFFD нет воды');
    expect(batch.notes).toEqual([
      {
        location: { file: fixture('jsonl-one-record-broken-utf8.jsonl'), line: 5 },
        note: '2 broken UTF-8 sequences read as U+FFFD, the first on line 5',
      },
    ]);
  });
});
