import { contentNativeId } from '../content-id.js';
import type { JsonObject } from '../json-value.js';

/** True for a message of a Telegram Desktop export forwarded, or saved, from another chat. */
export function isForward(message: JsonObject): boolean {
  return 'forwarded_from' in message || 'forwarded_from_id' in message || 'saved_from' in message;
}

/**
 * The native id a forward amplifies when the source does not say which message it repeats.
 *
 * LIMITATION: Telegram Desktop's exports name where a forward came from but not the message id,
 * and a channel's web preview links neither a forward from a person nor one from a private
 * channel, so such a forward cannot point at its original. It is marked as an amplification of
 * its text instead: forwards of the same text share one id, and none of them counts as an
 * original.
 */
export function forwardedTextKey(text: string): string {
  return `forward:${contentNativeId(text, undefined)}`;
}
