/**
 * A search the store stopped at its time limit (`QueryLimits.timeMs`), so that the dashboard can
 * say so in its own language; the message stays the English one scripts and logs read.
 */
export class SearchTimeLimitError extends Error {
  readonly limitMs: number;

  constructor(limitMs: number) {
    super(`search: stopped after ${limitMs} ms, the time limit; narrow the query with more words or a date: range`);
    this.name = 'SearchTimeLimitError';
    this.limitMs = limitMs;
  }
}
