import { getJson } from '../api.js';
import { changeLabel } from '../change-label.js';
import { COLOURS, categoryChart } from '../charts.js';
import { h } from '../dom.js';
import {
  count, excerpt, hiddenNote, interval, periodNote, section, table, type PeriodNote, type ShareEstimate,
  type ShownCount,
} from '../format.js';
import type { Page } from '../page.js';

interface AgencyRow {
  agencyId: string;
  rank: number;
  originals: number;
  sentiment: { shares: { negative: ShareEstimate } };
  score: number;
  previous: number | null;
  relativeChange: number | null;
  significant: boolean;
  shareDirection: 'rose' | 'fell' | 'unchanged';
  byRule: { mention: ShownCount; 'issue-district': ShownCount; issue: ShownCount };
  issues: { issueId: string; originals: number; negative: ShareEstimate }[];
  districts: { districtId: string; originals: number }[];
  responses: { issueId: string; ownChannel: number | null; press: number | null; answered: boolean }[];
  excerpts: Parameters<typeof excerpt>[0][];
}
interface WeakPoints {
  mapped: boolean;
  periodNote: PeriodNote | null;
  names: Record<string, Record<string, string>>;
  agencies: { shown: AgencyRow[]; hiddenGroups: number };
}

/** Public bodies ranked by the lower bound of their negative posts; bodies only, never persons. */
export const agenciesPage: Page = {
  id: 'agencies',
  title: (strings) => strings.agencies,
  role: 'viewer',
  usesPeriod: true,
  async render(root, context) {
    const { strings, labels, language } = context;
    const data = await getJson<WeakPoints>('/api/agencies', context.period);
    const agencyName = (id: string) => data.names[language]?.[id] ?? id;
    const issueName = (id: string) => labels.issues[id] ?? id;
    const outside = periodNote(data.periodNote, context);
    if (outside) root.append(outside);
    if (!data.mapped) {
      root.append(section(strings.agencies, h('p', { class: 'note' }, strings.noMap)));
      return;
    }

    const shown = data.agencies.shown;
    const ranking = section(strings.agencies);
    root.append(ranking);
    categoryChart(ranking, strings.agencies, shown.map((entry) => agencyName(entry.agencyId)), [
      { label: strings.originals, values: shown.map((entry) => entry.originals), colour: COLOURS.main },
      { label: strings.previous, values: shown.map((entry) => entry.previous), colour: COLOURS.second },
    ]);
    ranking.append(table(
      ['#', strings.agency, strings.originals, strings.negative, strings.score, strings.previous, strings.change],
      shown.map((entry) => [
        String(entry.rank),
        agencyName(entry.agencyId),
        count(entry.originals, context),
        interval(entry.sentiment.shares.negative, context),
        `≥ ${count(Math.floor(entry.score), context)}`,
        count(entry.previous, context),
        changeLabel(entry, context.language),
      ]),
    ));
    // Agency rollups do not carry the posts' language and kind, which the correction needs.
    ranking.append(h('p', { class: 'note', 'data-corrected': 'false' }, strings.sentimentClassified));
    const hidden = hiddenNote(data.agencies.hiddenGroups, context);
    if (hidden) ranking.append(hidden);

    for (const entry of shown) {
      const rule = entry.byRule;
      root.append(section(`${entry.rank}. ${agencyName(entry.agencyId)}`,
        h('p', {}, strings.attributed(count(rule.mention, context), count(rule['issue-district'], context), count(rule.issue, context))),
        table([strings.issue, strings.originals, strings.negative], entry.issues.map((issue) => [
          issueName(issue.issueId), count(issue.originals, context), interval(issue.negative, context),
        ])),
        entry.districts.length === 0
          ? h('p', { class: 'note', 'data-districts': 'none' }, strings.agencyNoDistrict(context.meta.minGroupSize))
          : table([strings.district, strings.originals], entry.districts.map((district) => [
            labels.districts[district.districtId] ?? district.districtId, count(district.originals, context),
          ])),
        entry.responses.length === 0 ? null : table([strings.responses, strings.ownChannel, strings.press, ''],
          entry.responses.map((response) => [
            issueName(response.issueId), count(response.ownChannel, context), count(response.press, context),
            response.answered ? strings.answered : strings.notAnswered,
          ])),
        ...entry.excerpts.map((item) => excerpt(item, context))));
    }
  },
};
