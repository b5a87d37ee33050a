import type { FieldFilter, Phrase, Query, QueryNode, WordPattern } from '../../query/ast.js';

/** A query as an SQL condition on `posts p`, with its parameters from `$first` on. */
export interface CompiledCondition {
  readonly where: string;
  readonly params: unknown[];
}

/**
 * Compiles a Boolean query (docs/query-language.md) to one SQL condition over `posts p`: words and
 * phrases become text-search matches (`<->` between the words of a phrase), NEAR a match within
 * the distance, AND, OR and NOT the same in SQL, and field filters conditions on the post's
 * columns and analysis tables. Each text match is tried with the Russian configuration (Russian
 * posts are indexed by stems) and the simple one (the rest, by normalised words).
 */
// LIMITATION: `=exact` words still match other forms of the same stem in Russian posts, whose
// index keeps only stems; wildcards match by the letters before the first `*` or `?`; outlets
// compare as written. Lifting these needs the word-form index the SQLite store keeps.
export function compileQuery(query: Query, first: number): CompiledCondition {
  const params: unknown[] = [];
  const parameter = (value: unknown): string => {
    params.push(value);
    return `$${first + params.length - 1}`;
  };

  const textMatch = (tsquery: string): string => {
    const slot = parameter(tsquery);
    return `p.search_vector @@ (to_tsquery('russian', ${slot}) || to_tsquery('simple', ${slot}))`;
  };

  const childRow = (table: string, column: string, id: string): string =>
    `EXISTS (SELECT 1 FROM ${table} c WHERE c.post_seq = p.seq AND c.${column} = ${parameter(id)})`;

  const field = (filter: FieldFilter): string => {
    switch (filter.field) {
      case 'lang':
        return `p.language = ANY(${parameter(filter.languages)}::text[])`;
      case 'platform':
        return `p.platform = ${parameter(filter.platform)}`;
      case 'sentiment':
        return `p.sentiment = ${parameter(filter.sentiment)}`;
      case 'outlet':
        return `(p.kind = 'article' AND lower(p.outlet) = lower(${parameter(filter.outlet)}))`;
      case 'date': {
        const bounds = [];
        if (filter.from !== null) bounds.push(`p.day >= ${parameter(filter.from)}::date`);
        if (filter.to !== null) bounds.push(`p.day <= ${parameter(filter.to)}::date`);
        return bounds.length > 0 ? `(${bounds.join(' AND ')})` : 'TRUE';
      }
      case 'subject':
        return withSaved(childRow('post_mentions', 'subject_id', filter.id), filter.saved);
      case 'issue':
        return withSaved(childRow('post_issues', 'issue_id', filter.id), filter.saved);
      case 'slice':
        return childRow('post_slices', 'slice_id', filter.id);
      case 'district':
        return childRow('post_districts', 'district_id', filter.id);
    }
  };

  const withSaved = (condition: string, saved: QueryNode | null): string =>
    saved === null ? condition : `(${condition} OR ${sql(saved)})`;

  const sql = (node: QueryNode): string => {
    switch (node.type) {
      case 'phrase':
        return textMatch(phraseText(node.phrase));
      case 'near':
        return textMatch(nearText(node.operands, node.distance, node.ordered));
      case 'field':
        return field(node.filter);
      case 'not':
        return `NOT coalesce(${sql(node.child)}, FALSE)`;
      case 'and':
      case 'or':
        return `(${node.children.map(sql).join(node.type === 'and' ? ' AND ' : ' OR ')})`;
    }
  };

  return { where: `coalesce(${sql(query.root)}, FALSE)`, params };
}

function wordText(word: WordPattern): string {
  if (word.kind === 'wildcard') return `${quote(word.prefix)}:*`;
  return quote(word.form);
}

function phraseText(phrase: Phrase): string {
  const words = phrase.words.map(wordText);
  return words.length === 1 ? words[0]! : `(${words.join(' <-> ')})`;
}

/**
 * NEAR/n as text-search distance operators: `<k>` means exactly k positions apart, so every
 * distance up to n + 1 is tried, both ways round unless the operands are ordered (ONEAR).
 */
function nearText(operands: readonly (readonly Phrase[])[], distance: number, ordered: boolean): string {
  const alternatives = operands.map((phrases) => `(${phrases.map(phraseText).join(' | ')})`);
  let combined = alternatives[0]!;
  for (const next of alternatives.slice(1)) {
    const spans: string[] = [];
    for (let apart = 1; apart <= distance + 1; apart++) {
      spans.push(`(${combined} <${apart}> ${next})`);
      if (!ordered) spans.push(`(${next} <${apart}> ${combined})`);
    }
    combined = `(${spans.join(' | ')})`;
  }
  return combined;
}

function quote(word: string): string {
  return `'${word.replaceAll("'", "''").replaceAll('\\', '\\\\')}'`;
}
