import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { aggregatesWorkbook } from '../../src/report/export-aggregates-xlsx.js';

describe('the XLSX export', () => {
  it('holds the CSV rows, counts as numbers and hidden counts empty', async () => {
    const csv = [
      'period_from,period_to,dimension,value,label,posts,negative,neutral,positive,reposts',
      '2024-11-12,2024-11-12,issue,transport,"Транспорт, общественный",12,12,0,0,',
      '2024-11-12,2024-11-12,issue,(other),Другое,,,,,',
      '',
    ].join('\n');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await aggregatesWorkbook(csv)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('aggregates')!;

    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(sheet.rowCount).toBe(3);
    expect(values(1)).toEqual(['period_from', 'period_to', 'dimension', 'value', 'label', 'posts', 'negative', 'neutral', 'positive', 'reposts']);
    expect(values(2)).toEqual(['2024-11-12', '2024-11-12', 'issue', 'transport', 'Транспорт, общественный', 12, 12, 0, 0]);
    expect(values(3)).toEqual(['2024-11-12', '2024-11-12', 'issue', '(other)', 'Другое']);
  });

  // An outlet column that held article text gave a name of 42,507 characters (stored before
  // import cut outlet names); Excel keeps 32,767 in a cell and offered to repair the workbook.
  it('cuts a text cell to the 32,767 characters an Excel cell holds, never inside an emoji', async () => {
    const outlet = `${'Алматы қала жаңалықтары '.repeat(1365)}Алма😀😀${'x'.repeat(10_000)}`;
    const cell = `"${outlet}"`;
    const csv = [
      'period_from,period_to,dimension,value,label,posts,negative,neutral,positive,reposts',
      `2025-03-03,2025-03-03,outlet,${cell},${cell},12,,,,0`,
      '',
    ].join('\n');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await aggregatesWorkbook(csv)) as unknown as ArrayBuffer);
    const value = workbook.getWorksheet('aggregates')!.getRow(2).getCell(4).value as string;

    expect(value.length).toBe(32_766);
    expect(outlet.startsWith(value)).toBe(true);
  });
});
