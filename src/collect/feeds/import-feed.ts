import { contentNativeId } from '../content-id.js';
import { scopedNativeId } from '../identity/scoped-native-id.js';
import { readRecordDate, readRecordUrl, ImportLog, type ImportContext } from '../import-context.js';
import { removeControlCharacters } from '../markup/clean-text.js';
import { platformOfLink } from '../platform-of-link.js';
import { telegramMessageKey } from '../telegram/message-link.js';
import type { ImportBatch, Platform, RawPost, RecordLocation } from '../raw-post.js';
import { redirectTarget, withoutOutletSuffix } from './aggregator-items.js';
import { readAtomFeed } from './atom-feed.js';
import { unwrapEscapedTitles } from './escaped-titles.js';
import { itemStartLines } from './item-lines.js';
import { readJsonFeed } from './json-feed.js';
import type { FeedEntry, ParsedFeed } from './parsed-feed.js';
import { readRdfFeed } from './rdf-feed.js';
import { readRssFeed } from './rss-feed.js';
import { closeTruncatedFeed } from './truncated-feed.js';
import { readItemByItem, readOrUndefined, type FeedReadItemByItem } from './item-by-item.js';
import { stripDoctypeSubset } from './doctype-subset.js';

export type XmlFeedFormat = 'rss' | 'atom' | 'rdf';

const READERS: Readonly<Record<XmlFeedFormat, (xml: string) => ParsedFeed>> = {
  rss: readRssFeed,
  atom: readAtomFeed,
  rdf: readRdfFeed,
};

const FORMAT_NAMES: Readonly<Record<XmlFeedFormat, string>> = {
  rss: 'RSS',
  atom: 'Atom',
  rdf: 'RSS 1.0 (RDF)',
};

const DECLARATIONS_IGNORED =
  'the feed declares its own entities in its DOCTYPE; they are ignored, never expanded or ' +
  'fetched, and references to them are kept as written';

const CUT_OFF =
  'the feed ends inside an unfinished item (cut off in transfer?); ' +
  'everything after the last complete item was lost';

/**
 * News articles from an RSS, RSS 1.0 (RDF) or Atom feed already decoded to text. Each item becomes
 * an article of the feed's outlet with its URL and exact time; bylines are not read.
 */
export function importXmlFeed(
  text: string,
  format: XmlFeedFormat,
  context: ImportContext,
): ImportBatch {
  const log = new ImportLog();
  let xml = unwrapEscapedTitles(removeControlCharacters(text));
  const stripped = stripDoctypeSubset(xml);
  if (stripped) {
    log.note({ file: context.file, line: stripped.line }, DECLARATIONS_IGNORED);
    xml = stripped.xml;
  }
  const { feed, locate } = readFeed(xml, format, context, log);
  return feedToBatch(feed, format, context, log, locate);
}

interface ReadFeed {
  readonly feed: ParsedFeed;
  readonly locate: (index: number) => RecordLocation;
}

/**
 * The feed as its reader parses it whole; else, when the parser refuses it, the items before a
 * cut (a feed cut off in transfer), else the items that parse one at a time (one broken item),
 * the rest skipped with their lines. Throws, naming the file, when none of these reads it.
 */
function readFeed(xml: string, format: XmlFeedFormat, context: ImportContext, log: ImportLog): ReadFeed {
  const read = READERS[format];
  let feed: ParsedFeed;
  try {
    feed = read(xml);
  } catch (error) {
    const salvaged = salvagedFeed(xml, read, context, log);
    if (salvaged) return salvaged;
    throw new Error(`${context.file}: not a readable ${FORMAT_NAMES[format]} feed: ${messageOf(error)}`);
  }

  // The parser forgives an element closed out of order (`<title>a <em>b</title></em>`) by ending
  // the item there: the items after it were lost without a word. Fewer items read than the text
  // holds is read again item by item, and that reading is taken when it finds the broken item;
  // an `<item>` quoted inside an article's CDATA also makes the counts differ, and breaks nothing.
  const byItem = feed.entries.length < itemStartLines(xml).length ? readItemByItem(xml, read) : undefined;
  const accounted = byItem === undefined ? 0 : byItem.entries.length + byItem.broken.length;
  if (byItem && byItem.broken.length > 0 && accounted > feed.entries.length) {
    return placedFeed(byItem, context, log);
  }
  return { feed, locate: itemLocator(xml, feed.entries.length, context) };
}

