import type { JsonObject } from '../json-value.js';

/** True for a message of a Telegram Desktop export forwarded, or saved, from another chat. */
export function isForward(message: JsonObject): boolean {
  return 'forwarded_from' in message || 'forwarded_from_id' in message || 'saved_from' in message;
}
