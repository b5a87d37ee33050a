import { isJsonObject, type JsonObject } from '../json-value.js';

/**
 * A saved VK API answer that holds wall posts or comments: `{response: {items}}`, the bare
 * `{count, items}`, an `execute` answer (a list of such pages), or the list of posts
 * `wall.getById` and versions before 5.199 answer with.
 */
export function isVkPage(value: JsonObject): boolean {
  if (isJsonObject(value.response) && Array.isArray(value.response.items)) return true;
  // `execute` runs up to 25 calls and answers with their responses in a list.
  if (Array.isArray(value.response) && value.response.some((page) => isJsonObject(page) && isVkPage(page))) return true;
  // wall.getById and versions before 5.199 answer with the list of posts itself.
  if (Array.isArray(value.response) && value.response.some((post) => isJsonObject(post) && isVkPost(post))) return true;
  if (!Array.isArray(value.items)) return false;
  const first: unknown = value.items[0];
  return isJsonObject(first) ? isVkPost(first) : typeof value.count === 'number';
}

/** One wall post or comment as the VK API writes it. */
export function isVkPost(value: JsonObject): boolean {
  return 'owner_id' in value && 'date' in value && ('post_type' in value || 'from_id' in value);
}