/**
 * A feed the parser refused whole: the items before a cut (a feed cut off in transfer), else the
 * items that parse one at a time, else, cut and broken both, those before the cut that parse.
 */
function salvagedFeed(
  xml: string,
  read: (xml: string) => ParsedFeed,
  context: ImportContext,
  log: ImportLog,
): ReadFeed | undefined {
  const closed = closeTruncatedFeed(xml);
  const whole = closed && readOrUndefined(read, closed.xml);
  if (closed && whole) {
    log.skip({ file: context.file, line: closed.cutLine }, CUT_OFF);
    return { feed: whole, locate: itemLocator(closed.xml, whole.entries.length, context) };
  }

  const complete = readItemByItem(xml, read);
  if (complete) return placedFeed(complete, context, log);
  const beforeCut = closed && readItemByItem(closed.xml, read);
  if (!closed || !beforeCut) return undefined;
  log.skip({ file: context.file, line: closed.cutLine }, CUT_OFF);
  return placedFeed(beforeCut, context, log);
}

/** The items read one at a time, each at its place in the file; the broken ones skipped. */
function placedFeed(byItem: FeedReadItemByItem, context: ImportContext, log: ImportLog): ReadFeed {
  for (const broken of byItem.broken) {
    const location = { file: context.file, index: broken.index, line: broken.line };
    log.skip(location, `item is not well-formed XML (${parserReason(broken.error)}); the other items are read`);
  }

  const placed = byItem.entries;
  return {
    feed: { ...byItem.feed, entries: placed.map((item) => item.entry) },
    locate: (index) => ({ file: context.file, index: placed[index]!.index, line: placed[index]!.line }),
  };
}

/** Each item's place, its line when the items found in the text are those the reader gave. */
function itemLocator(xml: string, count: number, context: ImportContext): (index: number) => RecordLocation {
  const lines = itemStartLines(xml);
  const linesKnown = lines.length === count;
  return (index) => ({ file: context.file, index, line: linesKnown ? lines[index] : undefined });
}

/** News articles from a JSON Feed document already parsed from JSON. */
export function importJsonFeed(document: unknown, context: ImportContext): ImportBatch {
  let feed: ParsedFeed;
  try {
    feed = readJsonFeed(document);
  } catch (error) {
    throw new Error(`${context.file}: not a readable JSON Feed: ${messageOf(error)}`);
  }
  const log = new ImportLog();
  return feedToBatch(feed, 'jsonfeed', context, log, (index) => ({
    file: context.file,
    index,
    path: `/items/${index}`,
  }));
}

function feedToBatch(
  feed: ParsedFeed,
  format: string,
  context: ImportContext,
  log: ImportLog,
  locate: (index: number) => RecordLocation,
): ImportBatch {
  const base = absoluteBase(feed);
  const outlet = feed.outlet ?? hostOf(base);
  const posts: RawPost[] = [];

  feed.entries.forEach((entry, index) => {
    const location = locate(index);
    const resolved = aggregatedEntry({ ...entry, link: resolvedLink(entry.link, base) });
    const defaults = { outlet, language: feed.language, platform: platformOfLink(base) };
    const post = entryToPost(resolved, defaults, context, location, log);
    if (post) posts.push(post);
  });

  // A channel's feed on a social platform is labelled by its file: its title names a person's channel.
  const social = posts.some((post) => post.kind === 'social');
  const batch = { format, sourceLabel: social ? context.file : outlet ?? context.file, posts, skipped: log.skipped };
  return log.notes.length > 0 ? { ...batch, notes: log.notes } : batch;
}

/**
 * An aggregator's item as its outlet published it: the article behind a Google Alerts
 * click-through link, with the article's site as its outlet; a Google News item without its
 * outlet's name after the headline. Any other item is returned as it is.
 */
function aggregatedEntry(entry: FeedEntry): FeedEntry {
  const target = redirectTarget(entry.link);
  const redirected = target === undefined ? entry : { ...entry, link: target, outlet: entry.outlet ?? hostOf(target) };
  return redirected.outlet === undefined ? redirected : withoutOutletSuffix(redirected, redirected.outlet);
}

/** What an entry takes from its feed when it does not say itself. */
interface FeedDefaults {
  readonly outlet: string | undefined;
  readonly language: string | undefined;
  /** The social platform the feed itself is on (a YouTube channel's feed), if any. */
  readonly platform: Platform | undefined;
}

