import type { Snippet } from '../../src/store/store.js';

/** A snippet's text with each highlight in brackets: "[Аксай-4] опять без света". */
export function marked(snippet: Snippet): string {
  let text = snippet.text;
  for (const { start, end } of [...snippet.highlights].reverse()) {
    text = `${text.slice(0, start)}[${text.slice(start, end)}]${text.slice(end)}`;
  }
  return text;
}
