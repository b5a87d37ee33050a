/**
 * A YouTube comment id: `Ug` then `w`, `x`, `y` or `z` and 20-odd more characters for a top-level
 * comment; a reply's id is its thread's id, a dot, and its own part. The Data API and scrapers
 * (youtube-comment-downloader's `cid`) write the same ids, so a record holding one is a YouTube
 * comment even when the file names no platform and links no video.
 */
const COMMENT_ID = /^(Ug[wxyz][\w-]{18,30})(?:\.([\w-]{10,40}))?$/;

/** True for an id shaped like a YouTube comment's. */
export function isYoutubeCommentId(id: string): boolean {
  return COMMENT_ID.test(id);
}

/** The id of the thread a YouTube reply belongs to, the comment it answers; undefined otherwise. */
export function youtubeThreadOf(id: string): string | undefined {
  const match = COMMENT_ID.exec(id);
  return match?.[2] === undefined ? undefined : match[1];
}
