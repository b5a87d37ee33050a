/**
 * Aggregates as CSV for analysts' own tools: counts per day and for the whole period, by
 * dimension and value, split by sentiment. Built from the rollups only; there are no post-level
 * rows, and the minimum group size applies to every group (DESIGN rule 5).
 */
import type { PostScope, SentimentLabel } from '../analyze/analysis.js';
import {
  HIDDEN_BESIDE_SMALL, suppressParts, suppressSmall, type GroupSize, type ShownCount,
} from '../insight/small-groups.js';
import type { Project, ReportLanguage } from '../project/project.js';
import { assertPeriod, assertPeriodEnds, daysOf, type DayRange } from '../store/day-range.js';
import type { RollupSnapshot, Store } from '../store/store.js';
import { fileSafeText } from '../text/file-safe-text.js';
import { DIGEST_LABELS } from './digest-labels.js';

export interface ExportOptions {
  readonly store: Store;
  readonly project: Project;
  /** First day, `YYYY-MM-DD`; defaults to the first stored day. */
  readonly from?: string;
  /** Last day, included; defaults to the last stored day. */
  readonly to?: string;
  /** Language of the label column; defaults to the project's digest language. */
  readonly language?: ReportLanguage;
}

const COLUMNS = [
  'period_from', 'period_to', 'dimension', 'value', 'label', 'posts', 'negative', 'neutral', 'positive', 'reposts',
];
const OTHER_VALUE = '(other)';
/** A count of at least the minimum, hidden so that a smaller one cannot be worked out from it. */
const SECONDARY_SUPPRESSION = 'x';

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
  /** Each post has exactly one value, so the groups add up to a total shown elsewhere. */
  readonly oneLabel: boolean;
  readonly rows: (snapshot: RollupSnapshot) => readonly (DayRow & { readonly value: string })[];
  readonly label: (value: string) => string;
};

// Secondary suppression against differencing (complementary disclosure): hiding a small group
// is useless if it can be recovered as a total minus the groups shown beside it. So
// - within one period of a one-label dimension (platform, language, outlet), whose groups add up
//   to a total shown elsewhere, when the small groups folded into "(other)" add up to 1..N−1
//   posts, the smallest shown group is folded in too, until "(other)" is empty or at least N;
// - across the days of the export, when a group's hidden days add up to 1..N−1 posts (its period
//   row minus its shown days), its smallest shown day is hidden too; the all-posts row likewise,
//   whose extra hidden days are marked "x".
// LIMITATION: this closes the differences of one table (a total minus its parts, a period minus
// its days); an attacker who combines several exports over overlapping periods, or reposts
// columns with posts columns, can still bound hidden counts. Only counts are ever recovered,
// never a post or its origin. For dimensions with several labels per post (issue, district,
// slice), "(other)" adds up memberships, so a post in two small groups counts twice there.
// The reposts column is hidden the same two ways, by `repostCells`.
export function exportAggregates(options: ExportOptions): string {
  const lines = [COLUMNS.join(',')];
  const range = exportRange(options);
  if (range === null) return `${lines[0]}\n`;

  const minGroupSize = options.project.privacy.minGroupSize;
  const language = options.language ?? options.project.reportLanguage;
  const otherLabel = DIGEST_LABELS[language].other;
  const snapshot = options.store.readRollups(range);
  const days = daysOf(range);

  for (const dimension of dimensionsOf(options.project, language)) {
    // Rows are sorted into their days once: counting each day over all rows cost days × rows,
    // minutes for a period of decades.
    const rows = dimension.rows(snapshot).filter((row) => row.day >= range.from && row.day <= range.to);
    const rowsByDay = byDay(rows);
    const daily = days.map((day) => groupCounts(dimension, rowsByDay.get(day) ?? []));
    const whole = groupCounts(dimension, rows);
    const hiddenDaily = hideAcrossDays(daily, whole, dimension.oneLabel, minGroupSize);
    const periods = days.map((day, index) => ({ period: { from: day, to: day }, groups: daily[index]!, hidden: hiddenDaily[index]! }));
    // A period of one day is that day: its rows written again under the same two dates were
    // counted twice by any sum over the file.
    if (days.length > 1) {
      periods.push({ period: range, groups: whole, hidden: hideWithinPeriod(whole, dimension.oneLabel, minGroupSize) });
    }
    const reposts = repostCells(periods, dimension, minGroupSize);
    periods.forEach(({ period, groups, hidden }, index) => {
      const cells = reposts[index]!;
      // A value with no row has no reposts; null is a count hidden as small.
      const shown = (value: string) => repostText(cells.has(value) ? cells.get(value)! : 0, minGroupSize);
      const groupRows = dimension.name === 'all'
        ? [totalCells(groups[0] ?? emptyGroup('all', dimension.label('all')), hidden, minGroupSize, shown)]
        : groupLines(groups, hidden, minGroupSize, otherLabel, shown);
      for (const line of groupRows) lines.push(csvLine([period.from, period.to, dimension.name, ...line]));
    });
  }
  return sortByPeriod(lines);
}

