/**
 * Aggregates as CSV for analysts' own tools: counts per day and for the whole period, by
 * dimension and value, split by sentiment. Built from the rollups only; there are no post-level
 * rows, and the minimum group size applies to every group (DESIGN rule 5).
 */
import type { SentimentLabel } from '../analyze/analysis.js';
import { suppressSmall, type GroupSize } from '../insight/small-groups.js';
import type { Project, ReportLanguage } from '../project/project.js';
import { assertDayRange, daysOf, type DayRange } from '../store/day-range.js';
import type { RollupSnapshot, Store } from '../store/store.js';
import { DIGEST_LABELS } from './digest-labels.js';

export interface ExportOptions {
  readonly store: Store;
  readonly project: Project;
  /** First day, `YYYY-MM-DD`; defaults to the first stored day. */
  readonly from?: string;
  /** Last day, included; defaults to the last stored day. */
  readonly to?: string;
}

const COLUMNS = [
  'period_from', 'period_to', 'dimension', 'value', 'label', 'posts', 'negative', 'neutral', 'positive', 'reposts',
];
const OTHER_VALUE = '(other)';

/** Counts of one group: originals by sentiment (when the dimension has one) and reposts. */
interface GroupCounts {
  readonly value: string;
  readonly label: string;
  originals: number;
  amplifications: number;
  /** Null for dimensions without sentiment (outlet, district × issue). */
  sentiment: Record<SentimentLabel, number> | null;
}

interface DayRow {
  readonly day: string;
  readonly originals: number;
  readonly amplifications: number;
  readonly sentiment?: SentimentLabel;
}

type Dimension = {
  readonly name: string;
  readonly rows: (snapshot: RollupSnapshot) => readonly (DayRow & { readonly value: string })[];
  readonly label: (value: string) => string;
};

// LIMITATION: a hidden day can be recovered roughly by subtracting the shown days from the
// period row (complementary disclosure); only counts are recovered, never a post or its origin.
// For dimensions with several labels per post (issue, district, slice), the "(other)" row adds
// up memberships, so a post in two small groups counts twice there.
export function exportAggregates(options: ExportOptions): string {
  const lines = [COLUMNS.join(',')];
  const range = exportRange(options);
  if (range === null) return `${lines[0]}\n`;

  const minGroupSize = options.project.privacy.minGroupSize;
  const otherLabel = DIGEST_LABELS[options.project.reportLanguage].other;
  const snapshot = options.store.readRollups(range);
  const dimensions = dimensionsOf(options.project);
  const periods: DayRange[] = [...daysOf(range).map((day) => ({ from: day, to: day })), range];

  for (const period of periods) {
    for (const dimension of dimensions) {
      const groups = groupCounts(dimension, snapshot, period);
      const cells = dimension.name === 'all'
        ? [totalCells(groups[0] ?? emptyGroup('all', dimension.label('all')), minGroupSize)]
        : groupLines(groups, minGroupSize, otherLabel);
      for (const line of cells) lines.push(csvLine([period.from, period.to, dimension.name, ...line]));
    }
  }
  return `${lines.join('\n')}\n`;
}

function exportRange(options: ExportOptions): DayRange | null {
  const stored = options.store.storedDays();
  const from = options.from ?? stored?.from;
  const to = options.to ?? stored?.to;
  if (from === undefined || to === undefined) return null;
  const range = { from, to };
  assertDayRange(range, 'export');
  return range;
}

