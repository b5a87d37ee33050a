import { contentNativeId } from '../content-id.js';

/**
 * Keys for the comments of a community's discussion board (`board.getComments`), where residents
 * complain topic by topic. The answer names neither the community nor the topic (they are the
 * request's parameters), and each comment's number counts within its topic only: the number is
 * scoped by the comment's text and date, as a bare number in any export is. A reply finds the
 * comment it answers by number among those read before it in the same file.
 */
export class BoardCommentKeys {
  readonly #keys = new Map<string, string>();

  /** The key of comment `id` with this text and date, remembered for the replies after it. */
  keyOf(id: string, text: string, date: string | number | undefined): string {
    const key = `vk-board:${id}@${contentNativeId(text, date)}`;
    if (!this.#keys.has(id)) this.#keys.set(id, key);
    return key;
  }

  /** The key of the comment numbered `id` read earlier in the file, if it was. */
  replyTarget(id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.#keys.get(id);
  }
}
