import { lineNumberAt } from './item-lines.js';

/**
 * A feed cut off in transfer ends inside an item, and the XML parser then rejects the whole file.
 * The items before the cut are whole: the document is closed after the last complete one, and
 * what follows it is reported as lost.
 */
export interface ClosedFeed {
  readonly xml: string;
  /** 1-based line where the unfinished item starts. */
  readonly cutLine: number;
}

const ROOT_ELEMENT = /<((?:[\w-]+:)?(rss|RDF|feed))[\s>]/;

export function closeTruncatedFeed(xml: string): ClosedFeed | undefined {
  const root = ROOT_ELEMENT.exec(xml);
  if (!root) return undefined;
  const [, rootName, kind] = root;

  const itemEnd = kind === 'feed' ? '</entry>' : '</item>';
  const lastItemEnd = xml.lastIndexOf(itemEnd);
  if (lastItemEnd === -1) return undefined;

  const cut = lastItemEnd + itemEnd.length;
  // RSS 2.0 items sit inside <channel>; RSS 1.0 (RDF) and Atom items sit under the root.
  const closing = kind === 'rss' ? `</channel></${rootName}>` : `</${rootName}>`;
  const nextTag = xml.indexOf('<', cut);
  const cutLine = lineNumberAt(xml, nextTag === -1 ? cut : nextTag);
  return { xml: xml.slice(0, cut) + closing, cutLine };
}
