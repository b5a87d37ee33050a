import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

import { htmlToText } from '../markup/html-to-text.js';

export interface ExtractedArticle {
  readonly title?: string;
  /** Plain text of the article body, paragraphs kept as lines; the byline is not part of it. */
  readonly text: string;
  /** The publication time the page states, as written. */
  readonly publishedTime?: string;
}

/** Bodies shorter than this are teasers or paywall stubs: the feed's text serves better. */
const MIN_ARTICLE_CHARACTERS = 200;

/**
 * The main text of a news page, found by Readability on a linkedom document. Readability reports
 * the byline apart from the content, and it is dropped here: bylines are not kept (DESIGN rule 1).
 * Undefined when the page has no article body worth the name.
 */
export function extractArticle(html: string, url: string): ExtractedArticle | undefined {
  const { document } = parseHTML(html);
  setDocumentUrl(document, url);
  // Read before Readability, which rewrites the document as it extracts.
  const markedTime = markedPublicationTime(document);
  removeBylineElements(document);
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: MIN_ARTICLE_CHARACTERS,
  }).parse();
  if (!parsed?.content) return undefined;

  const text = htmlToText(parsed.content);
  if (text.length < MIN_ARTICLE_CHARACTERS) return undefined;
  return {
    title: parsed.title?.trim() || undefined,
    text: withoutCreditLines(withoutByline(text, parsed.byline)),
    publishedTime: parsed.publishedTime ?? markedTime,
  };
}

/**
 * Where pages mark their publication time when they have no JSON-LD and no `article:published_time`,
 * the two Readability reads: schema.org microdata (`<time itemprop="datePublished" datetime>`,
 * `<meta itemprop="datePublished" content>`), the old `pubdate` meta names, and the `<time>` of
 * the article itself. Many Kazakh and Russian CMSs write only these; the item then went undated.
 */
const TIME_MARKS: readonly (readonly [selector: string, attribute: string])[] = [
  ['[itemprop~="datePublished"][datetime]', 'datetime'],
  ['meta[itemprop~="datePublished"][content]', 'content'],
  ['[itemprop~="datePublished"][content]', 'content'],
  ['meta[name="pubdate" i][content], meta[name="publishdate" i][content]', 'content'],
  ['meta[name="dc.date.issued" i][content], meta[name="date" i][content]', 'content'],
  ['article time[datetime]', 'datetime'],
];

function markedPublicationTime(document: ReturnType<typeof parseHTML>['document']): string | undefined {
  for (const [selector, attribute] of TIME_MARKS) {
    const value = document.querySelector(selector)?.getAttribute(attribute)?.trim();
    if (value) return value;
  }
  return undefined;
}

/** Author blocks are short; a longer element marked so is a container, not a byline. */
const MAX_BYLINE_CHARACTERS = 300;
const BYLINE_MARK = /byline|author|writtenby|dateline/i;
/** A credit line: "Автор: …", "Авторы: …" (Kazakh), "Фото: …", "Текст: …", "Author: …". */
const CREDIT_LINE =
  /^(?:автор(?:ы|ов)?(?: материала| фото| текста)?|текст|фото(?:граф)?|суретті түсірген|author|photo)\s*[:：—–]/i;
const MAX_CREDIT_LINE_CHARACTERS = 150;

/**
 * Readability takes out one byline element, and none when the page names its author in metadata
 * (JSON-LD, `<meta name="author">`); news sites also repeat the author in a box under the text.
 * Every element marked as an author's goes before extraction, so no byline reaches the text.
 */
function removeBylineElements(document: ReturnType<typeof parseHTML>['document']): void {
  for (const element of [...document.querySelectorAll('[rel~="author"], [itemprop~="author"], [class], [id]')]) {
    const marked = element.matches('[rel~="author"], [itemprop~="author"]') ||
      BYLINE_MARK.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
    if (!marked || !element.isConnected) continue;
    if ((element.textContent ?? '').trim().length <= MAX_BYLINE_CHARACTERS) element.remove();
  }
}

/** Unmarked credit lines ("Автор: …", "Фото: …") name people; they carry no news. */
function withoutCreditLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.length > MAX_CREDIT_LINE_CHARACTERS || !CREDIT_LINE.test(line.trim()))
    .join('\n');
}

/** Readability resolves relative links against the document URL, which linkedom leaves empty. */
function setDocumentUrl(document: object, url: string): void {
  try {
    Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
    Object.defineProperty(document, 'baseURI', { value: url, configurable: true });
  } catch {
    // A read-only document keeps relative links as they are; nothing is lost for text.
  }
}

/** Some pages repeat the byline inside the body as its first line; it goes too. */
function withoutByline(text: string, byline: string | null | undefined): string {
  const name = byline?.trim();
  if (!name) return text;
  const lines = text.split('\n');
  return lines.filter((line) => line.trim() !== name).join('\n');
}
