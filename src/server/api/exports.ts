import { csvForSpreadsheet, exportAggregates } from '../../report/export-aggregates.js';
import { aggregatesWorkbook, type WorkbookNotes } from '../../report/export-aggregates-xlsx.js';
import { dayCount } from '../../store/day-range.js';
import { HttpError, type Endpoint, type EndpointRequest } from '../endpoint.js';
import { said } from '../said.js';
import { oneAtATime } from '../one-at-a-time.js';
import { PERIOD_ERRORS, PERIOD_PARAMETERS, periodNoteOf, periodOf, type PeriodNote } from './period.js';

/**
 * The longest period the API exports at once. The export is made whole in memory while every
 * other request waits: 1990-01-01 … 2100-12-31 held the server for 5 s as CSV and 12 s as a
 * workbook. Ten years take about a second; `tyndau export` has no such limit.
 */
export const MAX_API_EXPORT_DAYS = 3660;

const EXPORT_ERRORS = {
  ...PERIOD_ERRORS,
  503: 'the server is making another export now; ask again when it is done',
} as const;

/**
 * The header that says a period lies wholly outside the stored days, as `periodNote` says it in
 * the JSON answers: its code and the stored days as an ISO 8601 interval. The CSV itself stays
 * rows alone, since a note line above the header breaks every parser that reads it.
 */
export const PERIOD_NOTE_HEADER = 'x-tyndau-period-note';

/** Put at the end of the file's name, where a spreadsheet user sees it in the window's title. */
const OUTSIDE_STORED_DAYS_NAME = '-nothing-stored';

interface AggregatesExport {
  readonly csv: string;
  readonly name: string;
  readonly notes: WorkbookNotes;
  readonly periodNote: PeriodNote | null;
}

/** Labels in the language the user reads the dashboard in, as the page with the link is. */
function csvOf(request: EndpointRequest): AggregatesExport {
  const period = periodOf(request);
  const days = dayCount(period);
  if (days > MAX_API_EXPORT_DAYS) {
    const problem = said({ code: 'export-too-long', ...period, days, maxDays: MAX_API_EXPORT_DAYS });
    throw new HttpError(400, problem.en, problem);
  }
  const { store, project } = request.server;
  const language = request.session?.user.language ?? project.reportLanguage;
  const csv = exportAggregates({ store, project, ...period, language });
  const periodNote = periodNoteOf(store, period);
  const notes = { language, minGroupSize: project.privacy.minGroupSize, periodNote: periodNote?.said[language] };
  const name = `tyndau-aggregates-${period.from}-${period.to}${periodNote ? OUTSIDE_STORED_DAYS_NAME : ''}`;
  return { csv, name, notes, periodNote };
}

// Six ten-year workbooks asked at once held every page of the dashboard for 9 s.
const oneExportAtATime = oneAtATime(() => {
  const problem = said({ code: 'export-busy' });
  return new HttpError(503, problem.en, problem);
});

function download(body: string | Uint8Array, mediaType: string, fileName: string, periodNote: PeriodNote | null): Response {
  const headers: Record<string, string> = {
    'content-type': mediaType,
    'content-disposition': `attachment; filename="${fileName}"`,
    'cache-control': 'no-store',
  };
  if (periodNote) {
    const { from, to } = periodNote.storedDays;
    headers[PERIOD_NOTE_HEADER] = `${periodNote.code}; stored=${from}/${to}`;
  }
  return new Response(body, { headers });
}

const PERIOD_NOTE_DESCRIPTION = `When the period lies wholly outside the stored days, its zeros mean nothing was collected: ` +
  `the answer then carries the header ${PERIOD_NOTE_HEADER}: outside-stored-days; stored=FROM/TO (the JSON answers' ` +
  `periodNote) and the file's name ends in ${OUTSIDE_STORED_DAYS_NAME}`;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const EXPORT_ENDPOINTS: readonly Endpoint[] = [
  {
    method: 'get',
    path: '/api/export.csv',
    summary: 'Aggregates per day and period, by dimension and sentiment, minimum group size applied; labels in the user\'s language',
    tag: 'export',
    role: 'analyst',
    query: PERIOD_PARAMETERS,
    errors: EXPORT_ERRORS,
    // A script's author reads this, not the workbook's notes sheet: the CSV carries no notes.
    response: {
      mediaType: 'text/csv',
      description: 'CSV in UTF-8 with a byte order mark, one row per period × dimension × value, at most ' +
        `${MAX_API_EXPORT_DAYS} days a call. negative, neutral and positive count posts as the classifier labelled ` +
        'them, not corrected for its errors as the shares of /api/overview and /api/issues are; <N is a group ' +
        'under the minimum group size, x a count hidden so that one beside it cannot be worked out, and ' +
        `(other) the small groups folded into one row. ${PERIOD_NOTE_DESCRIPTION}`,
    },
    handle(request) {
      return oneExportAtATime(request.server, async () => {
        const { csv, name, periodNote } = csvOf(request);
        return download(csvForSpreadsheet(csv), 'text/csv; charset=utf-8', `${name}.csv`, periodNote);
      });
    },
  },
  {
    method: 'get',
    path: '/api/export.xlsx',
    summary: 'The same aggregates as an Excel workbook',
    tag: 'export',
    role: 'analyst',
    query: PERIOD_PARAMETERS,
    errors: EXPORT_ERRORS,
    response: {
      mediaType: XLSX_TYPE,
      description: 'XLSX with the CSV\'s rows, counts as numbers, and a second sheet saying what each column and mark ' +
        `means, its first row the period's note when there is one. ${PERIOD_NOTE_DESCRIPTION}`,
    },
    handle(request) {
      return oneExportAtATime(request.server, async () => {
        const { csv, name, notes, periodNote } = csvOf(request);
        return download(await aggregatesWorkbook(csv, notes), XLSX_TYPE, `${name}.xlsx`, periodNote);
      });
    },
  },
];
