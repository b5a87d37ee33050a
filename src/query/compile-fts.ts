/**
 * The store's executor, first half: a query as an SQLite FTS5 expression over the stemmed index
 * (`posts_search`) plus SQL conditions on the posts table. Every word of a post is indexed as
 * one entry, stem space + stem + "_" + form ("rавтобус_автобусы"), so a word matched by stem is
 * a prefix query ("rавтобус_" *), an exact form a whole entry, and a wildcard the entries of the
 * forms it fits, looked up in the store's vocabulary. FTS5 phrases cannot hold alternatives, so
 * a phrase becomes the OR of its combinations; the limits bound how many.
 *
 * ONEAR has no FTS5 counterpart: it is compiled to NEAR, which finds the same posts and some in
 * the wrong order, and `tyndau_in_order()` (registered by the store) checks the order.
 */
import { normaliseForMatching } from '../text/normalise.js';
import { indexToken, spacesOfScript, stemIn } from '../text/search-words.js';
import type { FieldFilter, Phrase, Query, QueryNode, WordPattern } from './ast.js';
import { DEFAULT_LIMITS, type QueryLimits } from './limits.js';
import { isPositive } from './parser.js';
import { QueryError } from './query-error.js';
import { queryProblem } from './query-problem.js';
import { stemKeys } from './word-test.js';

/** What compiling needs from the store. */
export interface FtsVocabulary {
  /** Index entries of the stored forms a wildcard fits; more than `limit` forms may be cut off. */
  wildcardEntries(pattern: string, prefix: string, limit: number): { entries: string[]; forms: number };
  /** Outlet names as stored. */
  outlets(): readonly string[];
}

export type NearNode = Extract<QueryNode, { type: 'near' }>;

export interface CompiledSearch {
  /** FTS5 expression the search is driven by, or null when the query's top level has none. */
  readonly driver: string | null;
  /** Condition on posts `p`, with `?` parameters in `params`. */
  readonly where: string;
  readonly params: readonly (string | number)[];
  /** ONEAR nodes, by the index `tyndau_in_order(p.normalised, p.language, index)` passes. */
  readonly orderChecks: readonly NearNode[];
}

/** Stands for "no post": an index entry no word can produce. */
const NOTHING = '"_"';

export function compileSearch(
  query: Query,
  vocabulary: FtsVocabulary,
  limits: QueryLimits = DEFAULT_LIMITS,
): CompiledSearch {
  return new SearchCompiler(query, vocabulary, limits).compile();
}

class SearchCompiler {
  readonly #query: Query;
  readonly #vocabulary: FtsVocabulary;
  readonly #limits: QueryLimits;
  readonly #params: (string | number)[] = [];
  readonly #orderChecks: NearNode[] = [];
  readonly #wildcards = new Map<string, string[]>();

  constructor(query: Query, vocabulary: FtsVocabulary, limits: QueryLimits) {
    this.#query = query;
    this.#vocabulary = vocabulary;
    this.#limits = limits;
  }

  compile(): CompiledSearch {
    const root = this.#query.root;
    let driver: string | null = null;
    let where = '1';

    if (isText(root)) {
      driver = this.#fts(root);
    } else if (root.type === 'and' && root.children.some((child) => isText(child) && isPositive(child))) {
      const text = root.children.filter(isText);
      driver = this.#fts({ type: 'and', children: text });
      const rest = root.children.filter((child) => !isText(child)).map((child) => this.#sql(child));
      where = rest.length > 0 ? rest.join(' AND ') : '1';
    } else {
      where = this.#sql(root);
    }
    return { driver, where, params: this.#params, orderChecks: this.#orderChecks };
  }

  /** An SQL condition on `p` for a node that is not all text, or is below the top level. */
  #sql(node: QueryNode): string {
    if (isText(node) && isPositive(node)) return this.#inIndex(this.#fts(node));
    switch (node.type) {
      case 'field':
        return this.#field(node.filter);
      case 'near':
        return this.#ordered(node);
      case 'not':
        return `NOT (${this.#sql(node.child)})`;
      case 'and':
      case 'or': {
        const text = node.children.filter(isText);
        const merged = text.length > 1 && (node.type === 'or' || text.some(isPositive));
        const parts = merged
          ? [this.#inIndex(this.#fts({ type: node.type, children: text })),
            ...node.children.filter((child) => !isText(child)).map((child) => this.#sql(child))]
          : node.children.map((child) => this.#sql(child));
        return `(${parts.join(node.type === 'and' ? ' AND ' : ' OR ')})`;
      }
      default:
        return this.#inIndex(this.#fts(node));
    }
  }

  #inIndex(expression: string): string {
    this.#params.push(expression);
    return 'p.seq IN (SELECT rowid FROM posts_search WHERE posts_search MATCH ?)';
  }

  #ordered(node: NearNode): string {
    const index = this.#orderChecks.push(node) - 1;
    const operands = node.operands.length;
    const longest = Math.max(...node.operands.flat().map((phrase) => phrase.words.length));
    // Every ONEAR hit is a NEAR hit at this distance: the first operand may end up to all the
    // gaps and all the middle operands before the last one starts.
    const distance = (operands - 1) * node.distance + Math.max(0, operands - 2) * longest;
    const prefilter = this.#inIndex(this.#near({ ...node, distance }));
    this.#params.push(index);
    return `(${prefilter} AND tyndau_in_order(p.normalised, p.language, ?))`;
  }

  /** The FTS5 expression of a text-only node. */
  #fts(node: QueryNode): string {
    switch (node.type) {
      case 'phrase':
        return this.#phrase(node.phrase);
      case 'near':
        return this.#near(node);
      case 'or':
        return `(${node.children.map((child) => this.#fts(child)).join(' OR ')})`;
      case 'and': {
        const positive = node.children.filter(isPositive).map((child) => this.#fts(child));
        const negative = node.children.filter((child) => !isPositive(child))
          .map((child) => this.#fts((child as { child: QueryNode }).child));
        const found = `(${positive.join(' AND ')})`;
        return negative.length === 0 ? found : `(${found} NOT (${negative.join(' OR ')}))`;
      }
      default:
        throw new Error(`query compiler: ${node.type} is not full-text`);
    }
  }

  #phrase(phrase: Phrase): string {
    const sequences = this.#sequences(phrase);
    if (sequences.length === 0) return NOTHING;
    return `(${sequences.map((sequence) => sequence.join(' + ')).join(' OR ')})`;
  }

  #near(node: NearNode): string {
    let groups: string[][] = [[]];
    for (const operand of node.operands) {
      const choices = operand.flatMap((phrase) => this.#sequences(phrase)).map((sequence) => sequence.join(' + '));
      groups = groups.flatMap((group) => choices.map((choice) => [...group, choice]));
      this.#checkAlternatives(groups.length, node.span);
    }
    if (groups.length === 0) return NOTHING;
    return `(${groups.map((group) => `NEAR(${group.join(' ')}, ${node.distance})`).join(' OR ')})`;
  }

  /** The phrase's words as sequences of index entries, one sequence per combination. */
  #sequences(phrase: Phrase): string[][] {
    let sequences: string[][] = [[]];
    for (const word of phrase.words) {
      const entries = this.#entries(word);
      sequences = sequences.flatMap((sequence) => entries.map((entry) => [...sequence, entry]));
      this.#checkAlternatives(sequences.length, phrase.span);
    }
    return sequences;
  }

  #entries(word: WordPattern): string[] {
    switch (word.kind) {
      case 'stem':
        return [...stemKeys(word.form, word.script)]
          .flatMap(([space, stems]) => [...stems].map((stem) => `"${space}${stem}_" *`));
      case 'exact':
        return spacesOfScript(word.script)
          .map((space) => `"${indexToken(space, stemIn(space, word.form), word.form)}"`);
      case 'wildcard':
        return this.#wildcard(word);
    }
  }

