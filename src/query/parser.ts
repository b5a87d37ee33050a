/**
 * Parses a Boolean query into its tree. Precedence, highest first: NEAR/ONEAR, NOT, then AND
 * (written, or words side by side) or OR. AND and OR may not meet at one level without
 * parentheses: `a AND b OR c` is refused rather than guessed at. A query, and every OR
 * alternative, must find something before it excludes: `NOT a` alone is refused.
 */
import { fieldsOf, type FieldFilter, type Phrase, type Query, type QueryNode, type Span } from './ast.js';
import { readField, type FieldNames, type FieldVocabulary } from './field-filters.js';
import { lex, type LexToken } from './lexer.js';
import { DEFAULT_LIMITS, type QueryLimits } from './limits.js';
import { QueryError } from './query-error.js';
import { queryProblem, type QueryProblem } from './query-problem.js';
import { phrasePieces, wordPatterns } from './word-patterns.js';

/** A subject or issue id with the saved query that defines it, if the project gives one. */
export interface SavedQuery {
  readonly id: string;
  readonly query?: string | null;
}

/** What the project defines, to check ids against and to expand saved queries. */
export interface QueryVocabulary {
  readonly subjects: readonly SavedQuery[];
  readonly issues: readonly SavedQuery[];
  readonly slices: readonly string[];
  readonly districts: readonly string[];
  /** Names that stand for the ids in a field: labels, district names, subjects' aliases. */
  readonly names?: FieldNames;
}

export interface ParseOptions {
  /** Without it, ids are not checked and `subject:` and `issue:` use the stored analysis only. */
  readonly vocabulary?: QueryVocabulary;
  readonly limits?: QueryLimits;
}

type Joiner = 'and' | 'or';

/**
 * Control characters besides tab and line breaks, and the marks that turn the direction of text
 * round. A NUL from a script's C string ("автобус\0") was read as a space and answered, and a
 * right-to-left override showed the query reversed under the box, so the caret pointed elsewhere.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Parses `text`; throws a `QueryError` pointing at the first problem. */
const UNWRAPPED_PROBLEMS: ReadonlySet<string> = new Set(['tooManySavedExpansions', 'savedQueryLoop']);

export function parseQuery(text: string, options: ParseOptions = {}): Query {
  return { text, root: new Parser(text, options, [], { expansions: 0 }).parse() };
}

class Parser {
  readonly #query: string;
  readonly #options: ParseOptions;
  readonly #limits: QueryLimits;
  readonly #fieldVocabulary: FieldVocabulary | null;
  /** Saved queries being expanded, outermost first, to refuse one that refers to itself. */
  readonly #savedPath: readonly string[];
  /** Saved queries expanded so far, shared by the parsers of one query and its saved ones. */
  readonly #expanded: { expansions: number };
  readonly #tokens: LexToken[];
  #index = 0;
  #terms = 0;