function entryToPost(
  entry: FeedEntry,
  feed: FeedDefaults,
  context: ImportContext,
  location: RecordLocation,
  log: ImportLog,
): RawPost | undefined {
  if (entry.title === undefined && entry.text === undefined) {
    log.skip(location, 'feed item has neither a title nor any text');
    return undefined;
  }

  // A post on a social platform, in that platform's own feed or found by an aggregator; a news
  // site's item that links to its video on YouTube stays the site's article.
  const platform = platformOfLink(entry.link);
  if (platform !== undefined && (platform === feed.platform || entry.outlet !== undefined)) {
    const language = entry.language ?? feed.language;
    return socialEntryToPost({ ...entry, language }, platform, context, location, log);
  }

  // Title-only feeds (several Kazakh news sites publish headlines alone) keep the headline as
  // the text.
  const text = entry.text ?? entry.title!;
  const title = entry.text === undefined ? undefined : entry.title;

  return {
    kind: 'article',
    platform: 'news',
    nativeId: entry.id !== undefined
      ? scopedNativeId(entry.id, { url: entry.link, text, date: entry.date })
      : entry.link ?? contentNativeId(text, entry.date),
    title,
    text,
    publishedAt: readRecordDate(entry.date, context, location, log),
    outlet: entry.outlet ?? feed.outlet,
    url: readRecordUrl(entry.link, location, log),
    declaredLanguage: entry.language ?? feed.language,
    location,
  };
}

/**
 * An item that links to a post on a social platform: a YouTube channel's video feed, a feed that
 * mirrors a Telegram channel. It is that platform's post, not a news article: the channel's title
 * is not its outlet and its link is not kept, as for any social post. A headline is part of the
 * text. A YouTube video keeps its video id, the id its comments answer; a Telegram message the
 * `NAME:123` its channel's live collection gives it.
 */
function socialEntryToPost(
  entry: FeedEntry,
  platform: Platform,
  context: ImportContext,
  location: RecordLocation,
  log: ImportLog,
): RawPost {
  // Mirrors of a channel title each item with its text's first line: not written twice.
  const repeated = entry.title !== undefined && entry.text?.startsWith(entry.title) === true;
  const text = [repeated ? undefined : entry.title, entry.text].filter((part) => part !== undefined).join('\n');
  const video = platform === 'youtube' ? youtubeVideoId(entry) : undefined;
  const message = platform === 'telegram' ? telegramMessageKey(entry.link) : undefined;
  return {
    kind: 'social',
    platform,
    nativeId: video ?? message ?? entry.id ?? contentNativeId(text, entry.date),
    text,
    publishedAt: readRecordDate(entry.date, context, location, log),
    declaredLanguage: entry.language,
    location,
  };
}

const YOUTUBE_VIDEO_ID = /^yt:video:([\w-]+)$/;

/** The video id of a YouTube item: its Atom id (`yt:video:ID`), else its link's `v`. */
function youtubeVideoId(entry: FeedEntry): string | undefined {
  const fromId = YOUTUBE_VIDEO_ID.exec(entry.id ?? '')?.[1];
  if (fromId !== undefined || entry.link === undefined || !URL.canParse(entry.link)) return fromId;
  return new URL(entry.link).searchParams.get('v') ?? undefined;
}

/**
 * The address relative item links are read against: Atom's `xml:base`, else the site's address
 * (the channel `<link>`), itself resolved against the base. Undefined when neither is absolute.
 */
function absoluteBase(feed: ParsedFeed): string | undefined {
  const base = feed.base !== undefined && URL.canParse(feed.base) ? feed.base : undefined;
  return resolvedLink(feed.siteLink, base) ?? base;
}

/**
 * An item's link made absolute. CMSs write `/news/2024/03/10/roads` or `articles/123` and leave
 * the site to the reader; kept relative, the stored link led nowhere and the same article in two
 * section feeds was not recognised as one. A link that is absolute, or no base, leaves it as is.
 */
function resolvedLink(link: string | undefined, base: string | undefined): string | undefined {
  const trimmed = link?.trim();
  if (trimmed === undefined || trimmed === '' || base === undefined || URL.canParse(trimmed)) return link;
  return URL.canParse(trimmed, base) ? new URL(trimmed, base).href : link;
}

function hostOf(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    return new URL(link).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Why the XML parser refused a text: its own words where the feed reader kept them. */
function parserReason(error: unknown): string {
  return error instanceof Error && error.cause instanceof Error ? error.cause.message : messageOf(error);
}

/**
 * An error's message, with the XML parser's own reason after the feed reader's general one
 * ("Invalid feed format: Unexpected end of title").
 */
function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
