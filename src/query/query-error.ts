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

  /**
   * The message in `language`, the query on one line and a caret line under the place. A long
   * query is shown around the place only: one of 4,001 characters, refused for its length, was
   * printed whole above a caret line of 4,001 carets, in the terminal and in the API's answer.
   */
  format(language: QueryLanguage = 'en'): string {
    const line = printableInPlace(this.query.replace(/[\r\n\t]/g, ' '));
    const message = queryProblemLine({ column: this.column, problem: this.problem }, language);
    const start = Math.max(0, Math.min(this.span.start - SHOWN_BEFORE, line.length - SHOWN_CHARS));
    const end = Math.min(line.length, start + SHOWN_CHARS);
    const before = start > 0 ? '…' : '';
    const after = end < line.length ? '…' : '';
    const caretStart = this.span.start - start + before.length;
    const width = Math.max(1, Math.min(this.span.end, end) - this.span.start);
    return `${message}\n  ${before}${line.slice(start, end)}${after}\n  ${' '.repeat(caretStart)}${'^'.repeat(width)}`;
  }
}

/** How much of a long query an error shows, and how much of it before the place. */
const SHOWN_CHARS = 100;
const SHOWN_BEFORE = 40;
