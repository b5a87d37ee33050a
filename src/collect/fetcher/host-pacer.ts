import type { FetcherClock } from './fetcher-settings.js';

/**
 * Spaces requests to one host: each waits until the host's interval has passed since the last
 * request began. Requests to different hosts never wait for each other.
 */
export class HostPacer {
  readonly #clock: FetcherClock;
  readonly #nextStart = new Map<string, number>();

  constructor(clock: FetcherClock) {
    this.#clock = clock;
  }

  /** Resolves when a request to `host` may start, and books the slot after it. */
  async take(host: string, intervalMs: number): Promise<void> {
    const now = this.#clock.now();
    const start = Math.max(now, this.#nextStart.get(host) ?? 0);
    this.#nextStart.set(host, start + intervalMs);
    if (start > now) await this.#clock.sleep(start - now);
  }
}
