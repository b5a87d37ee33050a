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

/** Query parameters that carry credentials; their values never reach a message or a log. */
const SECRET_PARAMETERS = /([?&](?:access_token|key|api_key|apikey|token|sig)=)[^&#\s]*/gi;

/** A URL or message with credential values in query strings replaced by `***`. */
export function withoutSecrets(text: string): string {
  return text.replace(SECRET_PARAMETERS, '$1***');
}

export class FetchError extends Error {
  readonly failure: FetchFailure;
  readonly url: string;
  readonly status: number | undefined;
  /** Milliseconds the server asked to wait (Retry-After), when it did. */
  readonly retryAfterMs: number | undefined;
  /** The start of an error response's body: platform APIs explain themselves there. */
  readonly body: string | undefined;

  constructor(
    failure: FetchFailure,
    url: string,
    what: string,
    details: { status?: number; retryAfterMs?: number; body?: string } = {},
  ) {
    super(withoutSecrets(`fetch ${url}: ${what}`));
    this.name = 'FetchError';
    this.failure = failure;
    this.url = withoutSecrets(url);
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.body = details.body;
  }

  get transient(): boolean {
    if (!TRANSIENT.has(this.failure)) return false;
    return this.failure !== 'http-status' || TRANSIENT_STATUSES.has(this.status ?? 0);
  }
}
