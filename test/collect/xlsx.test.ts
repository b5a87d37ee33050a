import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { workbookUnpackingProblem } from '../../src/collect/files/workbook-unpacking-problem.js';
import { fixture, importFixture } from './fixture.js';

describe('Excel workbook import', () => {
  it('reads the sheet of mentions under its title rows, as a listening tool exports it', async () => {
    const batch = await importFixture('xlsx-listening-export-two-sheets.xlsx');
    expect(batch.format).toBe('xlsx');
    expect(batch.posts.map((post) => [post.platform, post.text, post.publishedAt?.toISOString(), post.location.line])).toEqual([
      // A date cell and the time column beside it.
      ['vk', 'Автобус 92 опять\nне пришёл', '2024-03-10T09:30:00.000Z', 4],
      // A date cell with its time, before Almaty moved to UTC+5.
      ['telegram', 'Снег не убран на Сатпаева', '2024-02-29T06:00:00.000Z', 5],
      // A formula's result as the text.
      ['youtube', 'Свет отключили в Медеуском районе', '2024-03-11T01:00:00.000Z', 6],
    ]);
    const sheet = `${fixture('xlsx-listening-export-two-sheets.xlsx')} [Упоминания]`;
    expect(batch.skipped).toEqual([
      { location: { file: sheet, line: 7 }, reason: 'record has no text (looked for text, body, content, message and the like)' },
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      'columns not read: "Автор"; the names tyndau reads are listed in the README (author-like columns are never read)',
      'the 2 rows before the header are a title or blank; not read',
      'sheets without a text column not read: "Сводка"',
    ]);
  });

  it('passes over label and value rows above the header, as Brandwatch exports open', async () => {
    const batch = await importFixture('xlsx-listening-export-label-rows-before-header.xlsx');
    expect(batch.posts.map((post) => [post.location.line, post.platform, post.text])).toEqual([
      [6, 'vk', 'Опять нет воды в Алмалинском районе'],
      [7, 'telegram', 'Автобус 92 не пришёл'],
    ]);
    expect(batch.notes?.at(-1)?.note).toBe('the 4 rows before the header are a title or blank; not read');
  });

  it('names an Excel 97–2003 (.xls) or password-protected workbook and says what to save it as', async () => {
    await expect(importFixture('xls-excel-97-2003-workbook.xls')).rejects.toThrow(
      'an Excel 97–2003 workbook (.xls) or a password-protected one, which tyndau cannot read; ' +
        'save the sheet as "Excel Workbook (.xlsx)" without a password, or as "CSV UTF-8"',
    );
  });

  it('says that a workbook cut off before its end is incomplete and to fetch it again', async () => {
    const name = 'xlsx-workbook-cut-off-download-not-finished.xlsx';
    await expect(importFixture(name)).rejects.toThrow(
      `${fixture(name)}: an Excel workbook (.xlsx) cut off before its end (12,000 bytes; a download ` +
        'or copy that did not finish?); download or copy it again, or save it again from Excel',
    );
  });

  // A 2 MB workbook whose sheet unpacked to 2 GB took 2.4 GB of memory and 30 s before ExcelJS
  // gave up with 'Bug : uncompressed data size mismatch'; a larger one ended the process.
  it('refuses a workbook that unpacks to more than it may, before unpacking it', async () => {
    const name = 'xlsx-blank-sheet-unpacking-to-20-mb.xlsx';
    const bytes = readFileSync(fixture(name));
    expect(workbookUnpackingProblem(bytes, name, 16 * 1024 * 1024)).toBe(
      `${name}: the workbook unpacks to 21 MB (1 MB packed), more than the 16 MB tyndau unpacks; ` +
        'split it, or save its sheets as "CSV UTF-8"',
    );
    expect((await importFixture(name)).posts.map((post) => post.text)).toEqual(['Автобус 92 опять не пришёл']);
  });

  it('refuses a workbook whose part unpacks to more than it states', async () => {
    const name = 'xlsx-part-unpacking-beyond-its-stated-size.xlsx';
    await expect(importFixture(name)).rejects.toThrow(
      `${fixture(name)}: the workbook's part xl/worksheets/sheet2.xml unpacks to more than the 2,000 ` +
        'bytes it states; the file is damaged or was made so; save it again from Excel or download it again',
    );
  });

  it('still names a ZIP archive that is no workbook as such', async () => {
    await expect(importFixture('xlsx-workbook-instead-of-csv.xlsx')).rejects.toThrow('a ZIP archive (an Excel .xlsx workbook is one)');
  });
});

describe('Excel time-of-day cells', () => {
  it('joins a time cell (a fraction of a day, or a time on Excel\'s day zero) to the date beside it', async () => {
    const batch = await importFixture('xlsx-time-of-day-cells-beside-dates.xlsx');
    // 14:30 and 09:05 in Almaty (UTC+5 since March 2024); they stood at midnight.
    expect(batch.posts.map((post) => post.publishedAt?.toISOString())).toEqual([
      '2024-03-10T09:30:00.000Z',
      '2024-03-10T04:05:00.000Z',
    ]);
  });
});

describe('Excel cells linked to the post', () => {
  it('reads a linked cell whose words are partly bold or italic as its whole text', async () => {
    const batch = await importFixture('xlsx-linked-cells-with-formatted-text.xlsx');

    expect(batch.posts.map((post) => [post.text, post.location.line])).toEqual([
      ['Отопление не работает, акимат молчит', 2],
      ['Автобус 92 снова не пришёл', 3],
      ['Свет отключили третий раз за неделю', 4],
    ]);
    expect(batch.skipped).toEqual([]);
  });
});

