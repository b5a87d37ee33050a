import type { MediaNs } from 'feedsmith';

import { htmlText, plainText } from './feed-text.js';

/**
 * The body a Media RSS item carries in `media:description`, for items with no other text: video
 * feeds (a YouTube channel's Atom feed, TV and news-video sites' RSS) put the whole description
 * there, on the item, in a `media:group` or on a `media:content`, and the headline alone was kept.
 * `type="html"` is markup; the default, `plain`, is text. Credits (`media:credit`, the author) are
 * not read.
 */
export function mediaDescription(media: MediaNs.ItemOrFeed | undefined): string | undefined {
  if (media === undefined) return undefined;

  const groups = media.groups ?? [];
  const holders = [media, ...groups, ...(media.contents ?? []), ...groups.flatMap((group) => group.contents ?? [])];
  for (const holder of holders) {
    const description = holder.description;
    if (description?.value === undefined) continue;
    const text = description.type?.toLowerCase() === 'html'
      ? htmlText(description.value)
      : plainText(description.value);
    if (text !== undefined) return text;
  }
  return undefined;
}
