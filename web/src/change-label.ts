import { LOCALES, STRINGS, type Language } from './i18n.js';

/** A period's change as the API gives it for an issue or an agency. */
export interface PeriodChange {
  readonly relativeChange: number | null;
  readonly significant: boolean;
  readonly shareDirection: 'rose' | 'fell' | 'unchanged';
}

/**
 * "-39 % (significant: share rose)". The test is on the share of all posts, so a significant
 * change names the share's direction, which can differ from the count's. Free of the DOM, so
 * that tests can run it in Node.
 */
export function changeLabel(row: PeriodChange, language: Language): string {
  if (row.relativeChange === null) return '—';
  const strings = STRINGS[language];
  const sign = row.relativeChange > 0 ? '+' : '';
  const percent = new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 });
  const verdict = row.shareDirection === 'rose' ? strings.shareRose
    : row.shareDirection === 'fell' ? strings.shareFell : strings.significant;
  return `${sign}${percent.format(row.relativeChange)}${row.significant ? ` (${verdict})` : ''}`;
}