/**
 * The export as a file a spreadsheet opens: with the UTF-8 byte order mark, without which Excel
 * reads a CSV in the system's code page and shows Cyrillic and Kazakh labels as mojibake. Standard
 * output gets the plain CSV, for pipes.
 */
export function csvForSpreadsheet(csv: string): string {
  return `\uFEFF${csv}`;
}

/** Rows grouped by period (each day, then the whole period), dimensions in their order within. */
function sortByPeriod(lines: readonly string[]): string {
  const [header, ...rows] = lines;
  const periodOf = (line: string) => line.slice(0, 21);
  const order = [...new Set(rows.map(periodOf))].sort((a, b) => {
    const aWhole = a.slice(0, 10) !== a.slice(11);
    const bWhole = b.slice(0, 10) !== b.slice(11);
    return Number(aWhole) - Number(bWhole) || a.localeCompare(b);
  });
  const byPeriod = new Map<string, string[]>();
  for (const row of rows) {
    const period = periodOf(row);
    const list = byPeriod.get(period);
    if (list) list.push(row);
    else byPeriod.set(period, [row]);
  }
  return `${[header, ...order.flatMap((period) => byPeriod.get(period) ?? [])].join('\n')}\n`;
}

/**
 * The values hidden in one period: groups under the minimum size, then, for a one-label
 * dimension (secondary suppression), the smallest shown groups until the hidden ones add up to
 * nothing or to at least the minimum.
 */
function hideWithinPeriod(groups: readonly GroupCounts[], oneLabel: boolean, minGroupSize: number): Set<string> {
  const hidden = new Set(groups.filter((group) => isSmall(group.originals, minGroupSize)).map((group) => group.value));
  const hiddenPosts = () => groups.reduce((sum, group) => sum + (hidden.has(group.value) ? group.originals : 0), 0);
  // Labels that overlap do not add up to a total; the all-posts row has no parts beside it.
  if (!oneLabel || (groups.length === 1 && groups[0]!.value === 'all')) return hidden;
  while (isSmall(hiddenPosts(), minGroupSize)) {
    const smallestShown = groups.filter((group) => !hidden.has(group.value)).at(-1);
    if (smallestShown === undefined) break;
    hidden.add(smallestShown.value);
  }
  return hidden;
}

/**
 * The values hidden on each day: as within a period, then, for every group shown for the whole
 * range, its smallest shown days until its hidden days add up to nothing or to at least the
 * minimum, so that the period row minus the shown days recovers no small count.
 */
function hideAcrossDays(
  daily: readonly (readonly GroupCounts[])[],
  whole: readonly GroupCounts[],
  oneLabel: boolean,
  minGroupSize: number,
): Set<string>[] {
  const hidden = daily.map((groups) => hideWithinPeriod(groups, oneLabel, minGroupSize));
  for (const { value } of whole) {
    const onDay = daily.map((groups) => groups.find((group) => group.value === value)?.originals ?? 0);
    const hiddenPosts = () => onDay.reduce((sum, posts, day) => sum + (hidden[day]!.has(value) ? posts : 0), 0);
    while (isSmall(hiddenPosts(), minGroupSize)) {
      const shownDays = onDay
        .map((posts, day) => ({ posts, day }))
        .filter(({ posts, day }) => posts > 0 && !hidden[day]!.has(value));
      if (shownDays.length === 0) break;
      const smallest = shownDays.reduce((a, b) => (b.posts < a.posts ? b : a));
      hidden[smallest.day]!.add(value);
      // The day's "(other)" grew by a group of at least the minimum: it stays safe.
    }
  }
  return hidden;
}

interface PeriodGroups {
  readonly groups: readonly GroupCounts[];
  readonly hidden: ReadonlySet<string>;
}

/**
 * The reposts cell of every row of every period (the days, then the whole period when there are
 * several), by value. As for posts: within a period of a one-label dimension the rows' reposts
 * add up to the all-posts row's, so a small one hides the smallest shown one too, as "x"; across
 * the days a value's shown days add up to its period row, so while its hidden days hold 1 to
 * N − 1 reposts its smallest shown day is hidden too. Reposts 15 for all posts beside Telegram 12
 * and VK <10 gave VK's 3 away. Each pass only hides counts of at least N, which keeps the other
 * pass's hidden sums at 0 or at least N.
 */
