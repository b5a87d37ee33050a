/**
 * How politely and how defensively the fetcher works. The defaults suit a collector that polls a
 * few dozen sources an hour; a project file may change the ones it exposes.
 */
export interface FetcherSettings {
  readonly userAgent: string;
  /** From the request's start until the connection (and TLS) is up. */
  readonly connectTimeoutMs: number;
  /** Longest silence between two chunks of a response. */
  readonly readTimeoutMs: number;
  /** Longest a whole request may take, redirects included: catches a slow trickle. */
  readonly totalTimeoutMs: number;
  /** Largest body accepted, after decompression. */
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** Further tries after the first for 429, 5xx, time-outs and dropped connections. */
  readonly retries: number;
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  /** A Retry-After longer than this fails the fetch instead of stalling the collector. */
  readonly maxRetryAfterMs: number;
  /** Least time between two requests to one host; robots.txt's Crawl-delay may raise it. */
  readonly hostIntervalMs: number;
  /** Allows loopback and private addresses (an intranet collector, or tests on 127.0.0.1). */
  readonly allowPrivateAddresses: boolean;
  /** How long a host's robots.txt is trusted before it is read again. */
  readonly robotsTtlMs: number;
}

export const DEFAULT_FETCHER_SETTINGS: FetcherSettings = Object.freeze({
  userAgent: 'tyndau/0.1 (public-opinion monitoring; +https://github.com/tyndau/tyndau)',
  connectTimeoutMs: 10_000,
  readTimeoutMs: 20_000,
  totalTimeoutMs: 60_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  retries: 3,
  backoffBaseMs: 1_000,
  backoffMaxMs: 60_000,
  maxRetryAfterMs: 5 * 60_000,
  hostIntervalMs: 1_000,
  allowPrivateAddresses: false,
  robotsTtlMs: 6 * 3_600_000,
});

/** Time and chance, replaceable so that tests do not sleep or depend on luck. */
export interface FetcherClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1), for backoff jitter. */
  random(): number;
}

export const SYSTEM_CLOCK: FetcherClock = Object.freeze({
  now: () => Date.now(),
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
});
