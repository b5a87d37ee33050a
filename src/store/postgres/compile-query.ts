/**
 * A Boolean query (docs/query-language.md) as one SQL condition over `posts p` in PostgreSQL,
 * finding exactly the posts the SQLite store finds. Posts are indexed by the same entries (see
 * search-vector.ts), so words become `tsquery` lexemes as the SQLite compiler makes FTS5 terms:
 * a stem is a prefix (`'rавтобус_':*`), an exact form a whole entry, a wildcard the entries of
 * the stored forms it fits. Phrases are `<->` chains of alternatives. NEAR and ONEAR count word
 * distances in a way `tsquery` distances cannot say (operands may overlap, chains of three and
 * more), so they are found before the query runs: the posts holding every operand are read and
 * tested with the in-memory matcher's own test, and the condition names the posts that passed.
 */
import type { FieldFilter, Phrase, Query, QueryNode, WordPattern } from '../../query/ast.js';
import { DEFAULT_LIMITS, type QueryLimits } from '../../query/limits.js';
import { isPositive } from '../../query/parser.js';
import { QueryError } from '../../query/query-error.js';
import { queryProblem } from '../../query/query-problem.js';
import { stemKeys } from '../../query/word-test.js';
import { normaliseForMatching } from '../../text/normalise.js';
import { indexToken, spacesOfScript, stemIn } from '../../text/search-words.js';
import { quoteLexeme } from './search-vector.js';

export type NearNode = Extract<QueryNode, { type: 'near' }>;

/** What compiling needs from the store, read before the query is compiled. */
export interface QueryVocabularyReader {
  /** Entries of the stored forms a wildcard fits; more than `limit` forms may be cut off. */
  wildcardEntries(pattern: string, prefix: string, limit: number): Promise<{ entries: string[]; forms: number }>;
  /** Outlet names as stored. */
  outlets(): Promise<readonly string[]>;
  /** Sequence numbers of the posts that hold every operand of `node` (`prefilter`) and pass `node`. */
  nearMatches(node: NearNode, prefilter: string): Promise<readonly number[]>;
}

/** A query as an SQL condition on `posts p`, with its parameters from `$first` on. */
export interface CompiledCondition {
  readonly where: string;
  readonly params: unknown[];
}

/** Stands for "no post": an entry no word can produce. */
const NOTHING = "'_'";

/**
 * Compiles `query` after reading from the store what it needs: the entries of its wildcards,
 * the outlet names when it filters by outlet, and the posts its NEAR and ONEAR groups find.
 */
export async function compileQuery(
  query: Query,
  vocabulary: QueryVocabularyReader,
  first: number,
  limits: QueryLimits = DEFAULT_LIMITS,
): Promise<CompiledCondition> {
  const nearNodes: NearNode[] = [];
  const wildcardWords: Extract<WordPattern, { kind: 'wildcard' }>[] = [];
  let filtersOutlet = false;
  visit(query.root, {
    word: (word) => {
      if (word.kind === 'wildcard') wildcardWords.push(word);
    },
    near: (node) => nearNodes.push(node),
    field: (filter) => {
      filtersOutlet ||= filter.field === 'outlet';
    },
  });

  const wildcards = new Map<string, string[]>();
  for (const word of wildcardWords) {
    if (wildcards.has(word.pattern)) continue;
    const { entries, forms } = await vocabulary.wildcardEntries(word.pattern, word.prefix, limits.maxWildcardForms);
    if (forms > limits.maxWildcardForms) {
      throw new QueryError(query.text, word.span,
        queryProblem('wildcardTooMany', { pattern: word.pattern, max: limits.maxWildcardForms }));
    }
    wildcards.set(word.pattern, entries);
  }

  const text = new TextQueries(query, wildcards, limits);
  const outlets = filtersOutlet ? await vocabulary.outlets() : [];
  const near = new Map<NearNode, readonly number[]>();
  for (const node of nearNodes) near.set(node, await vocabulary.nearMatches(node, text.prefilter(node)));
  return new ConditionCompiler(text, outlets, near, first).compile(query.root);
}