  constructor(query: string, options: ParseOptions, savedPath: readonly string[], expanded: { expansions: number }) {
    this.#query = query;
    this.#options = options;
    this.#limits = options.limits ?? DEFAULT_LIMITS;
    this.#savedPath = savedPath;
    this.#expanded = expanded;
    const vocabulary = options.vocabulary;
    this.#fieldVocabulary = vocabulary ? {
      subjects: vocabulary.subjects.map((subject) => subject.id),
      issues: vocabulary.issues.map((issue) => issue.id),
      slices: vocabulary.slices,
      districts: vocabulary.districts,
      ...(vocabulary.names ? { names: vocabulary.names } : {}),
    } : null;
    if (query.length > this.#limits.maxLength) {
      this.#fail({ start: this.#limits.maxLength, end: query.length },
        queryProblem('queryTooLong', { max: this.#limits.maxLength }));
    }
    const control = CONTROL_CHARACTER.exec(query);
    if (control) {
      const code = `U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      this.#fail({ start: control.index, end: control.index + 1 }, queryProblem('controlCharacter', { code }));
    }
    this.#tokens = lex(query);
  }

  parse(): QueryNode {
    if (this.#peek().kind === 'end') this.#fail({ start: 0, end: 0 }, queryProblem('emptyQuery'));
    const root = this.#group(0);
    const rest = this.#peek();
    if (rest.kind === 'close') this.#fail(rest.span, queryProblem('unopenedParenthesis'));
    checkAlternatives(root, this.#query);
    if (!isPositive(root)) this.#fail(firstNegation(root), onlyExcludes());
    checkSentimentPerOutlet(root, this.#query);
    return root;
  }

  #group(depth: number): QueryNode {
    const children = [this.#unary(depth)];
    let joiner: Joiner | null = null;
    let joinerWritten = true;

    for (let token = this.#peek(); token.kind !== 'end' && token.kind !== 'close'; token = this.#peek()) {
      const written = token.kind === 'and' || token.kind === 'or';
      const next: Joiner = token.kind === 'or' ? 'or' : 'and';
      if (joiner !== null && joiner !== next) this.#fail(token.span, mixedOperators(written && joinerWritten));
      if (joiner === null) joinerWritten = written;
      joiner = next;
      if (written) this.#index++;
      children.push(this.#unary(depth));
    }
    if (joiner === null) return children[0] as QueryNode;
    return { type: joiner, children };
  }

  #unary(depth: number): QueryNode {
    const token = this.#peek();
    if (token.kind !== 'not') return this.#near(depth);
    this.#index++;
    const child = this.#unary(depth);
    return { type: 'not', child, span: { start: token.span.start, end: spanOf(child, token.span).end } };
  }

  #near(depth: number): QueryNode {
    const first = this.#primary(depth);
    const operator = this.#peek();
    if (operator.kind !== 'near') return first;

    const operands = [this.#operand(first, operator.span)];
    let last: QueryNode = first;
    for (let token = this.#peek(); token.kind === 'near'; token = this.#peek()) {
      if (token.ordered !== operator.ordered || token.distance !== operator.distance) {
        this.#fail(token.span, queryProblem('nearChainMixed'));
      }
      this.#index++;
      last = this.#primary(depth);
      operands.push(this.#operand(last, token.span));
    }
    if (operator.distance > this.#limits.maxDistance) {
      this.#fail(operator.span, queryProblem('nearTooFar', { max: this.#limits.maxDistance }));
    }
    const span = { start: spanOf(first, operator.span).start, end: spanOf(last, operator.span).end };
    return { type: 'near', ordered: operator.ordered, distance: operator.distance, operands, span };
  }

  /** A NEAR operand: a term, a phrase, or parenthesised alternatives of them. */
  #operand(node: QueryNode, operatorSpan: Span): Phrase[] {
    if (node.type === 'phrase') return [node.phrase];
    if (node.type === 'or' && node.children.every((child) => child.type === 'phrase')) {
      return node.children.map((child) => (child as { phrase: Phrase }).phrase);
    }
    return this.#fail(spanOf(node, operatorSpan), queryProblem('nearOperand'));
  }

  #primary(depth: number): QueryNode {
    const token = this.#next();
    switch (token.kind) {
      case 'word':
        return { type: 'phrase', phrase: this.#phrase(this.#words(token.text, token.span), token.span) };
      case 'phrase':
        return { type: 'phrase', phrase: this.#phrase(this.#quoted(token), token.span) };
      case 'field':
        return { type: 'field', filter: this.#field(token), span: token.span };
      case 'open':
        return this.#parenthesised(token, depth);
      case 'close':
        return this.#fail(token.span, queryProblem('expectedBeforeClose'));
      case 'end':
        return this.#fail(token.span, queryProblem('queryEndsEarly'));
      default:
        return this.#fail(token.span, queryProblem('unexpectedOperator', {
          operator: this.#query.slice(token.span.start, token.span.end),
        }));
    }
  }

  #parenthesised(open: LexToken, depth: number): QueryNode {
    if (depth + 1 > this.#limits.maxDepth) {
      this.#fail(open.span, queryProblem('tooDeep', { max: this.#limits.maxDepth }));
    }
    const node = this.#group(depth + 1);
    if (this.#peek().kind !== 'close') this.#fail(open.span, queryProblem('unclosedParenthesis'));
    this.#index++;
    return node;
  }

  #words(text: string, span: Span) {
    const words = wordPatterns(this.#query, text, span);
    this.#terms += words.length;
    if (this.#terms > this.#limits.maxTerms) {
      this.#fail(span, queryProblem('tooManyWords', { max: this.#limits.maxTerms }));
    }
    return words;
  }

  #quoted(token: Extract<LexToken, { kind: 'phrase' }>) {
    const contentStart = token.span.start + (token.exact ? 2 : 1);
    const pieces = phrasePieces(token.text, contentStart);
    if (pieces.length === 0) this.#fail(token.span, queryProblem('emptyPhrase'));
    return pieces.flatMap((piece) => {
      const text = token.exact && !piece.text.startsWith('=') ? '=' + piece.text : piece.text;
      return this.#words(text, piece.span);
    });
  }

  #phrase(words: Phrase['words'], span: Span): Phrase {
    return { words, span };
  }

  #field(token: Extract<LexToken, { kind: 'field' }>): FieldFilter {
    const filter = readField(this.#query, token, this.#fieldVocabulary);
    if (filter.field !== 'subject' && filter.field !== 'issue') return filter;

    const vocabulary = this.#options.vocabulary;
    const list = filter.field === 'subject' ? vocabulary?.subjects : vocabulary?.issues;
    const savedText = list?.find((entry) => entry.id === filter.id)?.query;
    if (!savedText) return filter;
    return { ...filter, saved: this.#saved(`${filter.field}:${filter.id}`, savedText, token.span) };
  }

  #saved(name: string, text: string, span: Span): QueryNode {
    if (this.#savedPath.includes(name)) {
      this.#fail(span, queryProblem('savedQueryLoop', { name, path: [...this.#savedPath, name].join(' → ') }));
    }
    this.#expanded.expansions++;
    if (this.#expanded.expansions > this.#limits.maxSavedExpansions) {
      this.#fail(span, queryProblem('tooManySavedExpansions', { max: this.#limits.maxSavedExpansions }));
    }
    try {
      return new Parser(text, this.#options, [...this.#savedPath, name], this.#expanded).parse();
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      // The count is the whole query's, and a loop's path names every step already: each is told
      // once, at the use in the query the user wrote, not inside one "has a problem" per step.
      if (UNWRAPPED_PROBLEMS.has(error.problem.code)) return this.#fail(span, error.problem);
      const inner = { column: error.column, problem: error.problem };
      return this.#fail(span, { ...queryProblem('savedQueryProblem', { name }), inner });
    }
  }

  #peek(): LexToken {
    return this.#tokens[this.#index] as LexToken;
  }

  #next(): LexToken {
    const token = this.#peek();
    if (token.kind !== 'end') this.#index++;
    return token;
  }

  #fail(span: Span, problem: QueryProblem): never {
    throw new QueryError(this.#query, span, problem);
  }
}

function mixedOperators(written: boolean): QueryProblem {
  return queryProblem(written ? 'andOrMixed' : 'sideBySideOrMixed');
}

function onlyExcludes(): QueryProblem {
  return queryProblem('onlyExcludes');
}

/** Whether `node` can match a post by what is in it, rather than only by what is absent. */
export function isPositive(node: QueryNode): boolean {
  switch (node.type) {
    case 'not':
      return false;
    case 'and':
      return node.children.some(isPositive);
    case 'or':
      return node.children.every(isPositive);
    default:
      return true;
  }
}

/** Every AND must find something, and every OR alternative too (`a OR NOT b` finds nearly all). */
function checkAlternatives(node: QueryNode, query: string): void {
  if (node.type === 'not') {
    checkAlternatives(node.child, query);
    if (!isPositive(node.child)) throw new QueryError(query, node.span, queryProblem('notOfNot'));
    return;
  }
  if (node.type !== 'and' && node.type !== 'or') return;
  for (const child of node.children) {
    checkAlternatives(child, query);
    if (node.type === 'or' && !isPositive(child)) {
      throw new QueryError(query, firstNegation(child), queryProblem('excludingAlternative'));
    }
  }
  if (node.type === 'and' && !isPositive(node)) throw new QueryError(query, firstNegation(node), onlyExcludes());
}

/**
 * An outlet's articles counted or listed by sentiment are the sorting of the press into loyal and
 * hostile that tyndau does not do (the outlets page gives volume only): `outlet:Vlast.kz
 * sentiment:negative subject:mayor` counted one outlet's negative articles on the mayor. A saved
 * subject or issue query counts as written into the query.
 */
function checkSentimentPerOutlet(root: QueryNode, query: string): void {
  const fields = fieldsOf(root);
  const sentiment = fields.find((entry) => entry.field === 'sentiment');
  if (sentiment && fields.some((entry) => entry.field === 'outlet')) {
    throw new QueryError(query, sentiment.span, queryProblem('sentimentPerOutlet'));
  }
}

function firstNegation(node: QueryNode): Span {
  if (node.type === 'not') return node.span;
  if (node.type === 'and' || node.type === 'or') {
    for (const child of node.children) {
      const span = firstNegation(child);
      if (span.end > 0) return span;
    }
  }
  return { start: 0, end: 0 };
}

function spanOf(node: QueryNode, fallback: Span): Span {
  if (node.type === 'phrase') return node.phrase.span;
  if (node.type === 'and' || node.type === 'or') {
    const first = spanOf(node.children[0] as QueryNode, fallback);
    const last = spanOf(node.children[node.children.length - 1] as QueryNode, fallback);
    return { start: first.start, end: last.end };
  }
  return 'span' in node ? node.span : fallback;
}
