import { extractArticle } from '../articles/extract-article.js';
import { recogniseFormat } from '../detect-format.js';
import { FetchError } from '../fetcher/fetch-error.js';
import type { FetchedDocument } from '../fetcher/fetcher.js';
import { parseDate } from '../dates/parse-date.js';
import { canonicalUrl, cleanUrl } from '../identity/canonical-url.js';
import { judgeGuids, NEW_GUID_RECORD, type GuidRecord } from '../identity/guid-stability.js';
import type { ImportContext } from '../import-context.js';
import { isJsonObject } from '../json-value.js';
import type { CollectContext, CollectedBatch, LiveSource } from '../live-source.js';
import type { ImportBatch, ImportNote, RawPost } from '../raw-post.js';
import { importJsonFeed, importXmlFeed } from './import-feed.js';
import { isWebPage, pageFeedLinks } from './page-feed-links.js';

export interface FeedSourceOptions {
  readonly id: string;
  readonly url: string;
  /** Fetch each new item's page for its full text. */
  readonly articles: boolean;
  /** Article pages fetched per run at most; the rest keep the feed's text. */
  readonly maxArticles: number;
}

interface FeedCursor {
  readonly etag?: string;
  readonly lastModified?: string;
  readonly guids: GuidRecord;
}

/** A page's time further ahead than this is a wrong date, as the importers treat one. */
const DAY_MS = 24 * 60 * 60 * 1000;
const ACCEPT_FEEDS =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, ' +
  'text/xml;q=0.9, */*;q=0.5';

/**
 * A news feed (RSS, RDF, Atom, JSON Feed) polled with conditional GET, each new item's full text
 * read from its page. A news post's identity is its canonical URL, so the same article in several
 * section feeds of an outlet, or with tracking parameters, is one post; GUIDs serve only once
 * proven stable, to follow an article whose URL was edited.
 */
export class FeedSource implements LiveSource {
  readonly id: string;
  readonly platform = 'news' as const;
  readonly #options: FeedSourceOptions;

  constructor(options: FeedSourceOptions) {
    this.id = options.id;
    this.#options = options;
  }

