import type { Block, DigestDocument, ExcerptBlock } from './digest-document.js';
import { escapeHtml, safeHttpUrl } from './escape.js';

// No scripts, no fetches: the digest opens offline and a hostile post cannot make it load or run
// anything, even if an escape were ever missed.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6570; --rule: #d9dee4; --accent: #3465a4; }
* { box-sizing: border-box; }
body {
  margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 {
  font-size: 1.3rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem;
  border-bottom: 2px solid var(--rule);
}
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
p.subtitle { color: var(--muted); margin: 0 0 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-weight: 600; background: #f4f6f8; }
/* Cells wrap: the issue and agency tables have eight columns and the accuracy table long test
   set names; kept on one line they ran past the page, and Chromium shrank the whole A4 PDF to
   fit them, its text to 7.5 pt. Numbers and percentages hold no-break spaces of their own. */
td { overflow-wrap: break-word; }
.nb { white-space: nowrap; }
figure { margin: .5rem 0 1rem; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .85rem; }
blockquote {
  margin: .75rem 0; padding: .5rem .9rem; background: #f7f9fb;
  border-left: 3px solid var(--accent);
}
blockquote p { margin: 0 0 .35rem; overflow-wrap: anywhere; }
blockquote footer { color: var(--muted); font-size: .85rem; overflow-wrap: anywhere; }
@media print {
  main { max-width: none; padding: 0; }
  table { font-size: .75rem; }
  th, td { padding: .2rem .25rem; }
  h2 { break-after: avoid; }
  figure, blockquote, tr { break-inside: avoid; }
}
`;

/** The digest as one self-contained HTML file: inline CSS and inline SVG, nothing fetched. */
export function renderDigestHtml(document: DigestDocument): string {
  const sections = document.sections.map((section) =>
    `<section id="${section.id}">\n<h2>${escapeHtml(section.heading)}</h2>\n` +
    `${section.blocks.map(renderBlock).join('\n')}\n</section>`);
  return [
    '<!doctype html>',
    `<html lang="${document.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(document.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(document.subtitle)}</p>`,
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'subheading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'table':
      return [
        '<table>',
        `<thead>${tableRow(block.columns, 'th')}</thead>`,
        '<tbody>',
        ...block.rows.map((cells) => tableRow(cells, 'td')),
        '</tbody>',
        '</table>',
      ].join('\n');
    case 'chart':
      return `<figure>${block.svg}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
    case 'excerpts':
      return `<h3>${escapeHtml(block.heading)}</h3>\n${block.excerpts.map(renderExcerpt).join('\n')}`;
  }
}

function tableRow(cells: readonly string[], tag: 'th' | 'td'): string {
  const content = (cell: string) => (tag === 'td' ? unbroken(escapeHtml(cell)) : escapeHtml(cell));
  return `<tr>${cells.map((cell) => `<${tag}>${content(cell)}</${tag}>`).join('')}</tr>`;
}

/** A short bracketed part of a cell: an interval "(33 %–60 %)" or a test "(p = 0,575)". */
const BRACKETED = /\([^()<>]{1,24}\)/g;

/** Keeps each short bracketed part on one line, so a wrapping cell breaks before it, not inside. */
function unbroken(html: string): string {
  return html.replace(BRACKETED, (part) => `<span class="nb">${part}</span>`);
}

function renderExcerpt(excerpt: ExcerptBlock): string {
  const url = safeHttpUrl(excerpt.url);
  const title = excerpt.title ? `<p><strong>${escapeHtml(excerpt.title)}</strong></p>` : '';
  const link = url
    ? ` · <a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${escapeHtml(url)}</a>`
    : '';
  const footer = `<footer>${escapeHtml(excerpt.source)}${link}</footer>`;
  return `<blockquote>${title}<p>${escapeHtml(excerpt.text)}</p>${footer}</blockquote>`;
}
