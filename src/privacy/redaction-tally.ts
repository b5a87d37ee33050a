import { PLACEHOLDERS, type RedactionKind } from './redact/redaction-kind.js';

const KINDS = Object.keys(PLACEHOLDERS) as RedactionKind[];

/** What redaction removed from a run's posts: from how many, and how much of each kind. */
export class RedactionTally {
  #posts = 0;
  readonly #removed = new Map<RedactionKind, number>();

  /** Counts one post's removals; returns whether anything was removed from it. */
  add(counts: Readonly<Record<string, number>>): boolean {
    const removed = (Object.entries(counts) as [RedactionKind, number][]).filter(([, count]) => count > 0);
    if (removed.length === 0) return false;
    this.#posts++;
    for (const [kind, count] of removed) this.#removed.set(kind, (this.#removed.get(kind) ?? 0) + count);
    return true;
  }

  /** How many posts had something removed. */
  get posts(): number {
    return this.#posts;
  }

  /** Removals by kind, in the order of the placeholders. */
  get removed(): Record<string, number> {
    return Object.fromEntries(KINDS.filter((kind) => this.#removed.has(kind)).map((kind) => [kind, this.#removed.get(kind)!]));
  }

  /** Removals by kind as a line reads them: "phone 2, name 1". */
  describe(): string {
    return describeRemovals(this.removed);
  }
}

/** Counts by kind as a line reads them: "phone 2, name 1". */
export function describeRemovals(removed: Readonly<Record<string, number>>): string {
  return Object.entries(removed).map(([kind, count]) => `${kind} ${count}`).join(', ');
}
