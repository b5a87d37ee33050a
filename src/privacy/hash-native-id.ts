import { createHmac } from 'node:crypto';

import type { Platform } from '../collect/raw-post.js';

/** Hex characters kept of the HMAC: 128 bits, ample for de-duplication within a project. */
const HASH_LENGTH = 32;

/**
 * Turns a platform's own post or comment id into HMAC-SHA256(secret, platform + ':' + id), hex,
 * truncated to 32 characters. The same id under the same secret always gives the same hash, so
 * re-imports de-duplicate; without the secret the hash cannot be traced back to the platform's id.
 */
export function hashNativeId(secret: string, platform: Platform, nativeId: string): string {
  if (secret === '') {
    throw new Error('privacy gate: the project secret is empty; set privacy.secret in the project file');
  }
  return createHmac('sha256', secret).update(`${platform}:${nativeId}`).digest('hex').slice(0, HASH_LENGTH);
}
