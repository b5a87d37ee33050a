import { h } from './dom.js';
import { LOCALES } from './i18n.js';
import type { PageContext } from './page.js';
import { rowQuery, searchHash, type SearchField } from './search-link.js';

/**
 * A count as the server gives it: a number; null, fewer than the minimum group size; or "x", at
 * least the minimum but hidden so that a small count beside it cannot be worked out from a total.
 */
export type ShownCount = number | null | 'x';

/** A count, or why the server hid it. */
export function count(value: ShownCount, context: PageContext): string {
  if (value === null) return context.strings.hidden(context.meta.minGroupSize);
  if (value === 'x') return context.strings.hiddenBesideSmall;
  return new Intl.NumberFormat(LOCALES[context.language]).format(value);
}

/** A count for a chart: a hidden one leaves a gap. */
export function chartCount(value: ShownCount): number | null {
  return typeof value === 'number' ? value : null;
}

export function percent(share: number, context: PageContext, digits = 1): string {
  return new Intl.NumberFormat(LOCALES[context.language], {
    style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(share);
}

export interface ShareEstimate {
  readonly share: number;
  readonly low: number;
  readonly high: number;
}

export function interval(estimate: ShareEstimate, context: PageContext): string {
  return `${percent(estimate.share, context)} (${percent(estimate.low, context)}–${percent(estimate.high, context)})`;
}

export function table(columns: readonly string[], rows: readonly (readonly (string | Node)[])[]): HTMLElement {
  return h('table', {},
    h('thead', {}, h('tr', {}, ...columns.map((column) => h('th', {}, column)))),
    h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((cell) => h('td', {}, cell))))));
}

export function figure(label: string, value: string, name: string): HTMLElement {
  return h('div', { class: 'figure', 'data-figure': name }, h('div', { class: 'figure-value' }, value), h('div', { class: 'figure-label' }, label));
}

export function section(title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', {}, h('h2', {}, title), ...children);
}

/**
 * A breakdown's table with the note on its hidden groups. When every group is under the minimum
 * group size the table would be a bare header row, which read as "nothing here" while the digest
 * said why: then only the note is shown, or "no data" when there were no groups at all.
 */
export function breakdown(
  columns: readonly string[], rows: readonly (readonly (string | Node)[])[], hiddenGroups: number, context: PageContext,
): HTMLElement[] {
  const note = hiddenNote(hiddenGroups, context);
  if (rows.length === 0) return [note ?? h('p', { class: 'note' }, context.strings.nothing)];
  return note ? [table(columns, rows), note] : [table(columns, rows)];
}

export function hiddenNote(hiddenGroups: number, context: PageContext): HTMLElement | null {
  return hiddenGroups > 0 ? h('p', { class: 'note' }, context.strings.hiddenGroups(hiddenGroups, context.meta.minGroupSize)) : null;
}

/** What the API says beside a period wholly outside the stored days (`periodNote`). */
export interface PeriodNote {
  readonly code: 'outside-stored-days';
  readonly storedDays: { readonly from: string; readonly to: string };
  readonly said: Readonly<Record<string, string>>;
}

/**
 * The note above a page's figures for a period before the first or after the last stored day:
 * its zeros mean nothing was collected, which reads the same as a week nobody wrote in.
 */
export function periodNote(note: PeriodNote | null | undefined, context: PageContext): HTMLElement | null {
  if (!note) return null;
  return h('p', { class: 'note period-note', 'data-note': note.code }, note.said[context.language] ?? note.said.en ?? '');
}

/** One redacted excerpt: text as text; the source is the platform and day, or the outlet for news. */
export function excerpt(
  entry: { text: string; platform: string; day: string; kind: string; outlet: string | null; url: string | null; title?: string | null },
  context: PageContext,
): HTMLElement {
  const source = entry.kind === 'article' && entry.outlet ? entry.outlet : context.labels.platforms[entry.platform] ?? entry.platform;
  return h('blockquote', { class: 'excerpt' },
    entry.title ? h('p', { class: 'excerpt-title' }, entry.title) : null,
    h('p', { class: 'excerpt-text' }, entry.text),
    h('footer', {}, `${source} · ${entry.day}`,
      entry.url ? h('span', {}, ' · ', sourceLink(entry.url)) : null));
}

/**
 * An article's address as a link when it is an http(s) one, else as text: import keeps no other
 * scheme, but a store written before it did may hold a `javascript:` or `data:` address.
 */
export function sourceLink(url: string): HTMLElement {
  return /^https?:\/\//i.test(url)
    ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, url)
    : h('span', { class: 'unlinked-url' }, url);
}

/** A row's name as a link to the search that lists the posts its count is made of. */
export function searchLink(
  name: string,
  field: SearchField,
  id: string,
  period: { from: string; to: string },
  setsAside: boolean,
): HTMLElement {
  return h('a', { href: searchHash(rowQuery(field, id, period, setsAside)), 'data-search-link': field }, name);
}
