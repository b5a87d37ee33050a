/**
 * Hashed features of one capitalised word for the name classifier: the word itself, its
 * endings and shape, the words before and after it, whether it opens a sentence, what the name
 * lists and the name rules say of it and of its capitalised neighbours.
 */
import type { FeatureBuffer } from '../../models/feature-buffer.js';
import { combineHashes, hashText } from '../../models/feature-hash.js';
import type { NameToken } from './name-token.js';

const NEIGHBOUR_WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const SENTENCE_END = /[.!?…:;]["»”)\]]?\s*$|^\s*$|\n\s*["«“-]?\s*$|[.!?…]\s*["«“-]\s*$/u;
const NEIGHBOUR_REACH = 40;

const namespaces = new Map<string, number>();
function namespace(name: string): number {
  let hash = namespaces.get(name);
  if (hash === undefined) namespaces.set(name, (hash = hashText(name)));
  return hash;
}

/** The word before `start` and the word after `end` in `text`, lower case ('' at the edges). */
function neighbourWords(text: string, start: number, end: number): [string, string] {
  const before = text.slice(Math.max(0, start - NEIGHBOUR_REACH), start);
  let previous = '';
  for (const match of before.matchAll(NEIGHBOUR_WORD)) {
    // Only a word that ends right before the token's gap counts, not one across a sentence.
    if (/^[\s,«»"“”()-]*$/u.test(before.slice(match.index + match[0].length))) previous = match[0];
    else previous = '';
  }
  const after = text.slice(end, end + NEIGHBOUR_REACH);
  const next = /^[\s,«»"“”()-]*([\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*)/u.exec(after)?.[1] ?? '';
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
  const add = (name: string, value: string): void => {
    features.push(combineHashes(namespace(name), hashText(value)) & mask);
  };
  const word = token.word;
  const [previous, next] = neighbourWords(text, token.start, token.end);
  const sentenceStart = SENTENCE_END.test(text.slice(Math.max(0, token.start - 6), token.start));
  const latin = /[a-z]/.test(word);
  const before = token.joined ? tokens[index - 1] : undefined;
  const afterToken = tokens[index + 1];
  const after = afterToken?.joined ? afterToken : undefined;
  const rule = ruleNamed[index] ? 'yes' : 'no';

  add('bias', '');
  add('key', token.key);
  for (let length = 1; length <= 4; length++) {
    if (word.length > length + 1) add(`suffix${length}`, word.slice(-length));
  }
  add('prefix3', word.slice(0, 3));
  add('length', String(Math.min(word.length, 12)));
  add('hyphen', String(word.includes('-')));
  add('script', latin ? 'latin' : 'cyrillic');
  add('start', String(sentenceStart));
  add('previous', previous.toLowerCase());
  add('next', next.toLowerCase());
  add('previous suffix', previous.toLowerCase().slice(-3));
  add('next suffix', next.toLowerCase().slice(-3));
  add('previous capitalised', String(/^\p{Lu}/u.test(previous)));
  add('next capitalised', String(/^\p{Lu}/u.test(next)));
  add('token', flagsOf(token, ruleNamed[index]!));
  add('before', flagsOf(before, before !== undefined && ruleNamed[index - 1]!));
  add('after', flagsOf(after, after !== undefined && ruleNamed[index + 1]!));
  add('rule', rule);
  add('rule start', `${rule} ${sentenceStart}`);
  add('rule suffix', `${rule} ${word.slice(-2)}`);
  add('start suffix', `${sentenceStart} ${word.slice(-3)}`);
  add('start given', `${sentenceStart} ${token.given ?? '-'}`);
  add('lower case elsewhere', String(occursInLowerCase(evidence.text, word)));
  add('named elsewhere', String(!ruleNamed[index] && evidence.namedKeys.has(token.key)));
}
