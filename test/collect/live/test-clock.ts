import type { FetcherClock, FetcherSettings } from '../../../src/collect/fetcher/index.js';

/**
 * A clock whose sleeps are recorded and shortened to at most `capMs`, so that a test can check
 * that a 2-second Retry-After was honoured without waiting two seconds.
 */
export function recordingClock(capMs = 5): FetcherClock & { readonly sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => Date.now(),
    random: () => 0.5,
    sleep: (ms: number) => {
      sleeps.push(ms);
      return new Promise((resolve) => setTimeout(resolve, Math.min(ms, capMs)));
    },
  };
}

/** Settings for tests on 127.0.0.1: short limits, no pace, private addresses allowed. */
export const LOCAL_SETTINGS: Partial<FetcherSettings> = Object.freeze({
  allowPrivateAddresses: true,
  hostIntervalMs: 0,
  connectTimeoutMs: 2_000,
  readTimeoutMs: 400,
  totalTimeoutMs: 3_000,
  backoffBaseMs: 100,
  retries: 2,
  maxBytes: 1024 * 1024,
});