/** The `tsquery` text of words, phrases and NEAR prefilters. */
class TextQueries {
  readonly #query: Query;
  readonly #wildcards: ReadonlyMap<string, string[]>;
  readonly #limits: QueryLimits;

  constructor(query: Query, wildcards: ReadonlyMap<string, string[]>, limits: QueryLimits) {
    this.#query = query;
    this.#wildcards = wildcards;
    this.#limits = limits;
  }

  /** A text-only node without NEAR (see `isPlainText`) as one `tsquery`. */
  of(node: QueryNode): string {
    switch (node.type) {
      case 'phrase':
        return this.phrase(node.phrase);
      case 'not':
        return `!${this.of(node.child)}`;
      case 'and':
      case 'or':
        return `(${node.children.map((child) => this.of(child)).join(node.type === 'and' ? ' & ' : ' | ')})`;
      default:
        throw new Error(`query compiler: ${node.type} is not plain text`);
    }
  }

  phrase(phrase: Phrase): string {
    const alternatives = this.#alternatives(phrase);
    if (alternatives.some((entries) => entries.length === 0)) return NOTHING;
    const words = alternatives.map((entries) => entries.length === 1 ? entries[0]! : `(${entries.join(' | ')})`);
    return words.length === 1 ? words[0]! : `(${words.join(' <-> ')})`;
  }