function repostCells(periods: readonly PeriodGroups[], dimension: Dimension, minGroupSize: number): Map<string, ShownCount>[] {
  const addsUp = dimension.oneLabel && dimension.name !== 'all';
  const raw = periods.map(({ groups, hidden }) => repostRows(groups, hidden));
  const cells = raw.map((rows) => {
    const counts = [...rows.values()];
    const shown = addsUp ? suppressParts(counts, minGroupSize) : counts.map((count) => suppressSmall(count, minGroupSize));
    return new Map([...rows.keys()].map((value, index) => [value, shown[index]!]));
  });
  if (periods.length === 1) return cells;

  const dayCount = periods.length - 1;
  for (const [value, periodCell] of cells[dayCount]!) {
    if (typeof periodCell !== 'number' || value === OTHER_VALUE) continue;
    const onDay = raw.slice(0, dayCount).map((rows) => rows.get(value) ?? 0);
    const isShown = (day: number) => typeof cells[day]!.get(value) === 'number';
    let hiddenReposts = onDay.reduce((sum, reposts, day) => sum + (isShown(day) ? 0 : reposts), 0);
    while (isSmall(hiddenReposts, minGroupSize)) {
      const shownDays = onDay.map((reposts, day) => ({ reposts, day })).filter(({ reposts, day }) => reposts > 0 && isShown(day));
      if (shownDays.length === 0) break;
      const smallest = shownDays.reduce((a, b) => (b.reposts < a.reposts ? b : a));
      cells[smallest.day]!.set(value, HIDDEN_BESIDE_SMALL);
      hiddenReposts += smallest.reposts;
    }
  }
  return cells;
}

/** Reposts of each row a period shows: its shown groups, then "(other)" for the hidden ones. */
function repostRows(groups: readonly GroupCounts[], hidden: ReadonlySet<string>): Map<string, number> {
  const rows = new Map<string, number>();
  let other: number | null = null;
  for (const group of groups) {
    if (hidden.has(group.value) && group.value !== 'all') other = (other ?? 0) + group.amplifications;
    else rows.set(group.value, group.amplifications);
  }
  if (other !== null) rows.set(OTHER_VALUE, other);
  return rows;
}

function repostText(count: ShownCount, minGroupSize: number): string {
  if (count === null) return `<${minGroupSize}`;
  return String(count);
}

function isSmall(count: number, minGroupSize: number): boolean {
  return count > 0 && count < minGroupSize;
}

function exportRange(options: ExportOptions): DayRange | null {
  const stored = options.store.storedDays();
  const from = options.from ?? stored?.from;
  const to = options.to ?? stored?.to;
  if (from === undefined || to === undefined) return null;
  const range = { from, to };
  assertPeriodEnds(options, 'export');
  // "swap them" would advise turning round an end the user never gave.
  if (options.from === undefined && to < from) {
    throw new Error(`export: to ${to} is before the first stored day, ${from}; give a later to, or a from as well`);
  }
  if (options.to === undefined && from > to) {
    throw new Error(`export: from ${from} is after the last stored day, ${to}; give an earlier from, or a to as well`);
  }
  assertPeriod(range, 'export');
  return range;
}

function dimensionsOf(project: Project, language: ReportLanguage): Dimension[] {
  const labels = DIGEST_LABELS[language];
  const labelIn = (entries: readonly { id: string; labels: Record<ReportLanguage, string> }[]) =>
    (id: string) => entries.find((entry) => entry.id === id)?.labels[language] ?? id;
  const issueLabel = labelIn(project.taxonomy.issues);
  const districtLabel = labelIn(project.districts);
  const sliceLabel = labelIn(project.taxonomy.slices);
  const same = (value: string) => value;

  return [
    { name: 'all', oneLabel: true, label: () => labels.allPosts, rows: (s) => s.volume.map((row) => ({ ...row, value: 'all' })) },
    {
      name: 'platform',
      oneLabel: true,
      label: (value) => labels.platforms[value as keyof typeof labels.platforms] ?? value,
      rows: (s) => s.volume.map((row) => ({ ...row, value: row.platform })),
    },
    {
      name: 'language',
      oneLabel: true,
      label: (value) => labels.languages[value as keyof typeof labels.languages] ?? value,
      rows: (s) => s.volume.map((row) => ({ ...row, value: row.language })),
    },
    { name: 'issue', oneLabel: false, label: issueLabel, rows: (s) => s.issues.map((row) => ({ ...row, value: row.issueId })) },
    {
      name: 'subject',
      oneLabel: false,
      label: (id) => project.subjects.find((subject) => subject.id === id)?.name ?? id,
      rows: (s) => s.subjects.map((row) => ({ ...row, value: row.subjectId })),
    },
    {
      name: 'district',
      oneLabel: false,
      label: districtLabel,
      rows: (s) => s.districts.map((row) => ({ ...row, value: row.districtId })),
    },
    {
      name: 'district-issue',
      oneLabel: false,
      label: (value) => {
        const [district = '', issue = ''] = value.split('/');
        return `${districtLabel(district)} / ${issueLabel(issue)}`;
      },
      rows: (s) => s.districtIssues.map((row) => ({ ...row, value: `${row.districtId}/${row.issueId}` })),
    },
    { name: 'slice', oneLabel: false, label: sliceLabel, rows: (s) => s.slices.map((row) => ({ ...row, value: row.sliceId })) },
    // Volume only: no sentiment per outlet (DESIGN rule 8).
    { name: 'outlet', oneLabel: true, label: same, rows: (s) => s.outlets.map((row) => ({ ...row, value: row.outlet })) },
    // Every post by scope, those set aside included: the other rows leave out posts about
    // other places only (unless the project counts them), and this says how many there were.
    {
      name: 'scope',
      oneLabel: true,
      label: (value) => labels.scopes[value as PostScope] ?? value,
      rows: (s) => s.scopes.map((row) => ({ ...row, value: row.scope })),
    },
  ];
}

