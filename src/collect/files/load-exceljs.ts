/**
 * ExcelJS, loaded when a workbook is first read or written rather than with the module: a quarter
 * of a second of every `tyndau` command's start went to parsing it.
 */
export async function loadExcelJs(): Promise<typeof import('exceljs')> {
  const { default: excel } = await import('exceljs');
  return excel;
}