  /** The posts that may pass a NEAR group: each operand, in any place. */
  prefilter(node: NearNode): string {
    let groups = 1;
    const operands = node.operands.map((phrases) => {
      groups *= phrases.reduce((sum, phrase) => sum + sequences(this.#alternatives(phrase)), 0);
      this.#checkAlternatives(groups, node.span);
      return `(${phrases.map((phrase) => this.phrase(phrase)).join(' | ')})`;
    });
    return operands.join(' & ');
  }

  /**
   * Each word's entries, refused as the SQLite compiler refuses a phrase: when the sequences of
   * entries it stands for pass the limit, counted word by word.
   */
  #alternatives(phrase: Phrase): string[][] {
    const alternatives: string[][] = [];
    for (const word of phrase.words) {
      alternatives.push(this.#entries(word));
      this.#checkAlternatives(sequences(alternatives), phrase.span);
    }
    return alternatives;
  }

  #entries(word: WordPattern): string[] {
    switch (word.kind) {
      case 'stem':
        return [...stemKeys(word.form, word.script)]
          .flatMap(([space, stems]) => [...stems].map((stem) => `${quoteLexeme(`${space}${stem}_`)}:*`));
      case 'exact':
        return spacesOfScript(word.script).map((space) => quoteLexeme(indexToken(space, stemIn(space, word.form), word.form)));
      case 'wildcard':
        return (this.#wildcards.get(word.pattern) ?? []).map(quoteLexeme);
    }
  }

  #checkAlternatives(count: number, span: { start: number; end: number }): void {
    if (count <= this.#limits.maxAlternatives) return;
    throw new QueryError(this.#query.text, span,
      queryProblem('tooManyCombinations', { max: this.#limits.maxAlternatives }));
  }
}

/** The SQL condition, text matched through the `search_vector` index. */
class ConditionCompiler {
  readonly #text: TextQueries;
  readonly #outlets: readonly string[];
  readonly #near: ReadonlyMap<NearNode, readonly number[]>;
  readonly #first: number;
  readonly #params: unknown[] = [];

  constructor(text: TextQueries, outlets: readonly string[], near: ReadonlyMap<NearNode, readonly number[]>, first: number) {
    this.#text = text;
    this.#outlets = outlets;
    this.#near = near;
    this.#first = first;
  }

  compile(root: QueryNode): CompiledCondition {
    return { where: this.#sql(root), params: this.#params };
  }

  #parameter(value: unknown): string {
    this.#params.push(value);
    return `$${this.#first + this.#params.length - 1}`;
  }

  #sql(node: QueryNode): string {
    // A text-only subtree is one index match; NOT alone is left to SQL, so that posts without
    // text (whose vector is null) are not found by a query that only excludes.
    if (isPlainText(node) && isPositive(node)) {
      return `p.search_vector @@ ${this.#parameter(this.#text.of(node))}::tsquery`;
    }
    switch (node.type) {
      case 'near':
        return `p.seq = ANY(${this.#parameter(this.#near.get(node) ?? [])}::bigint[])`;
      case 'field':
        return this.#field(node.filter);
      case 'not':
        return `NOT coalesce(${this.#sql(node.child)}, FALSE)`;
      case 'and':
      case 'or':
        return `(${node.children.map((child) => this.#sql(child)).join(node.type === 'and' ? ' AND ' : ' OR ')})`;
      case 'phrase':
        throw new Error('query compiler: a phrase is plain text');
    }
  }

  #field(filter: FieldFilter): string {
    switch (filter.field) {
      case 'lang':
        return `p.language = ANY(${this.#parameter(filter.languages)}::text[])`;
      case 'platform':
        return `p.platform = ${this.#parameter(filter.platform)}`;
      case 'sentiment':
        return `p.sentiment = ${this.#parameter(filter.sentiment)}`;
      case 'outlet': {
        // Outlets are compared as the SQLite store compares them: normalised, as stored names.
        const names = this.#outlets.filter((name) => normaliseForMatching(name).trim() === filter.outlet);
        return names.length === 0 ? 'FALSE' : `(p.kind = 'article' AND p.outlet = ANY(${this.#parameter(names)}::text[]))`;
      }
      case 'date': {
        const bounds = [];
        if (filter.from !== null) bounds.push(`p.day >= ${this.#parameter(filter.from)}::date`);
        if (filter.to !== null) bounds.push(`p.day <= ${this.#parameter(filter.to)}::date`);
        return bounds.length > 0 ? `(${bounds.join(' AND ')})` : 'TRUE';
      }
      case 'subject':
        return this.#withSaved(this.#childRow('post_mentions', 'subject_id', filter.id), filter.saved);
      case 'issue':
        return this.#withSaved(this.#childRow('post_issues', 'issue_id', filter.id), filter.saved);
      case 'slice':
        return this.#childRow('post_slices', 'slice_id', filter.id);
      case 'district':
        return this.#childRow('post_districts', 'district_id', filter.id);
      case 'scope':
        // Posts stored before scopes were found have none, and count as naming no place.
        return `coalesce(p.scope, 'none') = ${this.#parameter(filter.scope)}`;
    }
  }

  #childRow(table: string, column: string, id: string): string {
    return `EXISTS (SELECT 1 FROM ${table} c WHERE c.post_seq = p.seq AND c.${column} = ${this.#parameter(id)})`;
  }

  #withSaved(condition: string, saved: QueryNode | null): string {
    return saved === null ? condition : `(${condition} OR ${this.#sql(saved)})`;
  }
}

/** Words, phrases, AND, OR and NOT of them: what one `tsquery` can say. */
function isPlainText(node: QueryNode): boolean {
  switch (node.type) {
    case 'phrase':
      return true;
    case 'near':
    case 'field':
      return false;
    case 'not':
      return isPlainText(node.child);
    case 'and':
    case 'or':
      return node.children.every(isPlainText);
  }
}

interface Visitor {
  word(word: WordPattern): void;
  near(node: NearNode): void;
  field(filter: FieldFilter): void;
}

/** Walks every node, saved queries of subject and issue filters included. */
function visit(node: QueryNode, visitor: Visitor): void {
  switch (node.type) {
    case 'phrase':
      node.phrase.words.forEach((word) => visitor.word(word));
      return;
    case 'near':
      visitor.near(node);
      node.operands.flat().forEach((phrase) => phrase.words.forEach((word) => visitor.word(word)));
      return;
    case 'field':
      visitor.field(node.filter);
      if ((node.filter.field === 'subject' || node.filter.field === 'issue') && node.filter.saved !== null) {
        visit(node.filter.saved, visitor);
      }
      return;
    case 'not':
      visit(node.child, visitor);
      return;
    case 'and':
    case 'or':
      node.children.forEach((child) => visit(child, visitor));
  }
}

/** How many sequences of single entries the alternatives of a phrase's words stand for. */
function sequences(alternatives: readonly (readonly string[])[]): number {
  return alternatives.reduce((product, entries) => product * entries.length, 1);
}
