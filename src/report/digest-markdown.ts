import type { Block, DigestDocument, ExcerptBlock } from './digest-document.js';
import { escapeMarkdown, safeHttpUrl } from './escape.js';

/**
 * The digest as Markdown. Charts are left to the HTML digest; their figures are in the tables.
 * Every text is escaped, so a post cannot add links, emphasis, table cells or HTML.
 */
export function renderDigestMarkdown(document: DigestDocument): string {
  const lines: string[] = [`# ${escapeMarkdown(document.title)}`, '', escapeMarkdown(document.subtitle), ''];
  for (const section of document.sections) {
    lines.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const block of section.blocks) lines.push(...renderBlock(block), '');
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function renderBlock(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [escapeMarkdown(block.text)];
    case 'subheading':
      return [`### ${escapeMarkdown(block.text)}`];
    case 'table':
      return [
        row(block.columns),
        row(block.columns.map(() => '---')),
        ...block.rows.map((cells) => row(cells)),
      ];
    case 'chart':
      return [];
    case 'excerpts':
      return [`### ${escapeMarkdown(block.heading)}`, '', ...block.excerpts.flatMap(renderExcerpt)];
  }
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => (cell === '---' ? cell : escapeMarkdown(cell))).join(' | ')} |`;
}

function renderExcerpt(excerpt: ExcerptBlock): string[] {
  const url = safeHttpUrl(excerpt.url);
  const lines: string[] = [];
  if (excerpt.title) lines.push(`> **${escapeMarkdown(excerpt.title)}**`, '>');
  lines.push(`> ${escapeMarkdown(excerpt.text)}`, '>');
  // An autolink: the URL parser has percent-encoded spaces, quotes and angle brackets, so it
  // cannot close the link early.
  lines.push(`> — ${escapeMarkdown(excerpt.source)}${url ? ` <${url}>` : ''}`, '');
  return lines;
}
