/**
 * Outlet names holding characters no XLSX can hold: a JSONL export whose outlet column carried a
 * NUL, a BEL, U+FFFE, half a surrogate pair, line breaks and tabs. The workbook's shared strings
 * were not XML and Excel called the file damaged (exceljs refuses it: 'disallowed character').
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { PrivacyGate } from '../../src/privacy/gate.js';
import { exportAggregates } from '../../src/report/export-aggregates.js';
import { aggregatesWorkbook } from '../../src/report/export-aggregates-xlsx.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { fileSafeText } from '../../src/text/file-safe-text.js';
import { importFixture, IMPORT_TIME } from '../collect/fixture.js';
import { makeAnalysis } from '../store/make-post.js';
import { makeProject } from './make-project.js';

const FIXTURE = 'jsonl-outlet-names-with-control-characters.jsonl';

async function storedFromFixture() {
  const gate = new PrivacyGate({ secret: 'control-characters-secret', subjects: [] });
  const posts = (await importFixture(FIXTURE)).posts.map((raw) => gate.admit(raw, IMPORT_TIME));
  const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(posts.map((post) => ({ post, analysis: makeAnalysis(post) })));
  return { posts, store };
}

describe('outlet names with control characters', () => {
  it('are stored without what a file cannot hold', async () => {
    const { posts, store } = await storedFromFixture();
    store.close();
    expect([...new Set(posts.map((post) => post.outlet))]).toEqual([
      'Ordakz', 'Vlast.kz', 'Tengrinews', 'KursivMedia', 'Zakon\nkz', 'Informburo kz',
    ]);
  });

  it('give a workbook Excel opens, with the names as stored', async () => {
    const { store } = await storedFromFixture();
    const csv = exportAggregates({ store, project: makeProject('en') });
    store.close();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await aggregatesWorkbook(csv)) as unknown as ArrayBuffer);

    const outlets: string[] = [];
    workbook.getWorksheet('aggregates')!.eachRow((row) => {
      if (row.getCell(3).value === 'outlet') outlets.push(String(row.getCell(4).value));
    });
    expect(new Set(outlets)).toEqual(new Set([
      'Ordakz', 'Vlast.kz', 'Tengrinews', 'KursivMedia', 'Zakon\nkz', 'Informburo kz',
    ]));
  });

  it('stored before are written without what a file cannot hold', () => {
    expect(fileSafeText('Orda\u0000kz \u0007Tengri\uFFFEnews Kursiv\uD800Media 🚌 tab\there')).toBe(
      'Ordakz Tengrinews KursivMedia 🚌 tab\there',
    );
  });
});
