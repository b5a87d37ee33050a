/**
 * Failed logins per name: five within 15 minutes lock the name for the rest of the window.
 * The names are whatever callers send before logging in, so the table has a bound: past it,
 * names whose window has passed are forgotten, then the oldest tenth. Without one, every failed
 * login under a fresh name stayed in memory for the server's life.
 */
const LOCK_AFTER = 5;
const WINDOW_MS = 15 * 60_000;
const MAX_NAMES = 10_000;

interface Failures {
  readonly count: number;
  readonly since: number;
}

export class LoginFailures {
  readonly #byName = new Map<string, Failures>();

  get size(): number {
    return this.#byName.size;
  }

  isLocked(name: string, now: number): boolean {
    const failed = this.#byName.get(name);
    return failed !== undefined && now - failed.since < WINDOW_MS && failed.count >= LOCK_AFTER;
  }

  record(name: string, now: number): void {
    const failed = this.#byName.get(name);
    const fresh = !failed || now - failed.since >= WINDOW_MS;
    this.#byName.delete(name);
    if (this.#byName.size >= MAX_NAMES) this.#makeRoom(now);
    this.#byName.set(name, { count: fresh ? 1 : failed.count + 1, since: fresh ? now : failed.since });
  }

  clear(name: string): void {
    this.#byName.delete(name);
  }

  #makeRoom(now: number): void {
    for (const [name, failed] of this.#byName) {
      if (now - failed.since >= WINDOW_MS) this.#byName.delete(name);
    }
    // Names are kept in the order of their last failure: the oldest go first, a tenth at once
    // so that a flood does not walk the table on every failure.
    for (const name of this.#byName.keys()) {
      if (this.#byName.size < MAX_NAMES * 0.9) break;
      this.#byName.delete(name);
    }
  }
}
