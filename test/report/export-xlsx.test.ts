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

// The new user's export of the demo week counted 192 of 474 posts negative (41 %) where the
// digest said 47 %: the export counts posts as classified, the digest corrects the shares, and
// nothing in the workbook said so.
describe('the XLSX export\'s notes sheet', () => {
  const csv = [
    'period_from,period_to,dimension,value,label,posts,negative,neutral,positive,reposts',
    '2025-11-24,2025-11-30,all,all,Все публикации,474,192,130,152,<10',
    '',
  ].join('\n');

  it.each([
    ['ru', 'Пояснения', 'Публикации по тональности, как её назвал классификатор, без поправки на его ошибки.', 'Группа меньше 10 публикаций: число не показывается.'],
    ['kk', 'Түсіндірме', 'Жіктеуіш атағандай тональділік бойынша жарияланымдар, оның қателеріне түзетусіз.', 'Топта 10-нан аз жарияланым бар: саны көрсетілмейді.'],
    ['en', 'Notes', 'Posts by sentiment as the classifier labelled them, not corrected for its errors.', 'A group of fewer than 10 posts: its count is not shown.'],
  ] as const)('says in %s that the sentiment columns are not corrected, and what <10 is', async (language, name, sentiment, hidden) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await aggregatesWorkbook(csv, { language, minGroupSize: 10 })) as unknown as ArrayBuffer);
    const notes = workbook.getWorksheet(name)!;
    const meaning = (mark: string) => notes.getColumn(1).values.indexOf(mark);

    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['aggregates', name]);
    expect(String(notes.getRow(meaning('negative, neutral, positive')).getCell(2).value)).toMatch(new RegExp(`^${sentiment}`));
    expect(notes.getRow(meaning('<10')).getCell(2).value).toBe(hidden);
  });

  // A Kazakh or Russian analyst met English headers (period_from, dimension, value, label) that
  // the notes sheet did not explain; it now names every column of the aggregates sheet.
  it.each(['ru', 'kk', 'en'] as const)('explains in %s every column of the aggregates sheet', async (language) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await aggregatesWorkbook(csv, { language, minGroupSize: 10 })) as unknown as ArrayBuffer);
    const [aggregates, notes] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    const headers = (aggregates.getRow(1).values as unknown[]).filter((value) => typeof value === 'string');
    const explained = (notes.getColumn(1).values as unknown[]).filter((value) => typeof value === 'string')
      .flatMap((mark) => mark.split(', '));

    expect(headers).toHaveLength(10);
    expect(headers.filter((header) => !explained.includes(header))).toEqual([]);
  });

  // A researcher citing the digest's corrected share had to find on their own where the
  // correction and its intervals were written down: the sheet named no place.
  it.each(['ru', 'kk', 'en'] as const)('names in %s where the correction and its intervals are described', async (language) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await aggregatesWorkbook(csv, { language, minGroupSize: 10 })) as unknown as ArrayBuffer);
    const notes = workbook.worksheets[1]!;
    const sentiment = String(notes.getRow(notes.getColumn(1).values.indexOf('negative, neutral, positive')).getCell(2).value);

    expect(sentiment.match(/95 ?%.*docs\/models\.md.*Prevalence correction/)?.[0].length).toBeGreaterThan(20);
  });
});