  #wildcard(word: Extract<WordPattern, { kind: 'wildcard' }>): string[] {
    const known = this.#wildcards.get(word.pattern);
    if (known) return known;
    const limit = this.#limits.maxWildcardForms;
    const { entries, forms } = this.#vocabulary.wildcardEntries(word.pattern, word.prefix, limit);
    if (forms > limit) {
      throw new QueryError(this.#query.text, word.span,
        queryProblem('wildcardTooMany', { pattern: word.pattern, max: limit }));
    }
    const quoted = entries.map((entry) => `"${entry}"`);
    this.#wildcards.set(word.pattern, quoted);
    return quoted;
  }

  #checkAlternatives(count: number, span: { start: number; end: number }): void {
    if (count <= this.#limits.maxAlternatives) return;
    throw new QueryError(this.#query.text, span,
      queryProblem('tooManyCombinations', { max: this.#limits.maxAlternatives }));
  }

  #field(filter: FieldFilter): string {
    switch (filter.field) {
      case 'lang':
        this.#params.push(...filter.languages);
        return `p.language IN (${filter.languages.map(() => '?').join(', ')})`;
      case 'platform':
        this.#params.push(filter.platform);
        return 'p.platform = ?';
      case 'sentiment':
        this.#params.push(filter.sentiment);
        return 'p.sentiment = ?';
      case 'outlet':
        return this.#outlet(filter.outlet);
      case 'date':
        return this.#date(filter.from, filter.to);
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
        this.#params.push(filter.scope);
        return "coalesce(p.scope, 'none') = ?";
    }
  }

  #outlet(outlet: string): string {
    const names = this.#vocabulary.outlets().filter((name) => normaliseOutlet(name) === outlet);
    if (names.length === 0) return '0';
    this.#params.push(...names);
    return `(p.kind = 'article' AND p.outlet IN (${names.map(() => '?').join(', ')}))`;
  }

  #date(from: string | null, to: string | null): string {
    const parts: string[] = [];
    if (from !== null) {
      parts.push('p.day >= ?');
      this.#params.push(from);
    }
    if (to !== null) {
      parts.push('p.day <= ?');
      this.#params.push(to);
    }
    return `(${parts.join(' AND ')})`;
  }

  #childRow(table: string, column: string, id: string): string {
    this.#params.push(id);
    return `EXISTS (SELECT 1 FROM ${table} c WHERE c.post_seq = p.seq AND c.${column} = ?)`;
  }

  #withSaved(condition: string, saved: QueryNode | null): string {
    return saved === null ? condition : `(${condition} OR ${this.#sql(saved)})`;
  }
}

/** A node FTS5 alone can answer: words, phrases and NEAR joined by AND, OR and NOT. */
function isText(node: QueryNode): boolean {
  switch (node.type) {
    case 'phrase':
      return true;
    case 'near':
      return !node.ordered;
    case 'field':
      return false;
    case 'not':
      return isText(node.child);
    case 'and':
    case 'or':
      return node.children.every(isText);
  }
}

function normaliseOutlet(name: string): string {
  return normaliseForMatching(name).trim();
}
