/**
 * Charts drawn by uPlot (canvas). A hidden count (under the minimum group size) is null and
 * leaves a gap, never a zero. Labels are drawn on canvas, so no text here can become markup.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

import { shortDay } from '../../src/report/short-day.js';
import { h } from './dom.js';
import type { Language } from './i18n.js';

export interface ChartSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly colour: string;
}

const HEIGHT = 260;
export const COLOURS = {
  main: '#3465a4', second: '#9db4d6', negative: '#c0392b', neutral: '#a0a7ae', positive: '#2e8b57',
  palette: ['#3465a4', '#c0392b', '#2e8b57', '#e67e22', '#8e44ad', '#16a085', '#7f8c8d', '#d4ac0d'],
} as const;

function widthOf(container: HTMLElement): number {
  return Math.max(320, Math.min(container.clientWidth || 900, 1100));
}

/** Steps between the count axis's labels: whole numbers, so a week of 0 to 3 posts is not read as 0.2, 0.4… */
const COUNT_STEPS = Array.from({ length: 10 }, (_, power) => [1, 2, 5].map((step) => step * 10 ** power)).flat();

/**
 * Counts per day as bars (one series) or lines (several), days on the x axis as the page's
 * language writes them. `dayLabel` names the x value in the legend ("День: 2025-11-24"); uPlot
 * wrote its own English "Value" there.
 */
export function dayChart(
  container: HTMLElement,
  title: string,
  days: readonly string[],
  series: readonly ChartSeries[],
  dayLabel: string,
  language: Language,
): HTMLElement {
  const figure = h('figure', { class: 'chart', 'data-chart': title });
  container.append(figure);
  const x = days.map((_, index) => index);
  const step = Math.max(1, Math.ceil(days.length / 14));
  const bars = series.length === 1;
  const options: uPlot.Options = {
    title,
    width: widthOf(container),
    height: HEIGHT,
    scales: { x: { time: false, range: [-0.5, Math.max(0.5, days.length - 0.5)] }, y: { range: (_, min, max) => [0, Math.max(1, max ?? min ?? 1) * 1.1] } },
    series: [
      { label: dayLabel, value: (_, value) => days[value] ?? '' },
      ...series.map((entry) => ({
        label: entry.label,
        stroke: entry.colour,
        fill: bars ? entry.colour : undefined,
        width: bars ? 0 : 2,
        ...(bars ? { paths: uPlot.paths.bars!({ size: [0.7, 60] }) } : {}),
        points: { show: !bars },
        value: (_: uPlot, value: number | null) => (value === null ? '—' : String(value)),
      })),
    ],
    axes: [
      { splits: () => x.filter((index) => index % step === 0), values: (_, splits) => splits.map((split) => shortDay(days[split] ?? '', language)) },
      { size: 50, incrs: COUNT_STEPS },
    ],
  };
  new uPlot(options, [x, ...series.map((entry) => [...entry.values])] as uPlot.AlignedData, figure);
  return figure;
}

/**
 * One bar per category, for shares or counts; category names on the x axis. `categoryName` names
 * the category in the legend when the title says more than what the categories are.
 */
export function categoryChart(
  container: HTMLElement,
  title: string,
  categories: readonly string[],
  series: readonly ChartSeries[],
  unit = '',
  categoryName = title,
): HTMLElement {
  const figure = h('figure', { class: 'chart', 'data-chart': title });
  container.append(figure);
  const x = categories.map((_, index) => index);
  const options: uPlot.Options = {
    title,
    width: widthOf(container),
    height: HEIGHT,
    scales: { x: { time: false, range: [-0.5, categories.length - 0.5] }, y: { range: (_, __, max) => [0, Math.max(1, max) * 1.1] } },
    series: [
      // The legend names the category by the chart's title ("Проблемы: Транспорт"), not "Value".
      { label: categoryName, value: (_, value) => categories[value] ?? '' },
      ...series.map((entry, index) => ({
        label: entry.label,
        stroke: entry.colour,
        fill: entry.colour,
        width: 0,
        paths: uPlot.paths.bars!({ size: [series.length > 1 ? 0.35 : 0.6, 80], align: (series.length > 1 ? (index === 0 ? -1 : 1) : 0) as -1 | 0 | 1 }),
        points: { show: false },
        value: (_: uPlot, value: number | null) => (value === null ? '—' : `${value}${unit}`),
      })),
    ],
    axes: [
      { splits: () => x, values: (_, splits) => splits.map((split) => shortLabel(categories[split] ?? '')) , size: 60 },
      { size: 50, values: (_, splits) => splits.map((split) => `${split}${unit}`) },
    ],
  };
  new uPlot(options, [x, ...series.map((entry) => [...entry.values])] as uPlot.AlignedData, figure);
  return figure;
}

function shortLabel(label: string): string {
  return label.length > 18 ? `${label.slice(0, 17)}…` : label;
}
