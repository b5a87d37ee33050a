/**
 * A brute-force reading of docs/query-language.md, written apart from `src/query/match.ts` and
 * kept as plain as possible: every word compared with every query word, every combination of
 * NEAR hits tried. Slow, and meant to be obviously right.
 */
import { russianWordForms } from '../../src/text/inflect/russian-declension.js';
import { fleetingVowelForms } from '../../src/text/inflect/russian-fleeting-vowel.js';
import { stemIn, type SearchWord } from '../../src/text/search-words.js';
import type { FieldFilter, Phrase, QueryNode, WordPattern } from '../../src/query/ast.js';
import type { PreparedPost } from '../../src/query/match.js';

export function referenceMatches(node: QueryNode, post: PreparedPost): boolean {
  switch (node.type) {
    case 'phrase':
      return hits(node.phrase, post.words).length > 0;
    case 'near': {
      const operands = node.operands.map((alternatives) => alternatives.flatMap((phrase) => hits(phrase, post.words)));
      return combinations(operands).some((choice) =>
        node.ordered ? inOrder(choice, node.distance) : near(choice, node.distance));
    }
    case 'field':
      return fieldMatches(node.filter, post);
    case 'and':
      return node.children.every((child) => referenceMatches(child, post));
    case 'or':
      return node.children.some((child) => referenceMatches(child, post));
    case 'not':
      return !referenceMatches(node.child, post);
  }
}

interface Hit {
  readonly start: number;
  readonly length: number;
}

function hits(phrase: Phrase, words: readonly SearchWord[]): Hit[] {
  const found: Hit[] = [];
  for (let start = 0; start + phrase.words.length <= words.length; start++) {
    if (phrase.words.every((pattern, offset) => wordFits(pattern, words[start + offset]!))) {
      found.push({ start, length: phrase.words.length });
    }
  }
  return found;
}

function wordFits(pattern: WordPattern, word: SearchWord): boolean {
  if (pattern.kind === 'exact') return word.form === pattern.form;
  if (pattern.kind === 'wildcard') return globFits(pattern.pattern, word.form);
  // The post word's own stem space decides which of the query word's stems it is compared with.
  const script = pattern.script;
  const spaces = script === 'other' ? ['f'] : script === 'cyrillic' ? ['r', 'k'] : ['e', 'k'];
  if (!spaces.includes(word.space)) return false;
  if (word.stem === stemIn(word.space, pattern.form)) return true;
  if (word.space === 'r') return russianFormStems(pattern.form).has(word.stem);
  return word.space === 'e' && word.stem === stemIn('e', pattern.form + 'es');
}

const formStemsByWord = new Map<string, ReadonlySet<string>>();

/**
 * The stems of a query word's Russian case forms: a Russian word fits the words that share one.
 * Kept once per query word, since every word of every post asks for them.
 */
function russianFormStems(queryWord: string): ReadonlySet<string> {
  const known = formStemsByWord.get(queryWord);
  if (known) return known;
  // A word in -ая or -яя may be the genitive of a noun in -ай or -яй ("Аксая" of "Аксай").
  const nouns = /[ая]я$/.test(queryWord) ? [queryWord, `${queryWord.slice(0, -1)}й`] : [queryWord];
  // "рынок" fits "рынке", "остановка" fits "остановок": the vowel that comes and goes.
  const forms = [...nouns.flatMap((noun) => russianWordForms(noun, { proper: false })), ...fleetingVowelForms(queryWord)];
  const stems = new Set(forms.map((form) => stemIn('r', form)));
  formStemsByWord.set(queryWord, stems);
  return stems;
}


function globFits(pattern: string, form: string): boolean {
  const letters = [...form];
  const parts = [...pattern];
  const fits = (p: number, f: number): boolean => {
    if (p === parts.length) return f === letters.length;
    if (parts[p] === '*') return fits(p + 1, f) || (f < letters.length && fits(p, f + 1));
    if (f === letters.length) return false;
    return (parts[p] === '?' || parts[p] === letters[f]) && fits(p + 1, f + 1);
  };
  return fits(0, 0);
}

function combinations(lists: readonly Hit[][]): Hit[][] {
  return lists.reduce<Hit[][]>((choices, list) => choices.flatMap((choice) => list.map((hit) => [...choice, hit])), [[]]);
}

/** The latest start among the hits; every hit ends at most `distance` words before it. */
function near(choice: readonly Hit[], distance: number): boolean {
  const last = Math.max(...choice.map((hit) => hit.start));
  return choice.every((hit) => last - (hit.start + hit.length) <= distance);
}

function inOrder(choice: readonly Hit[], distance: number): boolean {
  for (let index = 1; index < choice.length; index++) {
    const gap = choice[index]!.start - (choice[index - 1]!.start + choice[index - 1]!.length);
    if (gap < 0 || gap > distance) return false;
  }
  return true;
}

function fieldMatches(filter: FieldFilter, prepared: PreparedPost): boolean {
  const { post, outlet } = prepared;
  switch (filter.field) {
    case 'lang': return filter.languages.includes(post.language);
    case 'platform': return post.platform === filter.platform;
    case 'outlet': return post.kind === 'article' && outlet === filter.outlet;
    case 'sentiment': return post.sentiment === filter.sentiment;
    case 'date': return (filter.from ?? '') <= post.day && post.day <= (filter.to ?? '9999');
    case 'subject':
      return post.subjects.includes(filter.id) || (filter.saved !== null && referenceMatches(filter.saved, prepared));
    case 'issue':
      return post.issues.includes(filter.id) || (filter.saved !== null && referenceMatches(filter.saved, prepared));
    case 'slice': return post.slices.includes(filter.id);
    case 'district': return post.districts.includes(filter.id);
    case 'scope': return post.scope === filter.scope;
  }
}