type DimensionRow = ReturnType<Dimension['rows']>[number];

function byDay(rows: readonly DimensionRow[]): Map<string, DimensionRow[]> {
  const days = new Map<string, DimensionRow[]>();
  for (const row of rows) {
    const list = days.get(row.day);
    if (list) list.push(row);
    else days.set(row.day, [row]);
  }
  return days;
}

function groupCounts(dimension: Dimension, rows: readonly DimensionRow[]): GroupCounts[] {
  const groups = new Map<string, GroupCounts>();
  for (const row of rows) {
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
 * Cells from `value` on for each group shown, then one "(other)" row for the hidden groups
 * together; when even that is small, its counts are shown as "<N".
 */
function groupLines(
  groups: readonly GroupCounts[],
  hidden: ReadonlySet<string>,
  minGroupSize: number,
  otherLabel: (groups: number) => string,
  reposts: (value: string) => string,
): string[][] {
  const lines: string[][] = [];
  let otherGroups = 0;
  let otherOriginals = 0;

  for (const group of groups) {
    if (!hidden.has(group.value)) {
      lines.push(groupCells(group, reposts(group.value)));
      continue;
    }
    otherGroups++;
    otherOriginals += group.originals;
  }

  if (otherGroups > 0) {
    lines.push([
      OTHER_VALUE, otherLabel(otherGroups), sizeText(suppressSmall(otherOriginals, minGroupSize), minGroupSize),
      '', '', '', reposts(OTHER_VALUE),
    ]);
  }
  return lines;
}

/**
 * The all-posts row of a period: always present; its counts shown as "<N" when small, and as
 * "x" when hidden only so that the small days cannot be recovered from the period's total.
 */
function totalCells(
  group: GroupCounts,
  hidden: ReadonlySet<string>,
  minGroupSize: number,
  reposts: (value: string) => string,
): string[] {
  if (!hidden.has(group.value)) return groupCells(group, reposts(group.value));
  const posts = isSmall(group.originals, minGroupSize) ? `<${minGroupSize}` : SECONDARY_SUPPRESSION;
  return [group.value, group.label, posts, '', '', '', reposts(group.value)];
}

function emptyGroup(value: string, label: string): GroupCounts {
  return { value, label, originals: 0, amplifications: 0, sentiment: emptySentiment() };
}

function groupCells(group: GroupCounts, reposts: string): string[] {
  const sentiment = group.sentiment;
  return [
    group.value,
    group.label,
    String(group.originals),
    sentiment ? String(sentiment.negative) : '',
    sentiment ? String(sentiment.neutral) : '',
    sentiment ? String(sentiment.positive) : '',
    reposts,
  ];
}

function sizeText(size: GroupSize, minGroupSize: number): string {
  return size === null ? `<${minGroupSize}` : String(size);
}

function emptySentiment(): Record<SentimentLabel, number> {
  return { negative: 0, neutral: 0, positive: 0 };
}

/**
 * Outlet names come from scraped feeds. A cell that starts with = + - @ (after spaces too, or in
 * their full-width forms) would run as a spreadsheet formula, so it gets a leading apostrophe.
 * A cell holding ';' or a tab is quoted as well: Excel set to Russian or Kazakh splits a CSV at
 * ';', and an unquoted "Tengri;=1+1" became a cell of its own that started with '='.
 */
export const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@＝＋－＠]|^[\t\r\n]/u;
const QUOTED = /[",;\t\n\r]/;

function csvCell(written: string): string {
  // Outlet names stored before the privacy gate made them one line may hold what no file can.
  const value = fileSafeText(written);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return QUOTED.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}
