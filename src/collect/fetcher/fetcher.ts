import type { IncomingHttpHeaders } from 'node:http';

import { decodeBytes, type DecodedText } from '../encoding/decode-bytes.js';
import { strictUtf8 } from '../encoding/detect-cyrillic-charset.js';
import { FetchError } from './fetch-error.js';
import {
  DEFAULT_FETCHER_SETTINGS,
  SYSTEM_CLOCK,
  type FetcherClock,
  type FetcherSettings,
} from './fetcher-settings.js';
import { HostPacer } from './host-pacer.js';
import { exchange, type ExchangeResponse } from './http-exchange.js';
import { parseRetryAfter, retryDelay } from './retry-delay.js';
import { ALLOW_ALL, disallowAll, parseRobots, type RobotsRules } from './robots-rules.js';

export interface FetchRequest {
  readonly url: string;
  /** Validators of the last response, for a conditional GET. */
  readonly etag?: string;
  readonly lastModified?: string;
  readonly accept?: string;
  /** False for platform APIs, which their terms govern rather than robots.txt. Default true. */
  readonly robots?: boolean;
  /** Further request headers, such as an API key header. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface FetchedDocument {
  /** The URL the body came from, after redirects. */
  readonly url: string;
  readonly status: number;
  /** True for a 304 answer to a conditional GET: nothing changed, `body` is empty. */
  readonly notModified: boolean;
  readonly body: Buffer;
  readonly contentType: string | undefined;
  readonly etag: string | undefined;
  readonly lastModified: string | undefined;
  /** Tries it took, 1 when the first one worked. */
  readonly attempts: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** How much of an error response is kept for the caller to read the platform's reason. */
const ERROR_BODY_BYTES = 4096;
/** A robots.txt that cannot be read is asked for again after this long, not every request. */
const ROBOTS_RETRY_MS = 10 * 60_000;
/** A Crawl-delay above this is read as a typo (milliseconds written as seconds). */
const MAX_CRAWL_DELAY_MS = 60_000;

/**
 * The one way tyndau reads the web: every source goes through a Fetcher, which owns politeness
 * (robots.txt, a pace per host), conditional GET, retries with backoff and jitter that honour
 * Retry-After, time and size limits, decompression, and the refusal of addresses inside the
 * machine or its network, checked after DNS and again on every redirect.
 */
export class Fetcher {
  readonly settings: FetcherSettings;
  readonly #clock: FetcherClock;
  readonly #pacer: HostPacer;
  readonly #robots = new Map<string, { rules: RobotsRules; expires: number }>();

  constructor(settings: Partial<FetcherSettings> = {}, clock: FetcherClock = SYSTEM_CLOCK) {
    this.settings = Object.freeze({ ...DEFAULT_FETCHER_SETTINGS, ...settings });
    this.#clock = clock;
    this.#pacer = new HostPacer(clock);
  }

  /** Fetches one URL, retrying what may pass; throws a FetchError naming the URL otherwise. */
  async fetch(request: FetchRequest): Promise<FetchedDocument> {
    const url = parseUrl(request.url);
    const headers = requestHeaders(request);

    for (let attempt = 1; ; attempt++) {
      try {
        const { response, finalUrl } = await this.#fetchOnce(url, headers, request.robots !== false);
        return documentOf(response, finalUrl, attempt);
      } catch (error) {
        const failure = asFetchError(error, url.href);
        if (!failure.transient || attempt > this.settings.retries) throw exhausted(failure, attempt);
        await this.#waitBeforeRetry(failure, attempt);
      }
    }
  }

  /** As `fetch`, with the body decoded: BOM, then the HTTP charset, then the document's own. */
  async fetchText(request: FetchRequest): Promise<FetchedDocument & { readonly text: DecodedText }> {
    const document = await this.fetch(request);
    const text = decodeBytes(document.body, charsetOf(document.contentType));
    return { ...document, text };
  }

  async #waitBeforeRetry(failure: FetchError, attempt: number): Promise<void> {
    const asked = failure.retryAfterMs;
    if (asked !== undefined && asked > this.settings.maxRetryAfterMs) {
      throw new FetchError(
        failure.failure,
        failure.url,
        `${failure.message.replace(/^fetch \S+: /, '')}; the server asks to wait ` +
          `${Math.round(asked / 1000)} s, more than the ${this.settings.maxRetryAfterMs / 1000} s ` +
          'allowed; the next run will try again',
        { status: failure.status, retryAfterMs: asked },
      );
    }
    await this.#clock.sleep(retryDelay(attempt, this.settings, this.#clock.random(), asked));
  }

