import type { Post } from '../privacy/post.js';

/**
 * Another format's key for a post (`Post.aliases`) must name that post alone. One a file gives
 * to several of its posts names none of them: a feed whose every item links to the same page, a
 * listening export that gives each row its thread's address. Such a key is kept by the first post
 * that gave it and dropped from the others, which are then still found by their own ids but not
 * taken for the first one.
 */
export class FileAliases {
  // Bounds the memory of a very large file; keys past it are kept unchecked.
  static readonly #LIMIT = 200_000;
  readonly #owners = new Map<string, string>();

  /** `post` with the keys an earlier post of the file gave too left out. */
  admit(post: Post): Post {
    if (post.aliases.length === 0) return post;
    const kept = post.aliases.filter((alias) => {
      const owner = this.#owners.get(alias);
      if (owner === undefined && this.#owners.size < FileAliases.#LIMIT) this.#owners.set(alias, post.id);
      return owner === undefined || owner === post.id;
    });
    return kept.length === post.aliases.length ? post : { ...post, aliases: kept };
  }
}
