import { printableInPlace } from '../text/printable.js';
import type { Span } from './ast.js';
import {
  describeProblem, queryProblemLine, type QueryLanguage, type QueryProblem,
} from './query-problem.js';

/**
 * A query that cannot be read or run, with the place in it: `column` is 1-based, and `format()`
 * shows the query with a caret under the place, as a terminal prints it. The message is English;
 * `problem` holds the code and parameters to say it in another language.
 */
export class QueryError extends Error {
  readonly query: string;
  readonly span: Span;
  readonly problem: QueryProblem;

  constructor(query: string, span: Span, problem: QueryProblem) {
    super(queryProblemLine({ column: span.start + 1, problem }));
    this.name = 'QueryError';
    this.query = query;
    this.span = span;
    this.problem = problem;
  }

  /** 1-based column of the first character the problem is about. */
  get column(): number {
    return this.span.start + 1;
  }

  /** The problem's sentence in `language`, without the column. */
  describe(language: QueryLanguage = 'en'): string {
    return describeProblem(this.problem, language);
  }

  /** The message in `language`, the query on one line and a caret line under the place. */
  format(language: QueryLanguage = 'en'): string {
    const line = printableInPlace(this.query.replace(/[\r\n\t]/g, ' '));
    const width = Math.max(1, Math.min(this.span.end, line.length) - this.span.start);
    const message = queryProblemLine({ column: this.column, problem: this.problem }, language);
    return `${message}\n  ${line}\n  ${' '.repeat(this.span.start)}${'^'.repeat(width)}`;
  }
}
