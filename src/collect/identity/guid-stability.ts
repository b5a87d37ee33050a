/**
 * Whether a feed's GUIDs can be trusted, learnt over its fetches. Some CMSs mint a fresh GUID on
 * every request, some reuse one GUID for the whole feed; others keep a GUID for an article even
 * when its URL is edited (a typo fixed in the slug). Only the last kind is useful, and only once
 * proven.
 */
export interface GuidRecord {
  /** Recent GUIDs with the canonical URL each was first seen with. */
  readonly links: Readonly<Record<string, string>>;
  /** Times a GUID was seen again with its first URL and no contradiction was found. */
  readonly confirmations: number;
  /** Set once a GUID was seen to change for one URL, or to cover two articles: sticky. */
  readonly unstable: boolean;
}

export const NEW_GUID_RECORD: GuidRecord = Object.freeze({ links: {}, confirmations: 0, unstable: false });

/** Confirmations after which GUIDs are trusted to follow an article whose URL was edited. */
const TRUST_AFTER = 3;
/** GUIDs remembered per feed: a few fetches' worth of items. */
const REMEMBERED = 500;

export interface GuidEntry {
  readonly guid?: string;
  /** Canonical URL of the item, when it has a link. */
  readonly url?: string;
}

export interface GuidVerdict {
  readonly record: GuidRecord;
  /** Per entry: the URL an earlier fetch knew the article by, when a trusted GUID says so. */
  readonly earlierUrls: readonly (string | undefined)[];
}

/** Updates the record with one fetch's entries and tells which entries are articles seen before. */
export function judgeGuids(record: GuidRecord, entries: readonly GuidEntry[]): GuidVerdict {
  const links: Record<string, string> = { ...record.links };
  const guidOfUrl = new Map(Object.entries(links).map(([guid, url]) => [url, guid]));
  let { confirmations, unstable } = record;
  const trusted = !unstable && confirmations >= TRUST_AFTER;
  const earlierUrls: (string | undefined)[] = [];
  const seenGuids = new Set<string>();

  for (const { guid, url } of entries) {
    if (guid === undefined || url === undefined) {
      earlierUrls.push(undefined);
      continue;
    }
    const known = links[guid];
    const earlierGuid = guidOfUrl.get(url);
    if (seenGuids.has(guid) || (earlierGuid !== undefined && earlierGuid !== guid)) unstable = true;
    else if (known === url) confirmations++;
    earlierUrls.push(trusted && known !== undefined && known !== url ? known : undefined);
    seenGuids.add(guid);
    if (known === undefined) {
      links[guid] = url;
      guidOfUrl.set(url, guid);
    }
  }

  const recent = Object.entries(links).slice(-REMEMBERED);
  return { record: { links: Object.fromEntries(recent), confirmations, unstable }, earlierUrls };
}
