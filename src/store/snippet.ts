import { cutAfter, cutBefore } from '../text/cut-boundary.js';
import { normaliseWithOffsets } from '../text/normalise.js';
import type { SearchTerm } from './search-terms.js';
import { SEARCH_WORD } from './search-terms.js';
import type { Snippet } from './store.js';

/** Characters of context shown around the first match. */
const SNIPPET_LENGTH = 240;
const CONTEXT_BEFORE = 80;
const ELLIPSIS = '…';

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Cuts a passage of the redacted text around the first match of `terms` and marks every match
 * inside it. Matching runs on the normalised text, as the search did, and the offsets are mapped
 * back, so "Досаевтың" is marked as written even though the index holds "досаевтың".
 */
export function buildSnippet(document: string, terms: readonly SearchTerm[]): Snippet {
  return cutSnippet(document, findMatches(document, terms));
}

/** Cuts a passage of `document` around the first of `matches` (offsets, in order) and marks them. */
export function cutSnippet(document: string, matches: readonly Span[]): Snippet {
  const first = matches[0];
  const anchor = first ? first.start : 0;

  let start = Math.max(0, anchor - CONTEXT_BEFORE);
  if (start > 0) start = cutAfter(document, nextWordStart(document, start));
  let end = Math.min(document.length, start + SNIPPET_LENGTH);
  if (end < document.length) end = cutBefore(document, previousWordEnd(document, end, start));

  const lead = start > 0 ? ELLIPSIS : '';
  const tail = end < document.length ? ELLIPSIS : '';
  // Newlines become spaces so that a snippet prints on one line; lengths do not change.
  const text = lead + document.slice(start, end).replace(/[\r\n\t]/g, ' ') + tail;
  const highlights = matches
    .filter((span) => span.start >= start && span.end <= end)
    .map((span) => ({ start: span.start - start + lead.length, end: span.end - start + lead.length }));
  return { text, highlights };
}

function findMatches(document: string, terms: readonly SearchTerm[]): Span[] {
  const normalised = normaliseWithOffsets(document);
  const tokens: { word: string; start: number; end: number }[] = [];
  for (const match of normalised.text.matchAll(SEARCH_WORD)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }

  // A null map means normalisation kept every offset.
  const origin = normalised.origin;
  const toOriginal = (offset: number): number => (origin ? origin[offset]! : offset);
  const spans: Span[] = [];
  for (let index = 0; index < tokens.length; index++) {
    for (const term of terms) {
      const last = matchTermAt(tokens, index, term);
      if (last < 0) continue;
      const from = tokens[index]!.start;
      const to = tokens[last]!.end;
      spans.push({ start: toOriginal(from), end: toOriginal(to) });
      break;
    }
  }
  return spans;
}

/** Index of the term's last token when the term matches starting at `index`, else -1. */
function matchTermAt(tokens: readonly { word: string }[], index: number, term: SearchTerm): number {
  const count = term.words.length;
  if (index + count > tokens.length) return -1;
  for (let offset = 0; offset < count; offset++) {
    const token = tokens[index + offset]!.word;
    const word = term.words[offset]!;
    const isLast = offset === count - 1;
    const matches = isLast && term.prefix ? token.startsWith(word) : token === word;
    if (!matches) return -1;
  }
  return index + count - 1;
}

function nextWordStart(text: string, from: number): number {
  const space = text.slice(from, from + 20).search(/\s/);
  return space < 0 ? from : from + space + 1;
}

function previousWordEnd(text: string, to: number, floor: number): number {
  const cut = text.lastIndexOf(' ', to);
  return cut > floor + SNIPPET_LENGTH / 2 ? cut : to;
}
