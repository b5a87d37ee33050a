/**
 * The lines `tyndau alerts` frames a replay with, in the language its alerts are written in: a
 * Russian analyst's replay printed Russian alerts between English lines ("2 keys rose past the
 * screening…", "total: 1 fired…").
 */
import type { ReportLanguage } from '../project/project.js';
import { DIGEST_LABELS } from '../report/digest-labels.js';

/** A word in each plural form its language gives a count (Intl.PluralRules: one, few, many, other). */
type CountWord = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** What a replay adds up to, as the replay counts it. */
export interface ReplayTotals {
  readonly fired: number;
  readonly rateLimited: number;
  readonly unconfirmed: number;
  readonly gapDays: number;
  readonly days: number;
}

interface ReplayWords {
  readonly heading: (from: string, to: string) => string;
  readonly gap: string;
  readonly key: CountWord;
  readonly unconfirmed: (keys: string, min: string, p: string) => string;
  readonly day: CountWord;
  readonly total: (totals: ReplayTotals, gapDays: string, days: string) => string;
}

const WORDS: Readonly<Record<ReportLanguage, ReplayWords>> = {
  ru: {
    heading: (from, to) => `оповещения за ${from} … ${to}, как их дало бы ежедневное расписание:`,
    gap: 'не проверялось: в сборе данных был пробел',
    key: { one: 'ключ', few: 'ключа', other: 'ключей' },
    // The count after the verb: "1 ключ прошли" would break agreement.
    unconfirmed: (keys, min, p) => `прошли отбор, но не подтвердились, когда почти одинаковые тексты посчитаны один ` +
      `раз: ${keys} (проблема × район или объект; всплеску нужно ${min} разных текстов и p < ${p}, кампании — ${min} копий)`,
    day: { one: 'день', few: 'дня', other: 'дней' },
    total: (totals, gapDays, days) => `итого: сработало ${totals.fired}, задержано паузой или дневным пределом ` +
      `${totals.rateLimited}, выросло, но не подтвердилось ${totals.unconfirmed}; ${gapDays} с пробелом в сборе из ${days}`,
  },
  kk: {
    heading: (from, to) => `${from} … ${to} аралығындағы хабарламалар, күнделікті кесте жібергендей:`,
    gap: 'тексерілмеді: деректер жинауда үзіліс болды',
    // A Kazakh noun after a number stays singular.
    key: { other: 'кілт' },
    unconfirmed: (keys, min, p) => `${keys} (мәселе × аудан не нысан) іріктеуден өтті, бірақ бірдей дерлік мәтіндер ` +
      `бір рет саналғанда расталмады (күрт өсуге ${min} әртүрлі мәтін және p < ${p}, науқанға ${min} көшірме керек)`,
    day: { other: 'күн' },
    total: (totals, gapDays, days) => `барлығы: іске қосылды ${totals.fired}, үзіліс не күндік шек тоқтатты ` +
      `${totals.rateLimited}, өсті, бірақ расталмады ${totals.unconfirmed}; жинауда үзіліс болған ${gapDays}, барлығы ${days}`,
  },
  en: {
    heading: (from, to) => `alerts replayed ${from} … ${to}, as the daily schedule would have fired them:`,
    gap: 'nothing judged: collection had a gap',
    key: { one: 'key', other: 'keys' },
    unconfirmed: (keys, min, p) => `${keys} rose past the screening, not confirmed once near-identical texts counted ` +
      `once (a spike needs ${min} distinct texts and p < ${p}; a campaign ${min} copies)`,
    day: { one: 'day', other: 'days' },
    total: (totals, gapDays, days) => `total: ${totals.fired} fired, ${totals.rateLimited} held back by the cooldown ` +
      `or the daily limit, ${totals.unconfirmed} rose but not confirmed, ${gapDays} with a collection gap, of ${days}`,
  },
};

/** The replay's frame lines in one language, numbers written as the digest writes them. */
export class AlertReplayLines {
  readonly #words: ReplayWords;
  readonly #plural: Intl.PluralRules;
  readonly #decimal: Intl.NumberFormat;

  constructor(language: ReportLanguage) {
    const { locale } = DIGEST_LABELS[language];
    this.#words = WORDS[language];
    this.#plural = new Intl.PluralRules(locale);
    this.#decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  }

  heading(from: string, to: string): string {
    return this.#words.heading(from, to);
  }

  gap(day: string): string {
    return `${day}  ${this.#words.gap}`;
  }

  unconfirmed(day: string, keys: number, minGroupSize: number): string {
    return `${day}  ${this.#words.unconfirmed(this.#counted(keys, this.#words.key), String(minGroupSize), this.#decimal.format(0.001))}`;
  }

  total(totals: ReplayTotals): string {
    return this.#words.total(totals, this.#counted(totals.gapDays, this.#words.day), this.#counted(totals.days, this.#words.day));
  }

  #counted(count: number, word: CountWord): string {
    return `${count} ${word[this.#plural.select(count)] ?? word.other}`;
  }
}
