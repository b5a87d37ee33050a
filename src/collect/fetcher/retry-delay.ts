import type { FetcherSettings } from './fetcher-settings.js';

/**
 * Milliseconds a Retry-After header asks for: delay-seconds or an HTTP date. Undefined when the
 * header is absent or unreadable (some servers send garbage such as "soon").
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;

  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * The wait before try `attempt` (1 for the first retry): exponential backoff with full jitter, so
 * that many collectors failing together do not come back together; a server's Retry-After is
 * honoured as the least wait.
 */
export function retryDelay(
  attempt: number,
  settings: Pick<FetcherSettings, 'backoffBaseMs' | 'backoffMaxMs'>,
  random: number,
  retryAfterMs: number | undefined,
): number {
  const ceiling = Math.min(settings.backoffMaxMs, settings.backoffBaseMs * 2 ** (attempt - 1));
  const jittered = Math.round(ceiling * random);
  return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered);
}
