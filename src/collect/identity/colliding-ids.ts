import { contentNativeId } from '../content-id.js';
import type { ImportBatch, ImportNote, RawPost } from '../raw-post.js';

/**
 * The batch with each native id that stands for several different posts in it made distinct, for
 * those posts, by their publication time (by their text when they have none). Some CMSs write
 * the site's address as every feed item's guid and link, and some exports fill the id column
 * with one value; the store took every post after the first for the first one "already stored",
 * and they were lost.
 *
 * Posts under one id are different posts when their text differs and they do not carry the same
 * publication time. The same text again is the same post; other text at the same time is the
 * post edited, counted once as before. An id made from a record's text and date as written
 * (`content-id.ts`) is shared by the same text at other times of the same day when the time
 * stands in a column of its own (`Дата` 05.12.2024, `Время` 10:00 and 11:30): those are posts of
 * their own too, a copy-paste wave, and were taken for one. A note names the place of each such
 * id, not the id.
 *
 * LIMITATION: that holds within one file; the same text at another time of the day in another
 * file meets the first file's post and is taken for it. Putting the time into the id would lift
 * it, at the cost of every such file imported before being stored again once.
 *
 * A streamed file, whose earlier batches are stored already, is checked across its batches by
 * `StreamedIdSeparator` instead.
 */
export function separateCollidingIds(batch: ImportBatch): ImportBatch {
  const firstOfId = new Map<string, RawPost>();
  const colliding = new Map<string, RawPost[]>();
  for (const post of batch.posts) {
    const first = firstOfId.get(post.nativeId);
    if (first === undefined) {
      firstOfId.set(post.nativeId, post);
    } else if (isAnotherPost(first, post)) {
      const sharing = colliding.get(post.nativeId);
      if (sharing) sharing.push(post);
      else colliding.set(post.nativeId, [first, post]);
    }
  }
  if (colliding.size === 0) return batch;

  const posts = batch.posts.map((post) => {
    const sharing = colliding.get(post.nativeId);
    if (sharing === undefined) return post;
    // The first time of a text keeps the id it had before such times were told apart, so that a
    // file imported then still finds it, as the streamed file's first post of an id does.
    const first = sharing[0]!;
    if (isSameText(sharing) && post.publishedAt?.getTime() === first.publishedAt?.getTime()) return post;
    return { ...post, nativeId: separatedId(post) };
  });
  const notes: ImportNote[] = [...colliding.values()].map((sharing) => ({
    location: sharing[1]!.location,
    note: isSameText(sharing)
      ? sameTextNote(new Set(sharing.map((post) => post.publishedAt?.getTime())).size)
      : `${sharing.length} records with different text and dates share one id (as a feed or ` +
        'export that repeats an id writes them); each is kept as its own post, ' +
        'told apart by its date (or its text when it has none)',
  }));
  return { ...batch, posts, notes: [...(batch.notes ?? []), ...notes] };
}

function isSameText(posts: readonly RawPost[]): boolean {
  return posts.every((post) => post.text === posts[0]!.text);
}

function sameTextNote(times: number): string {
  return `the same text at ${times} different times of one day, without an id, is kept as ` +
    `${times} posts, told apart by their times`;
}

/** An id made from the record's text and date as written, or a bare number scoped by them. */
function isTextDerivedId(id: string): boolean {
  return CONTENT_ID.test(id);
}

const CONTENT_ID = /^(?:-?\d+@)?content:[0-9a-f]{32}$/;

/** The id with the post's time, so that an edit at the same time stays one post; else its text. */
function separatedId(post: RawPost): string {
  if (post.publishedAt !== undefined) return `${post.nativeId}@${post.publishedAt.toISOString()}`;
  return `${post.nativeId}#${contentNativeId(post.text, undefined)}`;
}

function isAnotherPost(first: RawPost, post: RawPost): boolean {
  const bothDated = first.publishedAt !== undefined && post.publishedAt !== undefined;
  const sameTime = bothDated && first.publishedAt!.getTime() === post.publishedAt!.getTime();
  if (post.text === first.text) return bothDated && !sameTime && isTextDerivedId(post.nativeId);
  return !sameTime;
}

/**
 * Separates ids shared by different posts across the batches of a streamed file (a JSON Lines
 * export over 16 MiB, read a batch at a time), where a repeat may come thousands of records after
 * the first post of its id, which has been stored by then. The first post of an id keeps it; each
 * later post that is another post (as above) gets it with its time (or text), whatever batch it
 * is in, so that the same file imported again gives the same ids.
 *
 * Memory stays small for millions of posts: per id, a 53-bit hash of the id and a 52-bit
 * fingerprint of its first post's text and time (a chance under 1 in 10,000 of one false
 * match in a file of a million ids).
 */
export class StreamedIdSeparator {
  readonly #firstOfId = new Map<number, number>();

  separate(batch: ImportBatch): ImportBatch {
    let separated = 0;
    let firstPlace: RawPost['location'] | undefined;

    const posts = batch.posts.map((post) => {
      const key = idHash(post.nativeId);
      const fingerprint = fingerprintOf(post);
      const first = this.#firstOfId.get(key);
      if (first === undefined) {
        this.#firstOfId.set(key, fingerprint);
        return post;
      }
      if (!isAnotherFingerprint(first, fingerprint, isTextDerivedId(post.nativeId))) return post;
      separated += 1;
      firstPlace ??= post.location;
      return { ...post, nativeId: separatedId(post) };
    });
    if (firstPlace === undefined) return batch;

    const note: ImportNote = {
      location: firstPlace,
      note: `${separated} records have the id of an earlier record of the file with different ` +
        'text and date (as an export that repeats an id writes them); each is kept as its own ' +
        'post, told apart by its date (or its text when it has none)',
    };
    return { ...batch, posts, notes: [...(batch.notes ?? []), note] };
  }
}

const TIME_BITS = 2 ** 20;

/** The text's 32-bit hash above a 20-bit hash of the time (0 when there is none). */
function fingerprintOf(post: RawPost): number {
  const time = post.publishedAt === undefined ? 0 : (post.publishedAt.getTime() % (TIME_BITS - 1)) + 1;
  return fnv1a(post.text, 0x811c9dc5) * TIME_BITS + time;
}

function isAnotherFingerprint(first: number, post: number, textDerivedId: boolean): boolean {
  const [firstText, firstTime] = [Math.floor(first / TIME_BITS), first % TIME_BITS];
  const [text, time] = [Math.floor(post / TIME_BITS), post % TIME_BITS];
  const sameTime = firstTime !== 0 && firstTime === time;
  if (text === firstText) return textDerivedId && firstTime !== 0 && time !== 0 && !sameTime;
  return !sameTime;
}

/** Two 32-bit FNV-1a hashes with different seeds, 53 bits of them together. */
function idHash(id: string): number {
  return fnv1a(id, 0x811c9dc5) * 2 ** 21 + (fnv1a(id, 0x01000193) & 0x1fffff);
}

function fnv1a(text: string, seed: number): number {
  let hash = seed;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
