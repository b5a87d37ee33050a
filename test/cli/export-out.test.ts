/**
 * `tyndau export --out FILE` writes the format the file's extension names: a user who asked for
 * aggregates.xlsx got CSV text under that name (Excel refuses it as a damaged workbook), and
 * aggregates.json was CSV too. Fixture: test/fixtures/cli/export-out/twelve-posts.jsonl.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { exportFormat } from '../../src/cli/export.js';
import { runCli } from './run-cli.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'cli', 'export-out', 'twelve-posts.jsonl');

describe('tyndau export --out', () => {
  const work = mkdtempSync(join(tmpdir(), 'tyndau-export-out-'));
  const project = join(work, 'tyndau.yaml');

  beforeAll(() => {
    writeFileSync(project, 'name: Export test\ncity: Almaty\nprivacy:\n  secret: export-out-secret-0123456789\n');
    expect(runCli(['import', '--project', project, FIXTURE]).code).toBe(0);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes an Excel workbook for .xlsx, with the CSV rows and counts as numbers', async () => {
    const out = join(work, 'aggregates.xlsx');
    const run = runCli(['export', '--project', project, '--out', out]);

    expect(run.code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('aggregates');
    expect(sheet?.getRow(1).getCell(1).value).toBe('period_from');
    const all = sheet?.getRow(2);
    expect(all?.getCell(3).value).toBe('all');
    expect(all?.getCell(6).value).toBe(12);
    const csv = runCli(['export', '--project', project, '--out', '-']).stdout.trim().split('\n');
    expect(sheet?.rowCount).toBe(csv.length);
  });

  it('keeps CSV for .csv, with the byte-order mark spreadsheets need', () => {
    const out = join(work, 'aggregates.csv');
    expect(runCli(['export', '--project', project, '--out', out]).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFperiod_from,period_to,dimension')).toBe(true);
  });

  it('refuses an extension it cannot write, and writes nothing', () => {
    for (const name of ['aggregates.json', 'aggregates.xls', 'aggregates.ods']) {
      const out = join(work, name);
      const run = runCli(['export', '--project', project, '--out', out]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('--out names a .csv file, an Excel .xlsx workbook or - (standard output)');
      expect(existsSync(out)).toBe(false);
    }
  });

  it('makes a missing folder for the file, as tyndau report --out does', () => {
    for (const name of ['aggregates.csv', 'aggregates.xlsx']) {
      const out = join(work, 'missing', 'folder', name);
      const run = runCli(['export', '--project', project, '--out', out]);
      expect([run.code, run.stdout.split('\n')[0]]).toEqual([0, `wrote 8 rows to ${out}`]);
      expect(existsSync(out)).toBe(true);
    }
  });

  it('opens the notes sheet with the period row for a period outside the stored days, as the API does', async () => {
    const notesOf = async (args: string[]) => {
      const out = join(work, `outside-${args.length}.xlsx`);
      expect(runCli(['export', '--project', project, '--out', out, ...args]).code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
      const notes = workbook.worksheets[1]!;
      return [notes.getRow(2).getCell(1).value, notes.getRow(2).getCell(2).value];
    };
    expect(await notesOf(['--from', '2030-01-01', '--to', '2030-01-31'])).toEqual(['Период',
      'за 2030-01-01 … 2030-01-31 ничего не сохранено: публикации в хранилище датированы 2025-12-01 … 2025-12-01, ' +
      'поэтому нули этого периода значат, что ничего не собиралось, а не что никто не писал']);
    // In the language asked for.
    expect(await notesOf(['--from', '2020-01-01', '--to', '2020-01-31', '--language', 'en'])).toEqual(['Period',
      'nothing is stored for 2020-01-01 … 2020-01-31: the stored posts are dated 2025-12-01 … 2025-12-01, so the figures ' +
      'of this period are zeros because nothing was collected, not because nobody posted']);
  });

  it('reads the format from the extension in any letter case', () => {
    expect(exportFormat('A.XLSX')).toBe('xlsx');
    expect(exportFormat('out/agg.csv')).toBe('csv');
    expect(exportFormat('agg')).toBe('csv');
    expect(exportFormat('-')).toBe('csv');
    expect(() => exportFormat('agg.json')).toThrow('cannot write ".json"');
  });
});
