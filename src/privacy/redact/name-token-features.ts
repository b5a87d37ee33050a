/**
 * Hashed features of one capitalised word for the name classifier: the word itself, its
 * endings and shape, the words before and after it, whether it opens a sentence, what the name
 * lists and the name rules say of it and of its capitalised neighbours.
 */
import type { FeatureBuffer } from '../../models/feature-buffer.js';
import { combineHashes, hashText } from '../../models/feature-hash.js';
import type { NameToken } from './name-token.js';

const NEIGHBOUR_WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
// A sentence ends at its stop, and a post's segment at markup or a separator: a closing tag
// ("</b>Яма"), "|", a bullet or an emoji ("🔥Яма на дороге").
const SENTENCE_END = /[.!?…:;>|•·\p{Extended_Pictographic}]["»”)\]]?\s*$|^\s*$|\n\s*["«“-]?\s*$|[.!?…]\s*["«“-]\s*$/u;
const NEIGHBOUR_REACH = 40;

const NAMESPACE_NAMES = [
  'bias', 'key', 'suffix1', 'suffix2', 'suffix3', 'suffix4', 'prefix3', 'length', 'hyphen', 'script',
  'start', 'previous', 'next', 'previous suffix', 'next suffix', 'previous capitalised',
  'next capitalised', 'token', 'before', 'after', 'rule', 'rule start', 'rule suffix', 'start suffix',
  'start given', 'lower case elsewhere', 'named elsewhere',
] as const;

/** Each feature's namespace hashed once at load: a feature is one hash of its value more. */
const NAMESPACES = Object.fromEntries(NAMESPACE_NAMES.map((name) => [name, hashText(name)])) as
  Readonly<Record<(typeof NAMESPACE_NAMES)[number], number>>;
const SUFFIX_NAMESPACES = [0, NAMESPACES.suffix1, NAMESPACES.suffix2, NAMESPACES.suffix3, NAMESPACES.suffix4];
const STARTS_UPPER = /^\p{Lu}/u;
const LATIN_LETTER = /[a-z]/;
// Quotes, brackets and Markdown's marks between two words leave them neighbours ("на [Абая]").
const GAP_TO_TOKEN = /^[\s,«»"“”()[\]*_~-]*$/u;
const NEXT_WORD = /^[\s,«»"“”()[\]*_~-]*([\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*)/u;

/** Whether the word at `start` opens a sentence (or the text, or a line). */
export function opensSentence(text: string, start: number): boolean {
  return SENTENCE_END.test(text.slice(Math.max(0, start - 6), start));
}

/** The word before `start` and the word after `end` in `text`, lower case ('' at the edges). */
function neighbourWords(text: string, start: number, end: number): [string, string] {
  const before = text.slice(Math.max(0, start - NEIGHBOUR_REACH), start);
  let last: RegExpExecArray | undefined;
  for (const match of before.matchAll(NEIGHBOUR_WORD)) last = match;
  // Only a word that ends right before the token's gap counts, not one across a sentence.
  const previous = last !== undefined && GAP_TO_TOKEN.test(before.slice(last.index + last[0].length)) ? last[0] : '';
  const after = text.slice(end, end + NEIGHBOUR_REACH);
  const next = NEXT_WORD.exec(after)?.[1] ?? '';
  return [previous, next];
}

function flagsOf(token: NameToken | undefined, named: boolean): string {
  if (token === undefined) return 'none';
  if (token.initial) return 'initial';
  return [
    token.given ?? '-', token.patronymic ? 'p' : '-', token.surname ? 's' : '-',
    token.loneSurname ? 'l' : '-', named ? 'n' : '-', token.place ? 'pl' : '-',
  ].join('');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** Whether `word` (lower case) stands as a whole word anywhere in `text`. */
function occursInLowerCase(text: string, word: string): boolean {
  if (word === '') return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + word.length] ?? ' ';
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}

/**
 * What the rest of a text says of its capitalised words: an ordinary word also turns up in lower
 * case ("Вчера" opening a sentence, "вчера" later), and a surname the rules named once in full
 * is the same person's elsewhere.
 */
export interface TextEvidence {
  readonly text: string;
  readonly namedKeys: ReadonlySet<string>;
}

export function textEvidence(text: string, tokens: readonly NameToken[], ruleNamed: readonly boolean[]): TextEvidence {
  const namedKeys = new Set<string>();
  tokens.forEach((token, index) => {
    if (ruleNamed[index] && token.capitalised) namedKeys.add(token.key);
  });
  return { text, namedKeys };
}

/**
 * Writes the features of `tokens[index]` into `features`, masked to the model's buckets.
 * `ruleNamed[i]` says whether the name rules took token i for part of a name.
 */
export function nameTokenFeatures(
  text: string,
  tokens: readonly NameToken[],
  index: number,
  ruleNamed: readonly boolean[],
  evidence: TextEvidence,
  mask: number,
  features: FeatureBuffer,
): void {
  features.clear();
  const token = tokens[index]!;
  const add = (namespace: number, value: string): void => {
    features.push(combineHashes(namespace, hashText(value)) & mask);
  };
  const word = token.word;
  const [previous, next] = neighbourWords(text, token.start, token.end);
  const sentenceStart = opensSentence(text, token.start);
  const latin = LATIN_LETTER.test(word);
  const before = token.joined ? tokens[index - 1] : undefined;
  const afterToken = tokens[index + 1];
  const after = afterToken?.joined ? afterToken : undefined;
  const rule = ruleNamed[index] ? 'yes' : 'no';

  add(NAMESPACES.bias, '');
  add(NAMESPACES.key, token.key);
  for (let length = 1; length <= 4; length++) {
    if (word.length > length + 1) add(SUFFIX_NAMESPACES[length]!, word.slice(-length));
  }
  add(NAMESPACES.prefix3, word.slice(0, 3));
  add(NAMESPACES.length, String(Math.min(word.length, 12)));
  add(NAMESPACES.hyphen, String(word.includes('-')));
  add(NAMESPACES.script, latin ? 'latin' : 'cyrillic');
  add(NAMESPACES.start, String(sentenceStart));
  add(NAMESPACES.previous, previous.toLowerCase());
  add(NAMESPACES.next, next.toLowerCase());
  add(NAMESPACES['previous suffix'], previous.toLowerCase().slice(-3));
  add(NAMESPACES['next suffix'], next.toLowerCase().slice(-3));
  add(NAMESPACES['previous capitalised'], String(STARTS_UPPER.test(previous)));
  add(NAMESPACES['next capitalised'], String(STARTS_UPPER.test(next)));
  add(NAMESPACES.token, flagsOf(token, ruleNamed[index]!));
  add(NAMESPACES.before, flagsOf(before, before !== undefined && ruleNamed[index - 1]!));
  add(NAMESPACES.after, flagsOf(after, after !== undefined && ruleNamed[index + 1]!));
  add(NAMESPACES.rule, rule);
  add(NAMESPACES['rule start'], `${rule} ${sentenceStart}`);
  add(NAMESPACES['rule suffix'], `${rule} ${word.slice(-2)}`);
  add(NAMESPACES['start suffix'], `${sentenceStart} ${word.slice(-3)}`);
  add(NAMESPACES['start given'], `${sentenceStart} ${token.given ?? '-'}`);
  add(NAMESPACES['lower case elsewhere'], String(occursInLowerCase(evidence.text, word)));
  add(NAMESPACES['named elsewhere'], String(!ruleNamed[index] && evidence.namedKeys.has(token.key)));
}
