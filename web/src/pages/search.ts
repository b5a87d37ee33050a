import { getJson } from '../api.js';
import { COLOURS, dayChart } from '../charts.js';
import { clear, h } from '../dom.js';
import { chartCount, count, figure, section, sourceLink, type ShownCount } from '../format.js';
import type { Page, PageContext } from '../page.js';
import { searchDays } from '../search-days.js';
import { queryOfHash, searchHash } from '../search-link.js';

interface Hit {
  kind: string;
  platform: string;
  day: string;
  /** Null for a news article: its sentiment would stand beside its outlet. */
  sentiment: string | null;
  outlet: string | null;
  url: string | null;
  amplification: boolean;
  /** About the project's place, only about other places, or about none. */
  scope: 'home' | 'elsewhere' | 'none';
  snippet: { text: string; highlights: { start: number; end: number }[] };
}
interface SearchAnswer {
  total: number | null;
  byDay: { day: string; posts: ShownCount }[];
  /** Seven-day weeks ending on the last day with a match; null while a day's count is shown. */
  byWeek: { week: string; posts: ShownCount }[] | null;
  /** Null for a query that names an outlet: outlets get their volume only. */
  bySentiment: Record<string, ShownCount> | null;
  hits: Hit[];
  page: number;
  pageSize: number;
  /** Words of the query that name a district, with the filter that finds its posts. */
  districtHints: { word: string; filter: string }[];
}

export const searchPage: Page = {
  id: 'search',
  title: (strings) => strings.search,
  role: 'viewer',
  usesPeriod: false,
  async render(root, context) {
    const { strings } = context;
    const input = h('input', { type: 'search', name: 'q', required: true, placeholder: strings.query, 'aria-label': strings.query }) as HTMLInputElement;
    const results = h('div', { class: 'search-results' });
    // The query goes into the address, so that a search can be bookmarked, sent and reloaded;
    // the router then renders this page again with it, unless the address is already that.
    const form = h('form', { class: 'search-form', onsubmit: (event: Event) => {
      event.preventDefault();
      const hash = searchHash(input.value);
      if (location.hash === hash) void show(results, input.value, 1, context);
      else location.hash = hash;
    } }, input, h('button', { type: 'submit' }, strings.search));
    root.append(form, results);

    const linked = queryOfHash(location.hash);
    if (linked !== null) {
      input.value = linked;
      await show(results, linked, 1, context);
    }
  },
};

async function show(results: HTMLElement, query: string, page: number, context: PageContext): Promise<void> {
  const { strings, labels } = context;
  clear(results);
  results.append(h('p', {}, strings.loading));
  let answer: SearchAnswer;
  try {
    answer = await getJson<SearchAnswer>('/api/search', { q: query, page: String(page), lang: context.language });
  } catch (error) {
    clear(results);
    // The server's message shows the query with a caret under the problem: keep its lines.
    results.append(h('pre', { class: 'error', 'data-query-error': '' }, (error as Error).message));
    return;
  }
  clear(results);

  results.append(h('div', { class: 'figures' }, figure(strings.found, count(answer.total, context), 'found'),
    ...Object.entries(answer.bySentiment ?? {}).map(([label, posts]) =>
      figure(labels.sentiments[label] ?? label, count(posts, context), `found-${label}`))));
  for (const hint of answer.districtHints) {
    results.append(h('p', { class: 'note', 'data-district-hint': hint.filter }, strings.districtHint(hint.word), ' ',
      h('a', { href: searchHash(hint.filter) }, hint.filter)));
  }
  if (answer.total === 0) {
    results.append(h('p', {}, strings.noResults));
    return;
  }
  const byDay = searchDays(answer.byDay);
  // The server gives weeks only while no day is shown; a city's query often reaches the
  // minimum in a week and never in a day, and then its trend is drawn by week.
  const byWeek = answer.byWeek?.some((week) => typeof week.posts === 'number' && week.posts > 0) ? answer.byWeek : null;
  if (byWeek) {
    results.append(h('p', { class: 'note', 'data-per-day-hidden': 'by-week' }, strings.perDayHiddenByWeek(context.meta.minGroupSize)));
    dayChart(results, strings.perWeek, byWeek.map((week) => week.week), [
      { label: strings.found, values: byWeek.map((week) => chartCount(week.posts)), colour: COLOURS.main },
    ], strings.weekOf, context.language);
  } else if (byDay.allHidden) {
    results.append(h('p', { class: 'note', 'data-per-day-hidden': '' }, strings.perDayHidden(context.meta.minGroupSize)));
  } else if (byDay.days.length > 1) {
    dayChart(results, strings.perDay, byDay.days, [
      { label: strings.found, values: byDay.posts.map(chartCount), colour: COLOURS.main },
    ], strings.day, context.language);
  }

  const list = section(strings.results);
  list.setAttribute('data-results', '');
  for (const hit of answer.hits) {
    const source = hit.kind === 'article' && hit.outlet ? hit.outlet : labels.platforms[hit.platform] ?? hit.platform;
    const sentiment = hit.sentiment === null ? [] : [labels.sentiments[hit.sentiment] ?? hit.sentiment];
    // Search counts reposts with the posts; the tables that link here count originals only.
    const repost = hit.amplification ? [strings.repost] : [];
    const about = hit.scope === 'home' ? [strings.aboutCity] : hit.scope === 'elsewhere' ? [strings.aboutElsewhere] : [];
    list.append(h('article', { class: 'hit', 'data-scope': hit.scope },
      h('p', { class: 'hit-text' }, ...highlighted(hit.snippet)),
      h('footer', {}, [source, hit.day, ...sentiment, ...repost, ...about].join(' · '),
        hit.url ? h('span', {}, ' · ', sourceLink(hit.url)) : null)));
  }
  if (answer.hits.length === answer.pageSize) {
    list.append(h('button', { type: 'button', onclick: () => void show(results, query, page + 1, context) }, strings.more));
  }
  results.append(list);
}

/** The snippet as text nodes with <mark> around the matches: the text itself never becomes markup. */
function highlighted(snippet: Hit['snippet']): Node[] {
  const nodes: Node[] = [];
  let position = 0;
  for (const mark of snippet.highlights) {
    nodes.push(document.createTextNode(snippet.text.slice(position, mark.start)));
    nodes.push(h('mark', {}, snippet.text.slice(mark.start, mark.end)));
    position = mark.end;
  }
  nodes.push(document.createTextNode(snippet.text.slice(position)));
  return nodes;
}
