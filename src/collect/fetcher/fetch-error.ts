/** Why a fetch failed; the scheduler and the health figures read the kind, people the message. */
export type FetchFailure =
  | 'refused-address'
  | 'robots'
  | 'timeout'
  | 'too-large'
  | 'http-status'
  | 'network'
  | 'redirects'
  | 'bad-url';

/** Failures worth another try: the server or the path to it may be well again in a moment. */
const TRANSIENT: ReadonlySet<FetchFailure> = new Set(['timeout', 'network', 'http-status']);

/** Statuses a server sends when it is overloaded or briefly down, not when the URL is wrong. */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);

export class FetchError extends Error {
  readonly failure: FetchFailure;
  readonly url: string;
  readonly status: number | undefined;
  /** Milliseconds the server asked to wait (Retry-After), when it did. */
  readonly retryAfterMs: number | undefined;

  constructor(
    failure: FetchFailure,
    url: string,
    what: string,
    details: { status?: number; retryAfterMs?: number } = {},
  ) {
    super(`fetch ${url}: ${what}`);
    this.name = 'FetchError';
    this.failure = failure;
    this.url = url;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
  }

  get transient(): boolean {
    if (!TRANSIENT.has(this.failure)) return false;
    return this.failure !== 'http-status' || TRANSIENT_STATUSES.has(this.status ?? 0);
  }
}