  async collect(cursor: unknown, context: CollectContext): Promise<CollectedBatch> {
    const previous = readCursor(cursor);
    const document = await context.fetcher.fetchText({
      url: this.#options.url,
      etag: previous.etag,
      lastModified: previous.lastModified,
      accept: ACCEPT_FEEDS,
    });
    const validators = { etag: document.etag, lastModified: document.lastModified };
    if (document.notModified) {
      return { ...emptyBatch(this.#options.url), cursor: { ...previous, ...pick(previous, validators) } };
    }

    const importContext = { file: this.#options.url, timezone: context.timezone, now: context.now };
    if (isWebPage(document.text.text)) throw new Error(webPageProblem(document.text.text, document.url, this.#options.url));
    const batch = parseFeed(document.text.text, importContext);
    const { posts, guids } = identify(batch.posts, previous.guids, document.url);
    const notes = [...(batch.notes ?? [])];
    const withText = this.#options.articles
      ? await this.#withArticleText(posts, context, notes)
      : posts;

    return {
      ...batch,
      posts: withText,
      notes,
      cursor: { etag: document.etag, lastModified: document.lastModified, guids },
    };
  }

  async #withArticleText(
    posts: readonly RawPost[],
    context: CollectContext,
    notes: ImportNote[],
  ): Promise<RawPost[]> {
    let budget = this.#options.maxArticles;
    const result: RawPost[] = [];
    // A feed that lists one article twice (or under two tracking links) has its page read once.
    const read = new Map<string, RawPost>();
    const refusedHosts = new Set<string>();
    for (const post of posts) {
      const earlier = read.get(post.nativeId);
      if (earlier !== undefined) {
        result.push({ ...earlier, location: post.location });
        continue;
      }
      if (post.url === undefined || budget <= 0 || context.isStored('news', post.nativeId)) {
        result.push(post);
        continue;
      }
      if (refusedHosts.has(new URL(post.url).host)) {
        result.push(post);
        continue;
      }
      budget--;
      const withText = await articleText(post, post.url, context, notes, refusedHosts);
      read.set(post.nativeId, withText);
      result.push(withText);
    }
    return result;
  }
}

/**
 * What to write instead when a source's location is a site's page rather than its feed: the
 * feeds the page names, or where sites keep them. A news site's address is what a new user
 * copies first; it failed as "XML with the root element <html>" or "the first line is neither
 * XML, JSON nor a CSV header", followed by the list of file formats `tyndau import` reads.
 */
function webPageProblem(html: string, pageUrl: string, location: string): string {
  const feeds = pageFeedLinks(html, pageUrl);
  const page = `${location}: a web page, not a feed`;
  if (feeds.length === 0) {
    return `${page}, and it names no feed in its head; give the address of the site's RSS or Atom ` +
      'feed as location (look for an RSS link on the site, or try /rss or /feed)';
  }
  const listed = feeds.slice(0, 5).join(', ');
  return `${page}; the page names ${feeds.length === 1 ? 'its feed' : 'these feeds'}: ${listed}; ` +
    `write ${feeds.length === 1 ? 'it' : 'one of them'} as the source's location`;
}

/** Where a feed's XML starts after what a server printed ahead of it. */
const FEED_START = /<\?xml\b|<rss\b|<feed\b|<rdf:RDF\b/;

/**
 * The feed, or failing that the feed after the text a server printed ahead of it: PHP sites
 * (WordPress plugins above all) write warnings and notices before the XML prolog, which makes
 * the document no XML at all. Such a feed is read from its prolog on, with a note.
 */
function parseFeed(text: string, context: ImportContext): ImportBatch {
  try {
    return parseFeedText(text, context);
  } catch (error) {
    const start = FEED_START.exec(text)?.index ?? 0;
    if (start === 0) throw error;
    const batch = parseFeedText(text.slice(start), context);
    const prefix = text.slice(0, start);
    const lines = prefix.split('\n').length - 1;
    const what = prefix.endsWith('\n') ? `the first ${lines === 1 ? 'line is' : `${lines} lines are`}` : `the first ${start} characters are`;
    const note = { location: { file: context.file }, note: `${what} not part of the feed (a server's warning printed ahead of it?); left out` };
    return { ...batch, notes: [note, ...(batch.notes ?? [])] };
  }
}

function parseFeedText(text: string, context: ImportContext): ImportBatch {
  const recognised = recogniseFormat(text, context.file);
  switch (recognised.format) {
    case 'rss':
    case 'atom':
    case 'rdf':
      return importXmlFeed(text, recognised.format, context);
    case 'jsonfeed':
      return importJsonFeed(recognised.document, context);
    default:
      throw new Error(`${context.file}: not a feed but ${recognised.format}; check the source's URL`);
  }
}

/** Gives each post its canonical URL as identity and link, and learns about the feed's GUIDs. */
function identify(
  posts: readonly RawPost[],
  guids: GuidRecord,
  feedUrl: string,
): { posts: RawPost[]; guids: GuidRecord } {
  const urls = posts.map((post) => (post.url ? canonicalUrl(post.url, feedUrl) : undefined));
  const entries = posts.map((post, index) => ({
    // The importer falls back to the link when an item has no GUID of its own.
    // or gives a bare-number GUID its link as identity already.
    guid: post.nativeId !== post.url && post.nativeId !== urls[index] && !post.nativeId.startsWith('content:')
      ? post.nativeId
      : undefined,
    url: urls[index],
  }));
  const verdict = judgeGuids(guids, entries);

  const identified = posts.map((post, index): RawPost => {
    const url = urls[index];
    if (url === undefined) return { ...post, url: undefined };
    const identity = verdict.earlierUrls[index] ?? url;
    return { ...post, nativeId: identity, url: cleanUrl(post.url!, feedUrl) };
  });
  return { posts: identified, guids: verdict.record };
}

async function articleText(
  post: RawPost,
  url: string,
  context: CollectContext,
  notes: ImportNote[],
  refusedHosts: Set<string>,
): Promise<RawPost> {
  let page: FetchedDocument & { text: { text: string } };
  try {
    page = await context.fetcher.fetchText({ url, accept: 'text/html,application/xhtml+xml' });
  } catch (error) {
    // A site that still says "too many requests" or "unavailable" after the retries is asked for
    // no more pages this run: each would wait out its own Retry-After, for minutes apiece.
    const busy = error instanceof FetchError && (error.status === 429 || error.status === 503);
    if (busy) refusedHosts.add(new URL(url).host);
    const rest = busy ? '; no more article pages of this site are read this run' : '';
    notes.push({ location: post.location, note: `article text not read (${messageOf(error)})${rest}; the feed's text is kept` });
    return post;
  }
  if (isFrontPageOf(page.url, url)) {
    const why = `${url} redirects to the site's front page, ${page.url}: removed or moved?`;
    notes.push({ location: post.location, note: `article text not read (${why}); the feed's text is kept` });
    return post;
  }
  const article = extractArticle(page.text.text, page.url);
  if (!article || article.text.length <= post.text.length) return post;
  const title = post.title ?? firstLine(post.text);
  return {
    ...post,
    title,
    text: withoutHeadline(article.text, title),
    publishedAt: post.publishedAt ?? dateOf(article.publishedTime, context),
  };
}

/**
 * Sites send the reader of a removed or moved article to their front page with a redirect;
 * Readability would find the front page's lead stories and store them as the article.
 */
function isFrontPageOf(finalUrl: string, articleUrl: string): boolean {
  const landed = new URL(finalUrl);
  return (landed.pathname === '/' || landed.pathname === '') && landed.search === '' &&
    new URL(articleUrl).pathname.replace(/\/+$/, '') !== '';
}

function readCursor(cursor: unknown): FeedCursor {
  if (!isJsonObject(cursor)) return { guids: NEW_GUID_RECORD };
  const guids = isJsonObject(cursor.guids) ? (cursor.guids as unknown as GuidRecord) : NEW_GUID_RECORD;
  return {
    etag: typeof cursor.etag === 'string' ? cursor.etag : undefined,
    lastModified: typeof cursor.lastModified === 'string' ? cursor.lastModified : undefined,
    guids,
  };
}

function pick(previous: FeedCursor, fresh: Partial<FeedCursor>): Partial<FeedCursor> {
  return { etag: fresh.etag ?? previous.etag, lastModified: fresh.lastModified ?? previous.lastModified };
}

export function emptyBatch(label: string): ImportBatch {
  return { format: 'feed', sourceLabel: label, posts: [], skipped: [] };
}

/** A title-only feed item's headline was kept as its text; with the full text it is the title. */
function firstLine(text: string): string | undefined {
  return text.includes('\n') ? undefined : text;
}

/** Pages repeat the headline above the body; the title is kept apart already. */
function withoutHeadline(text: string, title: string | undefined): string {
  const [first, ...rest] = text.split('\n');
  return title !== undefined && first?.trim() === title.trim() ? rest.join('\n').trim() : text;
}

/**
 * The page's own publication time, read as every other date is: Kazakh sites write
 * `article:published_time` without an offset (`2025-01-10T09:30:00`) or day first
 * (`10.01.2025 09:30`), which `new Date` took in the server's zone or could not read. A time
 * up to a day after the reading is the local time written as UTC ("…T20:30:00Z" read at noon):
 * it is read as the time of reading, as a record's date is, not as a day that has not come.
 */
function dateOf(value: string | undefined, context: CollectContext): Date | undefined {
  if (value === undefined) return undefined;
  const date = parseDate(value, { timezone: context.timezone, now: context.now, readAt: context.now });
  if (date === undefined || date.getTime() > context.now.getTime() + DAY_MS) return undefined;
  return date.getTime() > context.now.getTime() ? new Date(context.now.getTime()) : date;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
