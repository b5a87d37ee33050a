/**
 * The in-memory executor: whether one post matches a query, for posts as they stream in
 * (alerts) and as the reference the store's full-text executor is tested against. It gives the
 * same answer as the store for every post the store holds with its text.
 *
 * Build a `QueryMatcher` once per query; prepare a post once (`preparePost`) when several
 * queries test it.
 */
import type { Analysis, LanguageCode, PostScope, SentimentLabel } from '../analyze/analysis.js';
import type { Platform, PostKind } from '../collect/raw-post.js';
import type { Post } from '../privacy/post.js';
import { normaliseForMatching } from '../text/normalise.js';
import { searchWords, type SearchWord } from '../text/search-words.js';
import type { FieldFilter, Phrase, Query, QueryNode } from './ast.js';
import { stemModeOf } from './stem-mode.js';
import { wordTest, type WordTest } from './word-test.js';

/** What of a post and its analysis a query can ask about. */
export interface MatchablePost {
  /** The analysis's normalised text (title and text). */
  readonly normalised: string;
  readonly language: LanguageCode;
  readonly kind: PostKind;
  readonly platform: Platform;
  /** News only. */
  readonly outlet: string | null;
  /** Local day, `YYYY-MM-DD`, in the project's time zone. */
  readonly day: string;
  readonly sentiment: SentimentLabel;
  readonly subjects: readonly string[];
  readonly issues: readonly string[];
  readonly slices: readonly string[];
  readonly districts: readonly string[];
  readonly scope: PostScope;
}

export interface PreparedPost {
  readonly post: MatchablePost;
  readonly words: readonly SearchWord[];
  /** The outlet normalised as `outlet:` values are. */
  readonly outlet: string | null;
}

/** A word-level hit: where an operand starts and how many words it covers. */
interface Instance {
  readonly start: number;
  readonly length: number;
}

type Test = (post: PreparedPost) => boolean;

export function matchablePost(post: Post, analysis: Analysis, day: string): MatchablePost {
  return {
    normalised: analysis.normalised,
    language: analysis.language.code,
    kind: post.kind,
    platform: post.platform,
    outlet: post.kind === 'article' ? post.outlet : null,
    day,
    sentiment: analysis.sentiment.label,
    subjects: analysis.mentions.map((mention) => mention.subjectId),
    issues: analysis.issues.map((issue) => issue.issueId),
    slices: analysis.slices,
    districts: analysis.districts,
    scope: analysis.scope ?? 'none',
  };
}

export function preparePost(post: MatchablePost): PreparedPost {
  return {
    post,
    words: searchWords(post.normalised, stemModeOf(post.language)),
    outlet: post.kind === 'article' && post.outlet !== null ? normaliseForMatching(post.outlet).trim() : null,
  };
}

export class QueryMatcher {
  readonly query: Query;
  readonly #test: Test;

  constructor(query: Query) {
    this.query = query;
    this.#test = compileNode(query.root);
  }

  matches(post: MatchablePost | PreparedPost): boolean {
    return this.#test('words' in post ? post : preparePost(post));
  }
}

/** The test of one NEAR or ONEAR node over a post's words; the store runs ONEAR's order through it. */
export function nearTest(node: Extract<QueryNode, { type: 'near' }>): (words: readonly SearchWord[]) => boolean {
  const operands = node.operands.map((alternatives) => alternatives.map(phraseTests));
  return (words) => {
    const instances = operands.map((alternatives) => instancesOf(alternatives, words));
    if (instances.some((list) => list.length === 0)) return false;
    return node.ordered ? inOrder(instances, node.distance) : near(instances, node.distance);
  };
}

function compileNode(node: QueryNode): Test {
  switch (node.type) {
    case 'phrase': {
      const tests = phraseTests(node.phrase);
      return (post) => phraseStarts(tests, post.words, true).length > 0;
    }
    case 'near': {
      const test = nearTest(node);
      return (post) => test(post.words);
    }
    case 'field':
      return fieldTest(node.filter);
    case 'and': {
      const tests = node.children.map(compileNode);
      return (post) => tests.every((test) => test(post));
    }
    case 'or': {
      const tests = node.children.map(compileNode);
      return (post) => tests.some((test) => test(post));
    }
    case 'not': {
      const test = compileNode(node.child);
      return (post) => !test(post);
    }
  }
}

function fieldTest(filter: FieldFilter): Test {
  switch (filter.field) {
    case 'lang':
      return ({ post }) => filter.languages.includes(post.language);
    case 'platform':
      return ({ post }) => post.platform === filter.platform;
    case 'outlet':
      return ({ outlet }) => outlet !== null && outlet === filter.outlet;
    case 'sentiment':
      return ({ post }) => post.sentiment === filter.sentiment;
    case 'date':
      return ({ post }) => (filter.from === null || post.day >= filter.from) &&
        (filter.to === null || post.day <= filter.to);
    case 'subject':
    case 'issue': {
      const saved = filter.saved ? compileNode(filter.saved) : null;
      const key = filter.field === 'subject' ? 'subjects' : 'issues';
      return (prepared) => prepared.post[key].includes(filter.id) || (saved !== null && saved(prepared));
    }
    case 'slice':
      return ({ post }) => post.slices.includes(filter.id);
    case 'district':
      return ({ post }) => post.districts.includes(filter.id);
    case 'scope':
      return ({ post }) => post.scope === filter.scope;
  }
}

function phraseTests(phrase: Phrase): WordTest[] {
  return phrase.words.map(wordTest);
}

/** Word indexes where the phrase starts; with `first`, stops at the first. */
function phraseStarts(tests: readonly WordTest[], words: readonly SearchWord[], first: boolean): number[] {
  const starts: number[] = [];
  const last = words.length - tests.length;
  for (let start = 0; start <= last; start++) {
    let fits = true;
    for (let offset = 0; offset < tests.length && fits; offset++) {
      fits = (tests[offset] as WordTest)(words[start + offset] as SearchWord);
    }
    if (!fits) continue;
    starts.push(start);
    if (first) break;
  }
  return starts;
}

function instancesOf(alternatives: readonly WordTest[][], words: readonly SearchWord[]): Instance[] {
  return alternatives.flatMap((tests) =>
    phraseStarts(tests, words, false).map((start) => ({ start, length: tests.length })));
}

/**
 * NEAR/n, as SQLite's full-text NEAR counts it: some choice of one hit per operand where, with
 * `last` the latest start among them, every hit ends no more than n words before `last`.
 * Hits may overlap, and one hit may serve two operands that are the same phrase.
 */
function near(instances: readonly Instance[][], distance: number): boolean {
  for (const candidates of instances) {
    for (const { start: last } of candidates) {
      const fits = instances.every((list) => list.some(({ start, length }) =>
        start <= last && start >= last - length - distance));
      if (fits) return true;
    }
  }
  return false;
}

/** ONEAR/n: the operands in the order written, none overlapping, at most n words between each two. */
function inOrder(instances: readonly Instance[][], distance: number): boolean {
  let ends = new Set((instances[0] as Instance[]).map(({ start, length }) => start + length));
  for (const list of instances.slice(1)) {
    const next = new Set<number>();
    for (const { start, length } of list) {
      for (const end of ends) {
        if (start >= end && start - end <= distance) {
          next.add(start + length);
          break;
        }
      }
    }
    if (next.size === 0) return false;
    ends = next;
  }
  return true;
}
