/**
 * The aggregate export as an Excel workbook: exactly the rows of the CSV export (so the minimum
 * group size is applied the same way), with counts as numbers and hidden counts left empty.
 */
import { parse } from 'csv-parse/sync';
import type { Workbook } from 'exceljs';

import { loadExcelJs } from '../collect/files/load-exceljs.js';

import { cutBefore } from '../text/cut-boundary.js';
import type { ReportLanguage } from '../project/project.js';
import { FORMULA_START } from './export-aggregates.js';
import { EXPORT_NOTES } from './export-notes.js';

const COUNT_COLUMNS = new Set(['posts', 'negative', 'neutral', 'positive', 'reposts']);
/** The most characters Excel keeps in a cell; a longer one makes it offer to repair the file. */
const EXCEL_CELL_CHARACTERS = 32_767;

/** The notes sheet's language and the minimum group size its marks name. */
export interface WorkbookNotes {
  readonly language: ReportLanguage;
  readonly minGroupSize: number;
  /** Said when the period lies wholly outside the stored days: its zeros mean nothing was collected. */
  readonly periodNote?: string;
}

export async function aggregatesWorkbook(csv: string, notes?: WorkbookNotes): Promise<Uint8Array> {
  const [header = [], ...rows] = parse(csv, { relax_column_count: false }) as string[][];
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'tyndau';
  const sheet = workbook.addWorksheet('aggregates', { views: [{ state: 'frozen', ySplit: 1 }] });

  sheet.columns = header.map((name) => ({ header: name, key: name, width: COUNT_COLUMNS.has(name) ? 11 : 22 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(row.map((cell, index) => {
      if (cell === '') return null;
      if (!COUNT_COLUMNS.has(header[index] ?? '')) return workbookText(cell);
      const count = Number(cell);
      // Text such as "<10" stays text: it says a count was hidden, not that it was zero.
      return Number.isFinite(count) ? count : cell;
    }));
  }
  if (notes) addNotesSheet(workbook, notes);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addNotesSheet(workbook: Workbook, notes: WorkbookNotes): void {
  const text = EXPORT_NOTES[notes.language];
  const sheet = workbook.addWorksheet(text.sheet);
  sheet.columns = [{ width: 28 }, { width: 100 }];
  sheet.addRow([...text.header]).font = { bold: true };
  if (notes.periodNote !== undefined) sheet.addRow([text.period, notes.periodNote]).font = { bold: true };
  for (const row of text.rows(notes.minGroupSize)) sheet.addRow([...row]);
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

/**
 * A text cell as written in the workbook. The CSV puts an apostrophe before text a spreadsheet
 * would run as a formula; a workbook cell of text is never run, so there the apostrophe would
 * only show, as part of the outlet's name. Text is cut to what an Excel cell holds.
 */
function workbookText(cell: string): string {
  const text = cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
  // Outlet names stored before import cut them could run to any length.
  return text.slice(0, cutBefore(text, EXCEL_CELL_CHARACTERS));
}
