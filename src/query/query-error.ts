import { printableInPlace } from '../text/printable.js';
import type { Span } from './ast.js';

/**
 * A query that cannot be read or run, with the place in it: `column` is 1-based, and `format()`
 * shows the query with a caret under the place, as a terminal prints it.
 */
export class QueryError extends Error {
  readonly query: string;
  readonly span: Span;

  constructor(query: string, span: Span, problem: string) {
    super(`query: column ${span.start + 1}: ${problem}`);
    this.name = 'QueryError';
    this.query = query;
    this.span = span;
  }

  /** 1-based column of the first character the problem is about. */
  get column(): number {
    return this.span.start + 1;
  }

  /** The message, the query on one line and a caret line under the place. */
  format(): string {
    const line = printableInPlace(this.query.replace(/[\r\n\t]/g, ' '));
    const width = Math.max(1, Math.min(this.span.end, line.length) - this.span.start);
    return `${this.message}\n  ${line}\n  ${' '.repeat(this.span.start)}${'^'.repeat(width)}`;
  }
}