describe('Excel report layout', () => {
  it('finds the header under a title merged across the columns, and reads a cell merged down in each row', async () => {
    const batch = await importFixture('xlsx-title-merged-across-columns.xlsx');

    // The title was read as a row of four values, and the workbook as having no header at all.
    expect(batch.posts.map((post) => [post.location.line, post.platform, post.text])).toEqual([
      [4, 'instagram', 'Снег не убирают на Толе би'],
      [5, 'vk', 'Во дворе на Тимирязева гололёд'],
      [6, 'vk', 'Тротуар на Абая не посыпан'],
    ]);
    expect(batch.notes?.at(-1)?.note).toBe('the 2 rows before the header are a title or blank; not read');
  });

  it('reads a text merged down over two rows as one post, at the row where it starts', async () => {
    // Written for this test. exceljs gives the covered cell the text: the comment was stored twice.
    const batch = await importFixture('xlsx-text-merged-down-over-rows.xlsx');

    expect(batch.posts.map((post) => [post.location.line, post.publishedAt?.toISOString(), post.text.slice(0, 26)])).toEqual([
      [2, '2025-11-01T05:00:00.000Z', 'Во дворе на Сатпаева треть'],
      [4, '2025-11-02T04:00:00.000Z', 'Автобус 92 опять не пришёл'],
    ]);
    expect(batch.notes?.map((note) => [note.location.line, note.note])).toEqual([
      [3, 'the text cell of row 3 is merged with the one above: one post\'s text, read once, at the row where the merged cell starts'],
      [1, 'columns not read: "Автор"; the names tyndau reads are listed in the README (author-like columns are never read)'],
    ]);
  });

  it('skips a row whose text is a formula without a saved result, saying so, and reads one with its result', async () => {
    // Written for this test, as a script writes formulas: the row was skipped as one with no text column.
    const batch = await importFixture('xlsx-text-formula-without-saved-result.xlsx');

    expect(batch.posts.map((post) => [post.location.line, post.text])).toEqual([[2, 'Автобус 92 опять не пришёл'], [4, 'Воды нет']]);
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason])).toEqual([
      [3, 'the text cell holds a formula with no result saved in the file (a workbook written by a program, never opened ' +
        'in a spreadsheet); open it in Excel or LibreOffice, save it, and import it again'],
    ]);
  });

  it('reads a link column as the address behind the words shown ("пост", "Открыть")', async () => {
    const batch = await importFixture('xlsx-post-links-shown-as-words.xlsx');

    // The words were read as the address, which named no platform: the first two were 'other'.
    expect(batch.posts.map((post) => [post.platform, post.text])).toEqual([
      ['vk', 'Опять нет горячей воды в Бостандыкском районе'],
      ['telegram', 'Автобус 92 не пришёл'],
      ['instagram', 'Дорога на Саина вся в ямах'],
      // A link to another sheet is no post's address: the words shown stay.
      ['youtube', 'Свет отключили в Медеуском районе'],
    ]);
    expect(batch.skipped).toEqual([]);
  });
});

describe('Excel error cells', () => {
  // Read as no text, a row whose text cell was #N/A was skipped as one without a text column.
  it('skip a row whose text is an error, saying so, and read an error date as missing', async () => {
    const batch = await importFixture('xlsx-error-cells-in-text-and-date.xlsx');
    const file = fixture('xlsx-error-cells-in-text-and-date.xlsx');
    const formula = 'not the post: the cell holds a formula Excel could not work out; put the post in the cell as text';

    expect(batch.posts.map((post) => [post.location.line, post.text, post.publishedAt?.toISOString()])).toEqual([
      [2, 'Автобус 92 опять не пришёл', '2025-12-05T04:30:00.000Z'],
      [5, 'Свет отключили в Турксибе', undefined],
    ]);
    expect(batch.skipped).toEqual([
      { location: { file, line: 3 }, reason: `the text is Excel's "#N/A", ${formula}` },
      { location: { file, line: 4 }, reason: `the text is Excel's "#REF!", ${formula}` },
    ]);
    // The sheet's author column (a canary) is left unread with a note of its own.
    expect(batch.notes).toContainEqual({ location: { file, line: 5 }, note: 'the date is Excel\'s "#VALUE!"; read as missing' });
  });
});

describe('Excel workbook text cells holding a value, not text', () => {
  it('skips a row whose text cell is a number, TRUE/FALSE, a formula giving a number or a date', async () => {
    const name = 'xlsx-numbers-and-true-false-in-text-column.xlsx';
    const batch = await importFixture(name);
    // A cell typed as text keeps its digits: the sheet says it is text, as JSON's "12345" is.
    expect(batch.posts.map((post) => [post.location.line, post.text])).toEqual([
      [3, 'Автобус 12 опоздал на 40 минут'],
      [8, '12345'],
    ]);
    const skip = (line: number, value: string) => ({
      location: { file: fixture(name), line },
      reason: `the text cell holds ${value}, not text; a post's text is words`,
    });
    // These were stored as posts saying "12345", "true", "false", "500" and "2024-12-01".
    expect(batch.skipped).toEqual([
      skip(2, 'a number (12345)'),
      skip(4, 'a true/false value (TRUE)'),
      skip(5, 'a true/false value (FALSE)'),
      skip(6, 'a number (500)'),
      skip(7, 'a date (2024-12-01)'),
    ]);
  });
});
