import { getJson } from '../api.js';
import { COLOURS, categoryChart } from '../charts.js';
import { h } from '../dom.js';
import {
  count, hiddenNote, interval, periodNote, section, table, type PeriodNote, type ShareEstimate,
} from '../format.js';
import type { Page } from '../page.js';

interface Outlets {
  period: { from: string; to: string };
  periodNote: PeriodNote | null;
  platforms: { shown: { platform: string; originals: number; share: ShareEstimate }[]; hiddenGroups: number };
  outlets: { shown: { outlet: string; articles: number }[]; hiddenGroups: number };
}

export const outletsPage: Page = {
  id: 'outlets',
  title: (strings) => strings.outlets,
  role: 'viewer',
  usesPeriod: true,
  async render(root, context) {
    const { strings, labels } = context;
    const data = await getJson<Outlets>('/api/outlets', context.period);
    context.showPeriod(data.period);
    const outside = periodNote(data.periodNote, context);
    if (outside) root.append(outside);

    const platforms = section(strings.platform);
    root.append(platforms);
    const platformName = (id: string) => labels.platforms[id] ?? id;
    categoryChart(platforms, strings.platform, data.platforms.shown.map((entry) => platformName(entry.platform)), [
      { label: strings.originals, values: data.platforms.shown.map((entry) => entry.originals), colour: COLOURS.main },
    ]);
    platforms.append(table([strings.platform, strings.originals, strings.share],
      data.platforms.shown.map((entry) => [platformName(entry.platform), count(entry.originals, context), interval(entry.share, context)])));

    // Volume only: the dashboard never rates or colours outlets.
    const outlets = section(strings.outlet, h('p', { class: 'note' }, strings.newsOnly));
    root.append(outlets);
    if (data.outlets.shown.length > 0) {
      categoryChart(outlets, strings.outlet, data.outlets.shown.map((entry) => entry.outlet), [
        { label: strings.articles, values: data.outlets.shown.map((entry) => entry.articles), colour: COLOURS.main },
      ]);
    }
    outlets.append(table([strings.outlet, strings.articles],
      data.outlets.shown.map((entry) => [entry.outlet, count(entry.articles, context)])));
    const hidden = hiddenNote(data.outlets.hiddenGroups, context);
    if (hidden) outlets.append(hidden);
  },
};
