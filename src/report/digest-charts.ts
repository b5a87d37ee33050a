/**
 * The digest's charts as SVG strings, rendered server-side by ECharts without a DOM. ECharts
 * escapes every text it writes into the SVG; the labels here are taxonomy and interface labels,
 * never post text. Loaded on demand: importing ECharts takes about a second.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

import type { SentimentLabel } from '../analyze/analysis.js';
import type { ShownCount } from '../insight/small-groups.js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkAreaComponent, SVGRenderer]);

const WIDTH = 720;
const FONT = { fontFamily: 'system-ui, sans-serif', fontSize: 12 };
export const SENTIMENT_COLOURS: Readonly<Record<SentimentLabel, string>> = {
  negative: '#c0392b',
  neutral: '#a0a7ae',
  positive: '#2e8b57',
};
const MAIN_COLOUR = '#3465a4';
const SECOND_COLOUR = '#b8c7dd';
const GAP_COLOUR = 'rgba(230, 126, 34, 0.22)';
/** ECharts draws nothing for this value: a hidden (too small) count leaves a gap, not a zero. */
const EMPTY = '-';

type ChartOption = Parameters<ReturnType<typeof echarts.init>['setOption']>[0];

/** Group names down the left side, first group on top, long names cut to fit. */
function groupAxis(groups: readonly { label: string }[]) {
  return {
    type: 'category' as const,
    inverse: true,
    data: groups.map((group) => group.label),
    axisLabel: { ...FONT, width: 190, overflow: 'truncate' as const },
  };
}

function render(option: ChartOption, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  try {
    chart.setOption({ animation: false, textStyle: FONT, ...option });
    return chart.renderToSVGString();
  } finally {
    // Without dispose() ECharts keeps a timer alive and Node never exits.
    chart.dispose();
  }
}

/**
 * Original posts and reposts per day, stacked columns. `gaps` shades the stretches when some
 * source was down, in days from the first column's left edge (1.5 is noon of the second day), on
 * a hidden axis laid over the columns, so that a gap of a few hours shades part of a column.
 */
export function volumeChart(
  days: readonly { day: string; originals: ShownCount; amplifications: ShownCount }[],
  names: { originals: string; amplifications: string; gaps?: string; day?: (day: string) => string },
  gaps: readonly { start: number; end: number }[] = [],
): string {
  const shading = gaps.length === 0 ? [] : [{
    type: 'line' as const, name: names.gaps ?? '', xAxisIndex: 1, color: GAP_COLOUR, data: [],
    markArea: {
      silent: true,
      itemStyle: { color: GAP_COLOUR },
      data: gaps.map((gap) => [{ xAxis: gap.start }, { xAxis: gap.end }] as [{ xAxis: number }, { xAxis: number }]),
    },
  }];
  // The shading's legend entry is a filled box like the area it names, not a line series' icon.
  const legendData = [names.originals, names.amplifications, ...shading.map((series) => ({ name: series.name, icon: 'rect' }))];
  return render({
    legend: { top: 0, textStyle: FONT, data: legendData },
    grid: { left: 48, right: 16, top: 32, bottom: 48 },
    xAxis: [
      {
        type: 'category',
        data: days.map((day) => (names.day ? names.day(day.day) : day.day.slice(5))),
        axisLabel: { ...FONT, rotate: days.length > 10 ? 45 : 0 },
      },
      { type: 'value', min: 0, max: days.length, show: false },
    ],
    yAxis: { type: 'value', minInterval: 1, axisLabel: FONT },
    series: [
      {
        type: 'bar', name: names.originals, stack: 'posts', color: MAIN_COLOUR,
        data: days.map((day) => barValue(day.originals)),
      },
      {
        type: 'bar', name: names.amplifications, stack: 'posts', color: SECOND_COLOUR,
        data: days.map((day) => barValue(day.amplifications)),
      },
      ...shading,
    ],
  }, 280);
}

/** A hidden count, small or hidden beside a small one, leaves a gap in its column. */
function barValue(count: ShownCount): number | typeof EMPTY {
  return typeof count === 'number' ? count : EMPTY;
}

/** Sentiment shares of several groups, one 100% bar each. */
export function sentimentChart(
  groups: readonly { label: string; shares: Readonly<Record<SentimentLabel, number>> }[],
  names: Readonly<Record<SentimentLabel, string>>,
): string {
  const labels = ['negative', 'neutral', 'positive'] as const;
  return render({
    legend: { top: 0, textStyle: FONT },
    grid: { left: 200, right: 24, top: 32, bottom: 24 },
    xAxis: { type: 'value', max: 100, axisLabel: { ...FONT, formatter: '{value}%' } },
    yAxis: groupAxis(groups),
    series: labels.map((label) => ({
      type: 'bar' as const,
      name: names[label],
      stack: 'share',
      color: SENTIMENT_COLOURS[label],
      data: groups.map((group) => Math.round(group.shares[label] * 1000) / 10),
    })),
  }, 56 + 30 * groups.length);
}

/** Posts per group this period beside the previous one, horizontal bars. */
export function comparisonChart(
  groups: readonly { label: string; current: number; previous: number | null }[],
  names: { current: string; previous: string },
): string {
  return render({
    legend: { top: 0, textStyle: FONT },
    grid: { left: 200, right: 24, top: 32, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: FONT },
    yAxis: groupAxis(groups),
    series: [
      {
        type: 'bar', name: names.current, color: MAIN_COLOUR,
        data: groups.map((group) => group.current),
      },
      {
        type: 'bar', name: names.previous, color: SECOND_COLOUR,
        data: groups.map((group) => group.previous ?? EMPTY),
      },
    ],
  }, 56 + 40 * groups.length);
}

/** One count per group, horizontal bars. */
export function countChart(groups: readonly { label: string; count: number }[]): string {
  return render({
    grid: { left: 200, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: FONT },
    yAxis: groupAxis(groups),
    series: [{ type: 'bar', color: MAIN_COLOUR, data: groups.map((group) => group.count) }],
  }, 32 + 28 * groups.length);
}