function dimensionsOf(project: Project): Dimension[] {
  const labels = DIGEST_LABELS[project.reportLanguage];
  const language = project.reportLanguage;
  const labelIn = (entries: readonly { id: string; labels: Record<ReportLanguage, string> }[]) =>
    (id: string) => entries.find((entry) => entry.id === id)?.labels[language] ?? id;
  const issueLabel = labelIn(project.taxonomy.issues);
  const districtLabel = labelIn(project.districts);
  const sliceLabel = labelIn(project.taxonomy.slices);
  const same = (value: string) => value;

  return [
    { name: 'all', label: () => labels.allPosts, rows: (s) => s.volume.map((row) => ({ ...row, value: 'all' })) },
    {
      name: 'platform',
      label: (value) => labels.platforms[value as keyof typeof labels.platforms] ?? value,
      rows: (s) => s.volume.map((row) => ({ ...row, value: row.platform })),
    },
    {
      name: 'language',
      label: (value) => labels.languages[value as keyof typeof labels.languages] ?? value,
      rows: (s) => s.volume.map((row) => ({ ...row, value: row.language })),
    },
    { name: 'issue', label: issueLabel, rows: (s) => s.issues.map((row) => ({ ...row, value: row.issueId })) },
    {
      name: 'subject',
      label: (id) => project.subjects.find((subject) => subject.id === id)?.name ?? id,
      rows: (s) => s.subjects.map((row) => ({ ...row, value: row.subjectId })),
    },
    {
      name: 'district',
      label: districtLabel,
      rows: (s) => s.districts.map((row) => ({ ...row, value: row.districtId })),
    },
    {
      name: 'district-issue',
      label: (value) => {
        const [district = '', issue = ''] = value.split('/');
        return `${districtLabel(district)} / ${issueLabel(issue)}`;
      },
      rows: (s) => s.districtIssues.map((row) => ({ ...row, value: `${row.districtId}/${row.issueId}` })),
    },
    { name: 'slice', label: sliceLabel, rows: (s) => s.slices.map((row) => ({ ...row, value: row.sliceId })) },
    // Volume only: no sentiment per outlet (DESIGN rule 8).
    { name: 'outlet', label: same, rows: (s) => s.outlets.map((row) => ({ ...row, value: row.outlet })) },
  ];
}

function groupCounts(dimension: Dimension, snapshot: RollupSnapshot, period: DayRange): GroupCounts[] {
  const groups = new Map<string, GroupCounts>();
  for (const row of dimension.rows(snapshot)) {
    if (row.day < period.from || row.day > period.to) continue;
    let group = groups.get(row.value);
    if (group === undefined) {
      group = {
        value: row.value,
        label: dimension.label(row.value),
        originals: 0,
        amplifications: 0,
        sentiment: row.sentiment === undefined ? null : emptySentiment(),
      };
      groups.set(row.value, group);
    }
    group.originals += row.originals;
    group.amplifications += row.amplifications;
    if (group.sentiment && row.sentiment) group.sentiment[row.sentiment] += row.originals;
  }
  return [...groups.values()].sort((a, b) => b.originals - a.originals || a.value.localeCompare(b.value));
}

/**
 * Cells from `value` on for each group of at least the minimum size, then one "(other)" row
 * for the small groups together; when even that is small, its counts are shown as "<N".
 */
function groupLines(
  groups: readonly GroupCounts[],
  minGroupSize: number,
  otherLabel: (groups: number) => string,
): string[][] {
  const lines: string[][] = [];
  let otherGroups = 0;
  let otherOriginals = 0;
  let otherAmplifications = 0;

  for (const group of groups) {
    if (group.originals >= minGroupSize) {
      lines.push(groupCells(group, minGroupSize));
      continue;
    }
    otherGroups++;
    otherOriginals += group.originals;
    otherAmplifications += group.amplifications;
  }

  if (otherGroups > 0) {
    lines.push([
      OTHER_VALUE, otherLabel(otherGroups), sizeText(suppressSmall(otherOriginals, minGroupSize), minGroupSize),
      '', '', '', sizeText(suppressSmall(otherAmplifications, minGroupSize), minGroupSize),
    ]);
  }
  return lines;
}

/** The all-posts row of a period: always present, its counts hidden when small. */
function totalCells(group: GroupCounts, minGroupSize: number): string[] {
  if (group.originals === 0 || group.originals >= minGroupSize) return groupCells(group, minGroupSize);
  return [
    group.value, group.label, `<${minGroupSize}`, '', '', '',
    sizeText(suppressSmall(group.amplifications, minGroupSize), minGroupSize),
  ];
}

function emptyGroup(value: string, label: string): GroupCounts {
  return { value, label, originals: 0, amplifications: 0, sentiment: emptySentiment() };
}

function groupCells(group: GroupCounts, minGroupSize: number): string[] {
  const sentiment = group.sentiment;
  return [
    group.value,
    group.label,
    String(group.originals),
    sentiment ? String(sentiment.negative) : '',
    sentiment ? String(sentiment.neutral) : '',
    sentiment ? String(sentiment.positive) : '',
    sizeText(suppressSmall(group.amplifications, minGroupSize), minGroupSize),
  ];
}

function sizeText(size: GroupSize, minGroupSize: number): string {
  return size === null ? `<${minGroupSize}` : String(size);
}

function emptySentiment(): Record<SentimentLabel, number> {
  return { negative: 0, neutral: 0, positive: 0 };
}

// Outlet names come from scraped feeds: a name starting with = + - @ would run as a spreadsheet
// formula, so such cells get a leading apostrophe.
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}
