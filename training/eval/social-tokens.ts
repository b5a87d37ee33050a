/**
 * Tokens of a Russian social post for the in-domain benchmark models: links, handles, numbers and
 * smileys become one token each, a negated word carries its negation, and the company a label is
 * about (and any other company) is replaced by a placeholder.
 */
import { normaliseForMatching } from '../../src/text/normalise.js';

export const TARGET_TOKEN = 'целевойобъект';
export const OTHER_TARGET_TOKEN = 'другойобъект';

const LINK = /(?:https?:\/\/|www\.)\S+/g;
const HANDLE = /@[\p{L}\p{N}_]+/gu;
// Smileys as Russian tweets write them: ":)", ":-(", "=)", and the bare ")))" / "(((".
const SMILE = /[:;=]-?[)dр]+|\){2,}|(?<=[\p{L}\s])\)(?=\s|$)/gu;
const FROWN = /[:;=]-?\(+|\({2,}|(?<=[\p{L}\s])\((?=\s|$)/gu;
const TOKEN = /[\p{L}\p{N}_]+|[!?]/gu;

// Words that negate the next one: "не нравится" is not "нравится".
const NEGATORS = new Set(['не', 'нет', 'ни', 'без', 'нельзя', 'никогда']);

/** Where a company is named: the span of the word the name's stem falls in. */
export interface TargetPattern {
  readonly target: RegExp | null;
  readonly others: readonly RegExp[];
}

/** Replaces every word containing a match of `pattern` by ` token `. */
function replaceWords(text: string, pattern: RegExp, token: string): string {
  const global = new RegExp(pattern.source, 'gu');
  return text.replace(
    new RegExp(`[\\p{L}\\p{N}_.]*(?:${global.source})[\\p{L}\\p{N}_]*`, 'gu'),
    ` ${token} `,
  );
}

/**
 * The tokens of `text`, lower-cased and normalised. With `targets`, the target company's name is
 * replaced first and the other companies' names after it, so a tweet comparing two banks reads
 * differently from each bank's side.
 */
export function socialTokens(text: string, targets?: TargetPattern): string[] {
  let normalised = normaliseForMatching(text)
    .replace(LINK, ' ссылка ')
    .replace(HANDLE, ' пользователь ')
    .replace(SMILE, ' смайлрад ')
    .replace(FROWN, ' смайлгруст ')
    .replace(/\d+/g, '0');
  if (targets?.target) normalised = replaceWords(normalised, targets.target, TARGET_TOKEN);
  for (const other of targets?.others ?? []) {
    normalised = replaceWords(normalised, other, OTHER_TARGET_TOKEN);
  }

  const tokens = normalised.match(TOKEN) ?? [];
  const marked: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const previous = tokens[index - 1];
    marked.push(previous !== undefined && NEGATORS.has(previous) ? `не_${token}` : token);
  }
  return marked;
}
