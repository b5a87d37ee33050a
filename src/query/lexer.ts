/**
 * Splits query text into operators, words, "phrases", field filters and parentheses.
 * Operators are upper case only: `AND`, `OR`, `NOT`, `NEAR/n`, `ONEAR/n`; any other spelling is
 * a word, so Russian "и" and "не" are searched for like any word. `<<<comments>>>` are skipped.
 */
import type { Span } from './ast.js';
import { QueryError } from './query-error.js';
import { queryProblem } from './query-problem.js';

export type LexToken =
  | { readonly kind: 'word'; readonly text: string; readonly span: Span }
  | { readonly kind: 'phrase'; readonly text: string; readonly exact: boolean; readonly span: Span }
  | {
    readonly kind: 'field';
    readonly name: string;
    readonly value: string;
    readonly valueSpan: Span;
    readonly span: Span;
  }
  | { readonly kind: 'near'; readonly ordered: boolean; readonly distance: number; readonly span: Span }
  | { readonly kind: 'and' | 'or' | 'not' | 'open' | 'close' | 'end'; readonly span: Span };

const BARE_END = /[\s()"]/;
// Any letters before the colon, so that a field written in Russian or Kazakh (район:медеу, тіл:kk)
// is named as unknown rather than searched as text and found nowhere.
const FIELD = /^(\p{L}+):(.*)$/su;
const NEAR = /^(O?NEAR)(?:\/(.*))?$/;
/** A dash (or a minus sign pasted from a word processor) right before a letter: "-метро". */
const LEADING_DASH = /^[-–—−](?=[\p{L}=])/u;
/** Lucene's fuzzy `word~` and `word~2`, a letter right before the tilde. */
const TRAILING_TILDE = /^(.*\p{L})~(\d*)$/u;

export function lex(query: string): LexToken[] {
  const tokens: LexToken[] = [];
  let index = 0;

  while (index < query.length) {
    const character = query[index] as string;
    if (/\s/.test(character)) {
      index++;
    } else if (query.startsWith('<<<', index)) {
      index = skipComment(query, index);
    } else if (character === '(' || character === ')') {
      tokens.push({ kind: character === '(' ? 'open' : 'close', span: { start: index, end: index + 1 } });
      index++;
    } else if (character === '"' || (character === '=' && query[index + 1] === '"')) {
      const exact = character === '=';
      const quoted = readQuoted(query, exact ? index + 1 : index);
      refuseProximityTilde(query, index, quoted);
      tokens.push({ kind: 'phrase', text: quoted.text, exact, span: { start: index, end: quoted.end } });
      index = quoted.end;
    } else {
      const token = readBare(query, index);
      tokens.push(token);
      index = token.span.end;
    }
  }
  tokens.push({ kind: 'end', span: { start: query.length, end: query.length } });
  return tokens;
}

function skipComment(query: string, start: number): number {
  const close = query.indexOf('>>>', start + 3);
  if (close < 0) {
    throw new QueryError(query, { start, end: start + 3 }, queryProblem('unclosedComment'));
  }
  return close + 3;
}

function readQuoted(query: string, quote: number): { text: string; end: number } {
  const close = query.indexOf('"', quote + 1);
  if (close < 0) {
    throw new QueryError(query, { start: quote, end: quote + 1 }, queryProblem('unclosedQuote'));
  }
  return { text: query.slice(quote + 1, close), end: close + 1 };
}

function readBare(query: string, start: number): LexToken {
  let end = start;
  while (end < query.length && !BARE_END.test(query[end] as string) && !query.startsWith('<<<', end)) end++;
  const text = query.slice(start, end);
  const span = { start, end };

  if (text === 'AND') return { kind: 'and', span };
  if (text === 'OR') return { kind: 'or', span };
  if (text === 'NOT') return { kind: 'not', span };
  const near = NEAR.exec(text);
  if (near) return nearToken(query, near, span);

  const field = FIELD.exec(text);
  if (!field) return wordToken(query, text, span);
  const name = field[1] as string;
  const valueStart = start + name.length + 1;
  // outlet:"Vlast kz": the value is the quoted text right after the colon.
  if (field[2] === '' && query[end] === '"') {
    const quoted = readQuoted(query, end);
    return {
      kind: 'field', name, value: quoted.text,
      valueSpan: { start: end, end: quoted.end }, span: { start, end: quoted.end },
    };
  }
  return { kind: 'field', name, value: field[2] as string, valueSpan: { start: valueStart, end }, span };
}

/**
 * Search engines and some listening tools read "-метро" as "without метро"; here the dash is not
 * a letter, so "автобус -метро" searched for posts with both words: the opposite, with no sign of
 * it. The query is refused with the operator that says it. A number keeps its sign: "-20".
 */
function wordToken(query: string, text: string, span: Span): LexToken {
  if (LEADING_DASH.test(text)) {
    const word = text.slice(1);
    throw new QueryError(query, span, queryProblem('dashExcludes', { text, word }));
  }
  const tilde = TRAILING_TILDE.exec(text);
  if (tilde) {
    const word = tilde[1] as string;
    const words = tilde[2] === '' ? word : `"${word} ${tilde[2]}"`;
    throw new QueryError(query, span, queryProblem('tildeNotOperator', { text, word, words }));
  }
  return { kind: 'word', text, span };
}

/**
 * Brandwatch, Talkwalker and Lucene write words near each other as `"нет воды"~3`; here the `~3`
 * was a word of its own, the digit 3, and the query found nothing, with no sign of why. The
 * query is refused with the NEAR that says it.
 */
function refuseProximityTilde(query: string, start: number, quoted: { text: string; end: number }): void {
  if (query[quoted.end] !== '~') return;
  let end = quoted.end + 1;
  while (end < query.length && !BARE_END.test(query[end] as string)) end++;
  const distance = query.slice(quoted.end + 1, end);
  const words = quoted.text.trim().split(/\s+/);
  const near = words.join(` NEAR/${/^\d+$/.test(distance) ? distance : 'n'} `);
  const span = { start, end };
  throw new QueryError(query, span, queryProblem('proximityTilde', { text: query.slice(start, end), near }));
}

function nearToken(query: string, near: RegExpExecArray, span: Span): LexToken {
  const operator = near[1] as string;
  const distance = near[2];
  // Any number of digits: one too large is refused by the parser, which names the largest.
  if (distance === undefined || !/^\d+$/.test(distance)) {
    throw new QueryError(query, span, queryProblem('nearNeedsDistance', { operator }));
  }
  return { kind: 'near', ordered: operator === 'ONEAR', distance: Number(distance), span };
}
