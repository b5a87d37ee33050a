import { readFileSync } from 'node:fs';

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

import { decodeBytes } from '../../src/collect/encoding/decode-bytes.js';
import { resolveCharset } from '../../src/collect/encoding/charset-label.js';
import { detectCyrillicCharset } from '../../src/collect/encoding/detect-cyrillic-charset.js';
import { fixture, importFixture } from './fixture.js';

const CYRILLIC = 'Жители жалуются на отключение горячей воды в Ауэзовском районе';

describe('decodeBytes', () => {
  it('reads a feed whose prolog says windows-1251 as Cyrillic, not Íîâîñòè', () => {
    const decoded = decodeBytes(readFileSync(fixture('rss-windows-1251-prolog.xml')));
    expect(decoded.charset).toBe('windows-1251');
    expect(decoded.basis).toBe('declared');
    expect(decoded.text).toContain('<title>Новости Алматы</title>');
  });

  it('reads Kazakh letters from KZ-1048 and PT154 prologs', () => {
    const kz = decodeBytes(readFileSync(fixture('rss-kz-1048-prolog.xml')));
    const pt = decodeBytes(readFileSync(fixture('rss-pt154-prolog.xml')));
    expect(kz.charset).toBe('rk1048');
    expect(pt.charset).toBe('pt154');
    expect(kz.text).toContain('Әкімдік Өтеген батыр көшесін жөндейді');
    expect(pt.text).toContain('Тұрғындар ғимараттың жылуы туралы шағымданды. Үштөбе, Һ.');
  });

  it('strips a UTF-8 BOM and reads the rest as UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CYRILLIC)]);
    expect(decodeBytes(bytes)).toEqual({ text: CYRILLIC, charset: 'utf-8', basis: 'bom' });
  });

  it('reads UTF-16 LE after its BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CYRILLIC, 'utf16le')]);
    expect(decodeBytes(bytes).text).toBe(CYRILLIC);
  });

  it('reads UTF-16 written without a BOM in either byte order', () => {
    const line = `{"text": "${CYRILLIC} — Ѐ"}\n`;
    const little = decodeBytes(Buffer.from(line, 'utf16le'));
    const big = decodeBytes(Buffer.from(line, 'utf16le').swap16());
    expect([little.charset, little.text]).toEqual(['utf-16le', line]);
    expect([big.charset, big.text]).toEqual(['utf-16be', line]);
  });

  it('does not take UTF-8 with a stray NUL or a zero-filled binary for UTF-16', () => {
    expect(decodeBytes(Buffer.from(`text\n"a\u0000b"\n${CYRILLIC}\n`)).charset).toBe('utf-8');
    expect(decodeBytes(Buffer.alloc(64)).charset).not.toMatch(/utf-16/);
  });

  it('imports a BOM-less UTF-16 JSONL and CSV, noting the charset', async () => {
    const jsonl = await importFixture('jsonl-utf16le-without-bom.jsonl');
    const csv = await importFixture('csv-utf16be-without-bom-tab.csv');
    expect(jsonl.posts.map((post) => post.text)).toEqual([
      'Автобус 92 опять не пришёл — жду час',
      'Жол жөндеуі аяқталмай жатыр',
    ]);
    expect(csv.posts.map((post) => [post.text, post.publishedAt?.toISOString()])).toEqual([
      ['Нет горячей воды в Ауэзовском районе', '2024-11-12T04:30:00.000Z'],
    ]);
    expect(jsonl.notes?.[0]?.note).toBe('charset: none declared and not UTF-8; read as utf-16le');
  });

  it('reads windows-1251 behind a UTF-8 BOM as windows-1251, with the reason', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const bytes = Buffer.concat([bom, iconv.encode(CYRILLIC, 'windows-1251')]);
    const decoded = decodeBytes(bytes);
    expect(decoded.text).toBe(CYRILLIC);
    expect(decoded.overruled).toMatch(/byte-order mark/);
  });

  it('detects windows-1251 when nothing is declared', () => {
    const decoded = decodeBytes(iconv.encode(CYRILLIC, 'windows-1251'));
    expect(decoded).toEqual({ text: CYRILLIC, charset: 'windows-1251', basis: 'detected' });
  });

  it('believes the bytes over a windows-1251 prolog on a file saved as UTF-8', () => {
    const bytes = readFileSync(fixture('rss-windows-1251-prolog-over-utf8-bytes.xml'));
    const decoded = decodeBytes(bytes);
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text).toContain('<title>Новости Алматы</title>');
    expect(decoded.overruled).toBe(
      'declared "windows-1251" but the bytes are valid UTF-8; read as UTF-8',
    );
  });

  it('believes the bytes over a UTF-8 prolog on a windows-1251 file', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><rss><title>${CYRILLIC}</title></rss>`;
    const decoded = decodeBytes(iconv.encode(xml, 'windows-1251'));
    expect(decoded.charset).toBe('windows-1251');
    expect(decoded.text).toBe(xml);
  });

  it('takes the charset from an HTML meta tag', () => {
    const meta = '<meta http-equiv="Content-Type" content="text/html; charset=cp-1251">';
    const html = `<html><head>${meta}</head>${CYRILLIC}`;
    const decoded = decodeBytes(iconv.encode(html, 'windows-1251'));
    expect(decoded).toEqual({ text: html, charset: 'windows-1251', basis: 'declared' });
  });

  it('falls back to detection for an unknown label and says so', () => {
    const xml = `<?xml version="1.0" encoding="x-made-up"?><rss>${CYRILLIC}</rss>`;
    const decoded = decodeBytes(Buffer.from(xml));
    expect(decoded.text).toBe(xml);
    expect(decoded.overruled).toBe('unknown charset label "x-made-up"; detected utf-8');
  });
});

describe('resolveCharset', () => {
  it('maps the labels found in the wild to one name', () => {
    const labels = ['cp-1251', 'win-1251', 'CP1251', 'x-cp1251', 'Windows-1251', '"windows-1251"'];
    expect(labels.map(resolveCharset)).toEqual(Array(labels.length).fill('windows-1251'));
    const kazakh = ['KZ-1048', 'kz1048', 'STRK1048-2002', 'rk1048'];
    const paratype = ['PT154', 'ptcp154', 'cp154', 'csPTCP154'];
    expect(kazakh.map(resolveCharset)).toEqual(Array(4).fill('rk1048'));
    expect(paratype.map(resolveCharset)).toEqual(Array(4).fill('pt154'));
    expect(resolveCharset('no-such-charset')).toBeUndefined();
  });
});

describe('detectCyrillicCharset', () => {
  it('keeps a UTF-8 file with one damaged byte as UTF-8', () => {
    const text = Buffer.from(`${CYRILLIC}\n${CYRILLIC}\n`);
    text[5] = 0xff;
    expect(detectCyrillicCharset(text)).toBe('utf-8');
  });

  it('keeps a UTF-8 file cut in the middle of a letter as UTF-8', () => {
    const text = Buffer.from(CYRILLIC);
    expect(detectCyrillicCharset(text.subarray(0, text.length - 1))).toBe('utf-8');
  });
});

describe('files mixing UTF-8 and windows-1251 lines, or small files with damaged bytes', () => {
  it('reads a UTF-8 CSV with one appended windows-1251 record line by line, and notes the line', async () => {
    const batch = await importFixture('csv-utf8-with-one-windows-1251-line.csv');
    expect(batch.posts.map((post) => post.text)).toEqual([
      'Автобус 92 не пришёл', 'Нет горячей воды', 'Яма на дороге у школы', 'Спасибо за ремонт',
    ]);
    expect(batch.notes?.map((note) => [note.location.line, note.note])).toEqual([
      [4, '1 line was not UTF-8 and was read as windows-1251: line 4'],
      [1, 'columns not read: "author"; the names tyndau reads are listed in the README (author-like columns are never read)'],
    ]);
  });

  // 19 letters and 5 damaged bytes: too few letters for the whole-file ratio of four to one.
  it('keeps a small UTF-8 file with a few damaged bytes as UTF-8', async () => {
    const batch = await importFixture('jsonl-small-utf8-with-damaged-bytes.jsonl');
    expect(batch.posts.map((post) => post.text)).toEqual(['Свет', 'Нет света \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD']);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      '5 broken UTF-8 sequences read as U+FFFD, the first on line 2',
    ]);
  });

  it('still reads a whole windows-1251 file as windows-1251, with capital letters before guillemets', () => {
    const text = 'ОАО «КАЗАХТЕЛЕКОМ» и СССР» — «ТОО»\nВторая строка про Ё и ё\n';
    const decoded = decodeBytes(iconv.encode(text, 'windows-1251'));
    expect(decoded).toEqual({ text, charset: 'windows-1251', basis: 'detected' });
  });

  it('lists the first ten windows-1251 lines of a mostly UTF-8 file and counts the rest', () => {
    const lines = Array.from({ length: 30 }, (_, index) =>
      index % 2 === 0 ? Buffer.from(`Строка ${index + 1}\n`) : iconv.encode(`Строка ${index + 1}\n`, 'windows-1251'));
    const decoded = decodeBytes(Buffer.concat(lines));
    expect(decoded.text.split('\n')[1]).toBe('Строка 2');
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.windows1251Lines).toEqual(Array.from({ length: 15 }, (_, index) => 2 * index + 2));
  });
});
