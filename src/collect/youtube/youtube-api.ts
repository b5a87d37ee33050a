import { DateTime } from 'luxon';

import { FetchError } from '../fetcher/fetch-error.js';
import type { Fetcher } from '../fetcher/fetcher.js';
import { jsonAnswer, listedItems } from '../fetcher/json-answer.js';
import { isJsonObject, type JsonObject } from '../json-value.js';

/** Quota units of each YouTube Data API v3 method tyndau calls, as the API's quota table sets them. */
export const QUOTA_COSTS = Object.freeze({
  channels: 1,
  playlistItems: 1,
  search: 100,
  commentThreads: 1,
  comments: 1,
});

export type YoutubeMethod = keyof typeof QUOTA_COSTS;

/** Units spent on one quota day; the day turns at midnight Pacific time, as the API's does. */
export interface QuotaUse {
  readonly day: string;
  readonly used: number;
}

/** The daily budget is spent: the source stops and the next day's run goes on. */
export class QuotaBudgetReached extends Error {}

/** The API refused for a reason that another try will not mend (bad key, comments off). */
export class YoutubeApiError extends Error {
  constructor(message: string, readonly reason: string) {
    super(message);
  }
}

const QUOTA_ZONE = 'America/Los_Angeles';
const QUOTA_REASONS = new Set(['quotaExceeded', 'dailyLimitExceeded', 'rateLimitExceeded']);
const KEY_REASONS = new Set(['API_KEY_INVALID', 'keyInvalid', 'keyExpired', 'API_KEY_SERVICE_BLOCKED', 'accessNotConfigured']);
/** Google's messages run long and sometimes quote the request; the start says enough. */
const MESSAGE_CHARACTERS = 160;

/**
 * A YouTube Data API v3 client that counts quota units before each call and refuses a call the
 * day's budget cannot pay for. The key travels in the `X-Goog-Api-Key` header, never in a URL that
 * could reach a log.
 */
export class YoutubeApi {
  readonly #fetcher: Fetcher;
  readonly #baseUrl: string;
  readonly #apiKey: string;
  readonly #dailyBudget: number;
  #quota: QuotaUse;

  constructor(fetcher: Fetcher, settings: { baseUrl: string; apiKey: string; dailyBudget: number }, quota: QuotaUse | undefined, now: Date) {
    this.#fetcher = fetcher;
    this.#baseUrl = settings.baseUrl.replace(/\/+$/, '');
    this.#apiKey = settings.apiKey;
    this.#dailyBudget = settings.dailyBudget;
    const today = quotaDay(now);
    this.#quota = quota?.day === today ? quota : { day: today, used: 0 };
  }

  get quota(): QuotaUse {
    return this.#quota;
  }

  async call(method: YoutubeMethod, parameters: Readonly<Record<string, string>>): Promise<JsonObject> {
    const cost = QUOTA_COSTS[method];
    if (this.#quota.used + cost > this.#dailyBudget) {
      throw new QuotaBudgetReached(
        `youtube: ${method} needs ${cost} units and ${this.#dailyBudget - this.#quota.used} of the ` +
          `daily budget of ${this.#dailyBudget} are left; collection goes on after midnight Pacific time`,
      );
    }
    this.#quota = { day: this.#quota.day, used: this.#quota.used + cost };

    const url = `${this.#baseUrl}/${method}?${new URLSearchParams(parameters).toString()}`;
    try {
      const document = await this.#fetcher.fetchText({
        url,
        robots: false,
        accept: 'application/json',
        headers: { 'x-goog-api-key': this.#apiKey },
      });
      const page = jsonAnswer(document.text.text, document.contentType, `youtube ${method}`);
      // channels.list leaves `items` out when no channel has the id: an empty page, not a change.
      const empty = isJsonObject(page.pageInfo) && page.pageInfo.totalResults === 0 && page.items === undefined;
      // Items stay as listed: the comment importers skip and count one that is no object.
      return empty ? { ...page, items: [] } : { ...page, items: listedItems(page, `youtube ${method}`) };
    } catch (error) {
      throw this.#explain(method, error);
    }
  }

  #explain(method: string, error: unknown): Error {
    if (!(error instanceof FetchError) || error.body === undefined) return error as Error;
    const { reason, message } = errorOf(error.body);
    if (reason && QUOTA_REASONS.has(reason)) {
      this.#quota = { day: this.#quota.day, used: this.#dailyBudget };
      return new QuotaBudgetReached(`youtube ${method}: the API says ${reason}; collection goes on tomorrow`);
    }
    if (reason) {
      const said = message ? ` (${message})` : '';
      const hint = KEY_REASONS.has(reason) ? '; set a valid key in the environment variable the project names' : '';
      return new YoutubeApiError(`youtube ${method}: HTTP ${error.status} ${reason}${said}${hint}`, reason);
    }
    return error;
  }
}

export function quotaDay(now: Date): string {
  return DateTime.fromJSDate(now, { zone: QUOTA_ZONE }).toISODate() ?? '';
}

/**
 * The reason and message of a Google API error body. A key problem is named in
 * `error.details[].reason` (`API_KEY_INVALID`) while `errors[0].reason` says only `badRequest`;
 * the message may carry HTML, which is dropped.
 */
function errorOf(body: string): { reason?: string; message?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return {};
  }
  const inner = isJsonObject(parsed) && isJsonObject(parsed.error) ? parsed.error : undefined;
  const detail = firstReason(inner?.details);
  const reason = detail ?? firstReason(inner?.errors);
  const message = typeof inner?.message === 'string'
    ? inner.message.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim().slice(0, MESSAGE_CHARACTERS)
    : undefined;
  return { reason, message: message || undefined };
}

function firstReason(list: unknown): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const found: unknown = list.find((entry) => isJsonObject(entry) && typeof entry.reason === 'string');
  return isJsonObject(found) ? (found.reason as string) : undefined;
}
