/**
 * The parsed form of a Boolean query. Both executors read it: `compile-fts.ts` turns it into an
 * SQLite full-text expression with SQL filters, `match.ts` into a test of one post in memory.
 * Offsets (`Span`) point into the query text, for errors and for editors.
 */
import type { LanguageCode, PostScope, SentimentLabel } from '../analyze/analysis.js';
import type { Platform } from '../collect/raw-post.js';
import type { WordScript } from '../text/search-words.js';

export interface Span {
  /** 0-based offset of the first character in the query text. */
  readonly start: number;
  /** Offset just after the last character. */
  readonly end: number;
}

/**
 * One word of a term or phrase. `stem`: any form with the same stem (the default); `exact`: this
 * form only (written `=word`); `wildcard`: forms fitting `*` (any ending) and `?` (one letter).
 */
export type WordPattern =
  | { readonly kind: 'stem'; readonly form: string; readonly script: WordScript; readonly span: Span }
  | { readonly kind: 'exact'; readonly form: string; readonly script: WordScript; readonly span: Span }
  | {
    readonly kind: 'wildcard';
    /** The normalised pattern with its `*` and `?`. */
    readonly pattern: string;
    /** The letters before the first wildcard. */
    readonly prefix: string;
    readonly span: Span;
  };

/** Words that must follow one another; a single term is a phrase of one word. */
export interface Phrase {
  readonly words: readonly WordPattern[];
  readonly span: Span;
}

export type FieldName =
  | 'lang' | 'platform' | 'outlet' | 'subject' | 'issue' | 'slice' | 'district' | 'sentiment' | 'date' | 'scope';

/** Subjects and issues may be defined by a saved query of the project; its tree is kept here. */
export type FieldFilter =
  | { readonly field: 'lang'; readonly languages: readonly LanguageCode[] }
  | { readonly field: 'platform'; readonly platform: Platform }
  | { readonly field: 'outlet'; readonly outlet: string }
  | { readonly field: 'subject' | 'issue'; readonly id: string; readonly saved: QueryNode | null }
  | { readonly field: 'slice' | 'district'; readonly id: string }
  | { readonly field: 'sentiment'; readonly sentiment: SentimentLabel }
  | { readonly field: 'date'; readonly from: string | null; readonly to: string | null }
  | { readonly field: 'scope'; readonly scope: PostScope };

export type QueryNode =
  | { readonly type: 'phrase'; readonly phrase: Phrase }
  | {
    readonly type: 'near';
    /** ONEAR: the operands in the order written. */
    readonly ordered: boolean;
    /** Most words allowed between operands. */
    readonly distance: number;
    /** Each operand is one or more alternative phrases: `(a OR "b c") NEAR/3 d`. */
    readonly operands: readonly (readonly Phrase[])[];
    readonly span: Span;
  }
  | { readonly type: 'field'; readonly filter: FieldFilter; readonly span: Span }
  | { readonly type: 'and'; readonly children: readonly QueryNode[] }
  | { readonly type: 'or'; readonly children: readonly QueryNode[] }
  | { readonly type: 'not'; readonly child: QueryNode; readonly span: Span };

export interface Query {
  /** The query as written. */
  readonly text: string;
  readonly root: QueryNode;
}

/** Every word pattern of `node` that is not under NOT: what a found post is highlighted by. */
export function positiveWords(node: QueryNode): WordPattern[] {
  switch (node.type) {
    case 'phrase':
      return [...node.phrase.words];
    case 'near':
      return node.operands.flat().flatMap((phrase) => phrase.words);
    case 'field':
      return node.filter.field === 'subject' || node.filter.field === 'issue'
        ? (node.filter.saved ? positiveWords(node.filter.saved) : [])
        : [];
    case 'and':
    case 'or':
      return node.children.flatMap(positiveWords);
    case 'not':
      return [];
  }
}

/**
 * Every field filter of `node` with where the query names it, saved subject and issue queries
 * included: a filter inside a saved query is placed at the filter that names it.
 */
export function fieldsOf(node: QueryNode, written: Span | null = null): { field: FieldName; span: Span }[] {
  switch (node.type) {
    case 'field': {
      const span = written ?? node.span;
      const filter = node.filter;
      const saved = 'saved' in filter && filter.saved ? fieldsOf(filter.saved, span) : [];
      return [{ field: filter.field, span }, ...saved];
    }
    case 'not':
      return fieldsOf(node.child, written);
    case 'and':
    case 'or':
      return node.children.flatMap((child) => fieldsOf(child, written));
    default:
      return [];
  }
}

/** Whether `node` filters on `field` anywhere, saved subject and issue queries included. */
export function namesField(node: QueryNode, field: FieldName): boolean {
  return fieldsOf(node).some((entry) => entry.field === field);
}
