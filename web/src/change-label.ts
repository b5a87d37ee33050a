import { LOCALES, STRINGS, type Language } from './i18n.js';

/** A period's change as the API gives it for an issue or an agency. */
export interface PeriodChange {
  /** The previous period's count; null when it is hidden under the minimum group size. */
  readonly previous?: number | null;
  readonly relativeChange: number | null;
  readonly significant: boolean;
  readonly shareDirection: 'rose' | 'fell' | 'unchanged';
}

/**
 * "−39 % (significant: share rose)". The test is on the share of all posts, so a significant
 * change names the share's direction, which can differ from the count's. Free of the DOM, so
 * that tests can run it in Node.
 */
export function changeLabel(row: PeriodChange, language: Language): string {
  const strings = STRINGS[language];
  const change = changeText(row, language);
  if (change === null) return '—';

  const verdict = row.shareDirection === 'rose' ? strings.shareRose
    : row.shareDirection === 'fell' ? strings.shareFell : strings.significant;
  return `${change}${row.significant ? ` (${verdict})` : ''}`;
}

/**
 * "+18 %", or "new" after a period without any: such a row has no percentage, but its test
 * still runs, and the digest calls an outage new this week significant where the page said "—".
 * Null when the previous count is hidden, as the test is then.
 */
function changeText(row: PeriodChange, language: Language): string | null {
  if (row.relativeChange === null) return row.previous === 0 ? STRINGS[language].newInPeriod : null;
  // Signed by hand with a true minus, as the digest writes it (src/report/number-format.ts):
  // Intl writes a hyphen-minus, so the page and the digest e-mail differed for the same figure.
  const percent = new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 });
  const text = percent.format(Math.abs(row.relativeChange));
  if (text === percent.format(0)) return text;
  return `${row.relativeChange > 0 ? '+' : '\u2212'}${text}`;
}
