import type { ShownCount } from '../insight/small-groups.js';
import type { ShareEstimate } from '../insight/wilson-interval.js';

/** Number formatting in the digest's language, built once per digest. */
export class NumberFormat {
  readonly #integer: Intl.NumberFormat;
  readonly #percent: Intl.NumberFormat;
  readonly #decimal: Intl.NumberFormat;
  readonly #minGroupSize: number;

  constructor(locale: string, minGroupSize: number) {
    this.#integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    this.#percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    this.#decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 3 });
    this.#minGroupSize = minGroupSize;
  }

  count(value: number): string {
    return this.#integer.format(value);
  }

  /**
   * A count that may be hidden by the minimum group size: shown as "<10", or as "x" when it is
   * hidden only so that a small count beside it cannot be worked out from their total.
   */
  groupSize(value: ShownCount): string {
    if (value === null) return `<${this.#minGroupSize}`;
    return typeof value === 'number' ? this.#integer.format(value) : value;
  }

  percent(share: number): string {
    return this.#percent.format(share);
  }

  interval(estimate: ShareEstimate): string {
    return `${this.#percent.format(estimate.low)}–${this.#percent.format(estimate.high)}`;
  }

  /** Signed whole number, e.g. "+12" or "−3"; no sign on what rounds to zero. */
  signed(value: number): string {
    return withSign(value, this.#integer.format(Math.abs(value)), this.#integer.format(0));
  }

  /** "+18 %" or "−39 %" with a true minus, as the dashboard writes it (web/src/change-label.ts). */
  signedPercent(share: number): string {
    return withSign(share, this.#percent.format(Math.abs(share)), this.#percent.format(0));
  }

  decimal(value: number): string {
    return this.#decimal.format(value);
  }
}

function withSign(value: number, text: string, zero: string): string {
  if (text === zero) return text;
  return value > 0 ? `+${text}` : `\u2212${text}`;
}
