import type { FeedEntry, ParsedFeed } from './parsed-feed.js';

/** An item or entry with its end tag, its prefix (`rss:item`) matched by its closing tag. */
const ITEM = /<((?:[\w-]+:)?(?:item|entry))[\s>][\s\S]*?<\/\1\s*>/g;

/** An item of a feed read item by item, where it stood in the file. */
export interface PlacedEntry {
  readonly entry: FeedEntry;
  /** 0-based place among the file's items, the broken ones counted. */
  readonly index: number;
  /** 1-based line the item starts on. */
  readonly line: number;
}

/** An item the XML parser refused on its own. */
export interface BrokenItem {
  readonly index: number;
  readonly line: number;
  readonly error: unknown;
}

export interface FeedReadItemByItem {
  readonly feed: ParsedFeed;
  readonly entries: readonly PlacedEntry[];
  readonly broken: readonly BrokenItem[];
}

/**
 * A feed the XML parser rejects whole is read one item at a time, each item put back between the
 * feed's head (its channel title and link) and its end: a bare `<` in one headline
 * (`Цена проезда < 100 тенге`) or an element closed out of order lost every article of the feed.
 * Each item that still does not parse is returned as broken, with its place. Undefined when the
 * head or the end is what is broken, or no item is left whole: then there is no feed to read.
 */
export function readItemByItem(
  xml: string,
  read: (xml: string) => ParsedFeed,
): FeedReadItemByItem | undefined {
  const items = [...xml.matchAll(ITEM)];
  if (items.length === 0) return undefined;

  const head = xml.slice(0, items[0]!.index);
  const last = items.at(-1)!;
  const end = xml.slice(last.index + last[0].length);
  const feed = readOrUndefined(read, head + end);
  if (feed === undefined) return undefined;

  const entries: PlacedEntry[] = [];
  const broken: BrokenItem[] = [];
  const lines = new LineCounter(xml);
  items.forEach((item, index) => {
    const line = lines.lineAt(item.index);
    try {
      const entry = read(head + item[0] + end).entries[0];
      if (entry !== undefined && lostItsAddress(item[0], entry)) {
        broken.push({ index, line, error: new Error(LOST_ADDRESS) });
      } else if (entry !== undefined) {
        entries.push({ entry, index, line });
      }
    } catch (error) {
      broken.push({ index, line, error });
    }
  });
  return entries.length === 0 ? undefined : { feed, entries, broken };
}

const ADDRESS_ELEMENT = /<(?:[\w-]+:)?(?:link|guid|id)[\s>/]/;
const LOST_ADDRESS = 'an element closed out of order ended the item early: its link and id were lost';

/**
 * True when an item writes a link or an id and its entry has neither: the parser forgave an
 * element closed out of order by ending the item before them, and what it read is the item's
 * beginning alone, with no address to store it by.
 */
function lostItsAddress(itemXml: string, entry: FeedEntry): boolean {
  return entry.link === undefined && entry.id === undefined && ADDRESS_ELEMENT.test(itemXml);
}

/** The feed as `read` parses it; undefined when it refuses it. */
export function readOrUndefined(read: (xml: string) => ParsedFeed, xml: string): ParsedFeed | undefined {
  try {
    return read(xml);
  } catch {
    return undefined;
  }
}

/** The 1-based line of each of a rising series of offsets, the text read once in all. */
class LineCounter {
  readonly #text: string;
  #line = 1;
  #offset = 0;

  constructor(text: string) {
    this.#text = text;
  }

  lineAt(offset: number): number {
    for (let newline = this.#text.indexOf('\n', this.#offset); newline !== -1 && newline < offset;) {
      this.#line += 1;
      this.#offset = newline + 1;
      newline = this.#text.indexOf('\n', this.#offset);
    }
    return this.#line;
  }
}
