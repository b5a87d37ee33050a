import type { Mention } from '../analysis.js';
import { normaliseForMatching } from '../../text/normalise.js';

/** A long run-on post without full stops still gives the model a bounded window. */
const MAX_REACH = 300;

export interface MentionSentence {
  /** Normalised text of the mention's sentence before the mention. */
  readonly before: string;
  /** Normalised text of the mention's sentence after the mention. */
  readonly after: string;
  /**
   * The mention's own clause (or its sentence when the clause is too short), normalised, the
   * mention included.
   */
  readonly clause: string;
  /** Where the mention ends in `clause`. */
  readonly clauseMentionEnd: number;
  /** Where the sentence stands in the text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

// Clause breaks: "дороги разбиты, но аким наконец выделил деньги" has two clauses.
const CLAUSE_BREAK = /[,;:()—–]/;
const LAST_CLAUSE_BREAK = /[,;:()—–](?=[^,;:()—–]*$)/;
const WORD = /[\p{L}\p{N}]+/gu;

/** Fewer words than this beside the mention, and its clause is too short to carry a tone. */
const MIN_CLAUSE_WORDS = 3;

function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/**
 * The sentence a mention stands in, split around the mention. Mention offsets point into the
 * redacted text, not the normalised one (normalising drops soft hyphens and so shifts offsets),
 * so the sentence is cut from `text` and its two sides normalised separately.
 */
export function mentionSentence(text: string, mention: Mention): MentionSentence {
  const start = sentenceStart(text, mention.start);
  const end = sentenceEnd(text, mention.end);

  const before = normaliseForMatching(text.slice(start, mention.start));
  const after = normaliseForMatching(text.slice(mention.end, end));
  const form = normaliseForMatching(mention.form);
  const clauseBefore = before.slice(before.search(LAST_CLAUSE_BREAK) + 1);
  const clauseEnd = after.search(CLAUSE_BREAK);
  const clauseAfter = clauseEnd < 0 ? after : after.slice(0, clauseEnd);

  // "Сбербанк, как всегда, завис": the name's own clause is the name alone and says nothing;
  // then the whole sentence is the mention's context.
  const words = countWords(clauseBefore) + countWords(clauseAfter);
  const opening = words >= MIN_CLAUSE_WORDS ? clauseBefore : before;
  const clause = opening + form + (words >= MIN_CLAUSE_WORDS ? clauseAfter : after);

  return { before, after, clause, clauseMentionEnd: opening.length + form.length, start, end };
}

function isSentenceEnd(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x0a) return true;
  // ".", "!", "?", "…" followed by a space: "Аким ответил. Жители недовольны".
  const ends = code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
  const next = text.charCodeAt(index + 1);
  return ends && (Number.isNaN(next) || next === 0x20 || next === 0x0a);
}

function sentenceStart(text: string, from: number): number {
  const limit = Math.max(0, from - MAX_REACH);
  for (let index = from - 1; index >= limit; index--) {
    if (isSentenceEnd(text, index)) return index + 1;
  }
  return limit;
}

function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_REACH);
  for (let index = from; index < limit; index++) {
    if (isSentenceEnd(text, index)) return index + 1;
  }
  return limit;
}