  async #fetchOnce(
    start: URL,
    headers: Readonly<Record<string, string>>,
    checkRobots: boolean,
  ): Promise<{ response: ExchangeResponse; finalUrl: URL }> {
    const deadline = this.#clock.now() + this.settings.totalTimeoutMs;
    let url = start;

    for (let hop = 0; ; hop++) {
      const interval = checkRobots ? await this.#allowedInterval(url) : this.settings.hostIntervalMs;
      await this.#pacer.take(url.host, interval);
      const response = await exchange(url, headers, this.settings, deadline - this.#clock.now());

      const location = response.headers.location;
      if (!REDIRECTS.has(response.status) || location === undefined) {
        return { response: checkStatus(response, url, this.#clock.now()), finalUrl: url };
      }
      if (hop >= this.settings.maxRedirects) {
        throw new FetchError('redirects', start.href, `more than ${this.settings.maxRedirects} redirects`);
      }
      // The next hop goes through `exchange` again: the address check runs on every redirect.
      url = redirectTarget(locationText(location), url, start);
    }
  }

  /** The pace for `url`'s host, after checking that its robots.txt allows the URL. */
  async #allowedInterval(url: URL): Promise<number> {
    const rules = await this.#robotsFor(url);
    if (rules.unavailable) throw new FetchError('robots', url.href, `${rules.unavailable}; not fetched`);
    if (!rules.isAllowed(url.href)) {
      throw new FetchError('robots', url.href, "the site's robots.txt disallows it for crawlers; not fetched");
    }
    const delay = Math.min(MAX_CRAWL_DELAY_MS, (rules.crawlDelaySeconds() ?? 0) * 1000);
    return Math.max(this.settings.hostIntervalMs, delay);
  }

  async #robotsFor(url: URL): Promise<RobotsRules> {
    const cached = this.#robots.get(url.origin);
    if (cached && cached.expires > this.#clock.now()) return cached.rules;

    const robotsUrl = new URL('/robots.txt', url.origin);
    let rules: RobotsRules;
    let ttl = this.settings.robotsTtlMs;
    try {
      const { response, finalUrl } = await this.#fetchOnce(robotsUrl, {}, false);
      rules = parseRobots(finalUrl.href, response.body.toString('utf8'));
    } catch (error) {
      const failure = asFetchError(error, robotsUrl.href);
      // A refused address or a broken URL is the answer for the page too, not a robots matter.
      if (failure.failure === 'refused-address' || failure.failure === 'bad-url') {
        throw new FetchError(failure.failure, url.href, failure.message.replace(/^fetch \S+: /, ''));
      }
      if (isAbsent(failure)) rules = ALLOW_ALL;
      else {
        rules = disallowAll(robotsUnavailable(failure));
        ttl = ROBOTS_RETRY_MS;
      }
    }
    this.#robots.set(url.origin, { rules, expires: this.#clock.now() + ttl });
    return rules;
  }
}

/**
 * Why a site's pages are not fetched when its robots.txt could not be had. A site that does not
 * answer at all (down, a wrong port, a name that does not resolve) is said as such, with the
 * system's reason: "robots.txt cannot be read (network)" sent its owner looking at a robots.txt.
 */
function robotsUnavailable(failure: FetchError): string {
  if (failure.status) return `robots.txt cannot be read (HTTP ${failure.status})`;
  if (failure.failure !== 'network' && failure.failure !== 'timeout') {
    return `robots.txt cannot be read (${failure.failure})`;
  }
  return `the site cannot be reached (${failure.message.replace(/^fetch \S+: /, '')})`;
}

/**
 * A robots.txt answered with a 4xx status does not exist, and everything may be fetched; 429
 * is the exception: the file may well exist, and a server that asks for a pause is not saying
 * that its rules are gone.
 */
function isAbsent(failure: FetchError): boolean {
  const status = failure.status ?? 0;
  return failure.failure === 'http-status' && status < 500 && status !== 429;
}

/**
 * A Location header as the site meant it. Node reads header bytes as Latin-1, and Bitrix and
 * older PHP sites send Cyrillic paths in raw UTF-8, which browsers follow: such a value is read
 * again as UTF-8 when its bytes are valid UTF-8, or "/новости" became "/Ð½Ð¾..." and a 404.
 */
function locationText(value: string): string {
  if (!/[\x80-\xff]/.test(value) || /[^\x00-\xff]/.test(value)) return value;
  return strictUtf8(Buffer.from(value, 'latin1')) ?? value;
}

/**
 * Where a redirect leads, named with the URL the fetch started from. A Location of another scheme
 * (file:///etc/passwd) was taken for the next hop and failed in the robots.txt lookup as
 * "Invalid URL", tried three times; one that does not parse ('http://[::1') named only itself.
 */
function redirectTarget(location: string, from: URL, start: URL): URL {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw new FetchError('bad-url', start.href, `redirected to ${JSON.stringify(location)}, which is not a URL`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new FetchError('bad-url', start.href, `redirected to ${target.href}, which is not http or https`);
  }
  return target;
}

function parseUrl(value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new FetchError('bad-url', value, 'not a valid URL');
  }
}

function requestHeaders(request: FetchRequest): Record<string, string> {
  const headers: Record<string, string> = { accept: request.accept ?? '*/*', ...request.headers };
  if (request.etag) headers['if-none-match'] = request.etag;
  if (request.lastModified) headers['if-modified-since'] = request.lastModified;
  return headers;
}

function checkStatus(response: ExchangeResponse, url: URL, now: number): ExchangeResponse {
  if ((response.status >= 200 && response.status < 300) || response.status === 304) return response;
  const retryAfterMs = parseRetryAfter(header(response.headers, 'retry-after'), now);
  const body = response.body.subarray(0, ERROR_BODY_BYTES).toString('utf8');
  const status = response.status;
  throw new FetchError('http-status', url.href, `HTTP ${status}`, { status, retryAfterMs, body });
}

function documentOf(response: ExchangeResponse, url: URL, attempts: number): FetchedDocument {
  return {
    url: url.href,
    status: response.status,
    notModified: response.status === 304,
    body: response.body,
    contentType: header(response.headers, 'content-type'),
    etag: header(response.headers, 'etag'),
    lastModified: header(response.headers, 'last-modified'),
    attempts,
  };
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The charset parameter of a Content-Type header. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match?.[1];
}

function asFetchError(error: unknown, url: string): FetchError {
  if (error instanceof FetchError) return error;
  return new FetchError('network', url, error instanceof Error ? error.message : String(error));
}

function exhausted(failure: FetchError, attempts: number): FetchError {
  if (attempts === 1 || !failure.transient) return failure;
  const what = `${failure.message.replace(/^fetch \S+: /, '')} (after ${attempts} tries)`;
  return new FetchError(failure.failure, failure.url, what, {
    status: failure.status,
    retryAfterMs: failure.retryAfterMs,
    body: failure.body,
  });
}
