/**
 * A post as a connector or importer read it, before the privacy gate.
 *
 * There is deliberately no field for an author, a handle, a user id, an avatar or a profile link:
 * connectors drop those while parsing, so nothing downstream can even hold them. Only
 * `src/privacy/gate.ts` turns a RawPost into a stored `Post`.
 */
export const PLATFORMS = [
  'news', 'telegram', 'youtube', 'vk', 'instagram', 'facebook', 'tiktok', 'x', 'web', 'other',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Platforms read from exports and links only (no live collector), whose posts were stored on
 * `other` before tyndau named them: a post's keyed id is made as it was then, so that importing
 * the same file again still finds the posts stored from it.
 */
const KEYED_AS_OTHER: ReadonlySet<Platform> = new Set(['instagram', 'facebook', 'tiktok', 'x']);

/** Whether `platform`'s posts are keyed as on `other` (see `KEYED_AS_OTHER`). */
export function isKeyedAsOther(platform: Platform | undefined): platform is Platform {
  return platform !== undefined && KEYED_AS_OTHER.has(platform);
}

/** The platform a native id is keyed under (see `KEYED_AS_OTHER`). */
export function idPlatform(platform: Platform): Platform {
  return isKeyedAsOther(platform) ? 'other' : platform;
}

/** News articles are the press's public record; everything else is a resident's post. */
export type PostKind = 'article' | 'social';

/** Where in an input a record came from, for error messages and skip reports. */
export interface RecordLocation {
  readonly file: string;
  /** 1-based line, when the format has lines (CSV, JSONL, XML). */
  readonly line?: number;
  /** 0-based index of the record inside its container (feed item, message, comment). */
  readonly index?: number;
  /** JSON pointer or XPath-like path inside a document, when there is one. */
  readonly path?: string;
  /** 0-based byte offset where the record starts, for a document read as a stream. */
  readonly offset?: number;
}

export interface RawPost {
  readonly kind: PostKind;
  readonly platform: Platform;
  /** The platform's own id of the post or comment; the gate keeps only its keyed hash. */
  readonly nativeId: string;
  readonly title?: string;
  /** Plain text (markup and entities already decoded exactly once). */
  readonly text: string;
  /** Publication time as read from the source; undefined when the source gave none. */
  readonly publishedAt?: Date;
  /** News only: the outlet's public name. Dropped by the gate for social posts. */
  readonly outlet?: string;
  /** News only: the article's URL. Dropped by the gate for social posts. */
  readonly url?: string;
  /** Native id of the post this one repeats (a repost, a forward): an amplification, not an original. */
  readonly amplifiesNativeId?: string;
  /** Native id of the post or video a comment answers; hashed by the gate, never a link. */
  readonly parentNativeId?: string;
  /**
   * Other native ids the same post has in other formats (the chat's title and the message number
   * beside the chat's number, a VK wall address read from a listening export's link): hashed by
   * the gate like the native id, and looked up on import, so a post read from two formats is one
   * post. Each must name this post alone, never a group of posts (a text, a site's front page).
   */
  readonly aliasNativeIds?: readonly string[];
  /** A language the source declares (feed `<language>`, API field), as a hint only. */
  readonly declaredLanguage?: string;
  readonly location: RecordLocation;
}

/** A record an importer could not read: skipped, counted and reported, never fatal to the batch. */
export interface SkippedRecord {
  readonly location: RecordLocation;
  readonly reason: string;
}

/**
 * Something an importer noticed about a record it still kept, or about records it left out on
 * purpose (service messages, media without text): an unreadable date, a charset label it did not
 * know. Not a skip: nothing was lost.
 */
export interface ImportNote {
  readonly location: RecordLocation;
  readonly note: string;
}

/** What one input produced: the posts it held and the records it had to skip. */
export interface ImportBatch {
  readonly format: string;
  /** A label for collection-volume health figures (a file name or feed title), never stored per post. */
  readonly sourceLabel: string;
  readonly posts: RawPost[];
  readonly skipped: SkippedRecord[];
  /** Notes on kept or deliberately ignored records; absent when there were none. */
  readonly notes?: ImportNote[];
}
