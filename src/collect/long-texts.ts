import type { ImportBatch, ImportNote, RawPost } from './raw-post.js';

/**
 * The most characters of text (and of title) a post keeps. A long news article runs to some
 * 30,000; beyond this a record is a dump (a whole export in one field, a pasted log), and
 * analysing it whole would hold up every post behind it.
 */
export const MAX_TEXT_CHARACTERS = 100_000;
export const MAX_TITLE_CHARACTERS = 2_000;
/**
 * An outlet's name runs to some 100 characters (a feed's title). A longer one is a column read
 * wrongly (an export whose outlet column holds the article), and it would become a group of its
 * own in the digest and a cell of the XLSX export longer than Excel opens.
 */
export const MAX_OUTLET_CHARACTERS = 300;

/**
 * `text` cut to at most `limit` characters, at the last space or line break in the final tenth
 * when there is one, and never inside a surrogate pair. Shorter text is returned as it is.
 */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  const space = Math.max(text.lastIndexOf(' ', end - 1), text.lastIndexOf('\n', end - 1));
  if (space >= end - Math.floor(limit / 10)) end = space;
  return text.slice(0, end);
}

/** The post with its text, title and outlet cut to the limits, or the same object when all fit. */
export function cutPost(post: RawPost): RawPost {
  const title = post.title === undefined ? undefined : cutText(post.title, MAX_TITLE_CHARACTERS);
  const outlet = post.outlet === undefined ? undefined : cutText(post.outlet, MAX_OUTLET_CHARACTERS);
  const text = cutText(post.text, MAX_TEXT_CHARACTERS);
  if (text === post.text && title === post.title && outlet === post.outlet) return post;
  return {
    ...post, text, ...(title === undefined ? {} : { title }), ...(outlet === undefined ? {} : { outlet }),
  };
}

/**
 * The batch with over-long texts and titles cut, each cut noted with the record's place and its
 * length as read: the post is kept and analysed, and the report says it was shortened.
 */
export function cutLongTexts<T extends ImportBatch>(batch: T): T {
  let notes: ImportNote[] | undefined;
  const posts = batch.posts.map((post) => {
    const cut = cutPost(post);
    if (cut === post) return post;
    notes ??= [];
    notes.push({ location: post.location, note: cutNote(post) });
    return cut;
  });
  if (notes === undefined) return batch;
  return { ...batch, posts, notes: [...(batch.notes ?? []), ...notes] };
}

function cutNote(post: RawPost): string {
  const parts: string[] = [];
  if (post.text.length > MAX_TEXT_CHARACTERS) {
    parts.push(`text of ${post.text.length.toLocaleString('en')} characters cut to the first ${MAX_TEXT_CHARACTERS.toLocaleString('en')}`);
  }
  if (post.title !== undefined && post.title.length > MAX_TITLE_CHARACTERS) {
    parts.push(`title of ${post.title.length.toLocaleString('en')} characters cut to the first ${MAX_TITLE_CHARACTERS.toLocaleString('en')}`);
  }
  if (post.outlet !== undefined && post.outlet.length > MAX_OUTLET_CHARACTERS) {
    parts.push(`outlet name of ${post.outlet.length.toLocaleString('en')} characters cut to the first ${MAX_OUTLET_CHARACTERS}`);
  }
  return parts.join('; ');
}
