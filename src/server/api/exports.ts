import { csvForSpreadsheet, exportAggregates } from '../../report/export-aggregates.js';
import { aggregatesWorkbook, type WorkbookNotes } from '../../report/export-aggregates-xlsx.js';
import type { Endpoint, EndpointRequest } from '../endpoint.js';
import { PERIOD_PARAMETERS, periodOf } from './period.js';

/** Labels in the language the user reads the dashboard in, as the page with the link is. */
function csvOf(request: EndpointRequest): { csv: string; name: string; notes: WorkbookNotes } {
  const period = periodOf(request);
  const { store, project } = request.server;
  const language = request.session?.user.language ?? project.reportLanguage;
  const csv = exportAggregates({ store, project, ...period, language });
  const notes = { language, minGroupSize: project.privacy.minGroupSize };
  return { csv, name: `tyndau-aggregates-${period.from}-${period.to}`, notes };
}

function download(body: string | Uint8Array, mediaType: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      'content-type': mediaType,
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
    },
  });
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const EXPORT_ENDPOINTS: readonly Endpoint[] = [
  {
    method: 'get',
    path: '/api/export.csv',
    summary: 'Aggregates per day and period, by dimension and sentiment, minimum group size applied; labels in the user\'s language',
    tag: 'export',
    role: 'analyst',
    query: PERIOD_PARAMETERS,
    response: { mediaType: 'text/csv', description: 'CSV, one row per period × dimension × value' },
    handle(request) {
      const { csv, name } = csvOf(request);
      return download(csvForSpreadsheet(csv), 'text/csv; charset=utf-8', `${name}.csv`);
    },
  },
  {
    method: 'get',
    path: '/api/export.xlsx',
    summary: 'The same aggregates as an Excel workbook',
    tag: 'export',
    role: 'analyst',
    query: PERIOD_PARAMETERS,
    response: { mediaType: XLSX_TYPE, description: 'XLSX with the CSV\'s rows, counts as numbers' },
    async handle(request) {
      const { csv, name, notes } = csvOf(request);
      return download(await aggregatesWorkbook(csv, notes), XLSX_TYPE, `${name}.xlsx`);
    },
  },
];
