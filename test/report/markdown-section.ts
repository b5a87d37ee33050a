import { expect } from 'vitest';

/** The Markdown of one digest section, from its `## heading` to the next (or the end). */
export function markdownSection(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}
