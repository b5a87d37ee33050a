import { getJson } from '../api.js';
import { changeLabel } from '../change-label.js';
import { COLOURS, categoryChart, dayChart } from '../charts.js';
import { h } from '../dom.js';
import {
  breakdown, chartCount, count, excerpt, hiddenNote, percent, periodNote, searchLink, section, table,
  type PeriodNote, type ShownCount,
} from '../format.js';
import type { Page } from '../page.js';

interface IssueRow {
  issueId: string;
  originals: number;
  share: number;
  previous: number | null;
  absoluteChange: number | null;
  relativeChange: number | null;
  significant: boolean;
  shareDirection: 'rose' | 'fell' | 'unchanged';
}
interface Issues {
  period: { from: string; to: string };
  periodNote: PeriodNote | null;
  issues: { shown: IssueRow[]; hiddenGroups: number };
  trend: { weeks: string[]; stored: boolean[]; issues: { issueId: string; originals: ShownCount[] }[] };
  slices: { shown: { sliceId: string; originals: number }[]; hiddenGroups: number };
  districts: {
    shown: { districtId: string; originals: number; issues: { issueId: string; originals: number }[]; hiddenIssues: number }[];
    hiddenGroups: number;
  };
  excerpts: { issueId: string; excerpts: Parameters<typeof excerpt>[0][] }[];
}

const TREND_ISSUES = 6;

export const issuesPage: Page = {
  id: 'issues',
  title: (strings) => strings.issues,
  role: 'viewer',
  usesPeriod: true,
  async render(root, context) {
    const { strings, labels } = context;
    const data = await getJson<Issues>('/api/issues', context.period);
    context.showPeriod(data.period);
    const outside = periodNote(data.periodNote, context);
    if (outside) root.append(outside);
    const issueName = (id: string) => labels.issues[id] ?? id;
    // Up to three issues; else whether the district had issues too small to show, or none.
    const topIssues = (district: Issues['districts']['shown'][number]): string => {
      if (district.issues.length === 0) {
        return district.hiddenIssues > 0 ? strings.issuesEachUnder(context.meta.minGroupSize) : '—';
      }
      return district.issues.slice(0, 3).map((issue) => `${issueName(issue.issueId)} (${count(issue.originals, context)})`).join(', ');
    };

    const ranking = section(strings.issues);
    root.append(ranking);
    const shown = data.issues.shown;
    categoryChart(ranking, strings.issues, shown.map((issue) => issueName(issue.issueId)), [
      { label: strings.originals, values: shown.map((issue) => issue.originals), colour: COLOURS.main },
      { label: strings.previous, values: shown.map((issue) => issue.previous), colour: COLOURS.second },
    ]);
    ranking.append(table(
      [strings.issue, strings.originals, strings.share, strings.previous, strings.change],
      shown.map((issue) => [
        searchLink(issueName(issue.issueId), 'issue', issue.issueId, data.period, context.meta.setsAside),
        count(issue.originals, context),
        percent(issue.share, context),
        count(issue.previous, context),
        changeLabel(issue, context.language),
      ]),
    ));
    const hidden = hiddenNote(data.issues.hiddenGroups, context);
    if (hidden) ranking.append(hidden);

    const trend = section(strings.trend);
    root.append(trend);
    dayChart(trend, strings.trend, data.trend.weeks, data.trend.issues.slice(0, TREND_ISSUES).map((issue, index) => ({
      label: issueName(issue.issueId),
      // A week with nothing stored is a gap in the line, not a fall to 0.
      values: issue.originals.map((originals, week) => (data.trend.stored[week] === false ? null : chartCount(originals))),
      colour: COLOURS.palette[index % COLOURS.palette.length]!,
    })), strings.weekOf, context.language);

    root.append(section(strings.slice, ...breakdown([strings.slice, strings.originals],
      data.slices.shown.map((slice) => [
        searchLink(labels.slices[slice.sliceId] ?? slice.sliceId, 'slice', slice.sliceId, data.period, context.meta.setsAside),
        count(slice.originals, context),
      ]),
      data.slices.hiddenGroups, context)));
    root.append(section(strings.district, ...breakdown([strings.district, strings.originals, strings.issues],
      data.districts.shown.map((district) => [
        searchLink(labels.districts[district.districtId] ?? district.districtId, 'district', district.districtId, data.period, context.meta.setsAside),
        count(district.originals, context),
        topIssues(district),
      ]),
      data.districts.hiddenGroups, context)));

    const excerpts = section(strings.excerpts);
    root.append(excerpts);
    for (const entry of data.excerpts) {
      if (entry.excerpts.length === 0) continue;
      excerpts.append(h('h3', {}, issueName(entry.issueId)), ...entry.excerpts.map((item) => excerpt(item, context)));
    }
  },
};
