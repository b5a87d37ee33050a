/**
 * A feed of any format, reduced to what tyndau keeps of a news article. Format readers fill it;
 * bylines (`author`, `dc:creator`, Atom `<author>`, JSON Feed `authors`) are never read into it.
 */
export interface FeedEntry {
  /** Plain text, entities decoded once. */
  readonly title?: string;
  /** Plain text of the body (content, else description or summary), markup removed. */
  readonly text?: string;
  readonly link?: string;
  /** The feed's own id of the item: guid, Atom id, JSON Feed id. */
  readonly id?: string;
  /** The date exactly as written in the feed. */
  readonly date?: string;
  readonly language?: string;
  /** The outlet an aggregator's item names as its own (RSS `<source>`), not the feed's title. */
  readonly outlet?: string;
}

export interface ParsedFeed {
  /** The outlet's public name: the feed or channel title. */
  readonly outlet?: string;
  /** The site's address, naming the outlet when the feed has no title. */
  readonly siteLink?: string;
  /** Atom's `xml:base`, against which relative links are resolved before the site's address. */
  readonly base?: string;
  readonly language?: string;
  readonly entries: readonly FeedEntry[];
}
