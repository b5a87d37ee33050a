import { PLATFORMS, type Platform, type PostKind, type RawPost } from '../collect/raw-post.js';

/**
 * A raw post as it travels on the queue, between a collector and a worker's privacy gate.
 *
 * The fields are copied one by one from a `RawPost`, which has no field for an author by
 * construction; copying by name, not by spreading, keeps it so even if a collector hands over an
 * object that carries more than its type says. `collectedAt` is the collector's clock: a post
 * without a date gets it as its first-seen date, so that a redelivered message, or one handled by
 * another worker, yields exactly the same post.
 */
export interface RawPostMessage {
  readonly kind: PostKind;
  readonly platform: Platform;
  readonly nativeId: string;
  readonly title?: string;
  readonly text: string;
  /** ISO time. */
  readonly publishedAt?: string;
  readonly outlet?: string;
  readonly url?: string;
  readonly amplifiesNativeId?: string;
  readonly parentNativeId?: string;
  readonly declaredLanguage?: string;
  /** Other formats' keys for the post (`RawPost.aliasNativeIds`). */
  readonly aliasNativeIds?: readonly string[];
  /** Where the record came from, for error messages: a file name and a place in it. */
  readonly location: { readonly file: string; readonly line?: number; readonly index?: number; readonly path?: string };
  /** ISO time the collector read the post. */
  readonly collectedAt: string;
}

const KINDS: readonly string[] = ['article', 'social'];
const OPTIONAL_TEXT = ['title', 'outlet', 'url', 'amplifiesNativeId', 'parentNativeId', 'declaredLanguage'] as const;

export function encodeRawPost(raw: RawPost, collectedAt: Date): Uint8Array {
  const message: Record<string, unknown> = {
    kind: raw.kind,
    platform: raw.platform,
    nativeId: raw.nativeId,
    text: raw.text,
    location: {
      file: raw.location.file,
      line: raw.location.line,
      index: raw.location.index,
      path: raw.location.path,
    },
    collectedAt: collectedAt.toISOString(),
  };
  for (const field of OPTIONAL_TEXT) if (raw[field] !== undefined) message[field] = raw[field];
  if (raw.aliasNativeIds !== undefined && raw.aliasNativeIds.length > 0) message['aliasNativeIds'] = raw.aliasNativeIds;
  if (raw.publishedAt !== undefined && !Number.isNaN(raw.publishedAt.getTime())) {
    message['publishedAt'] = raw.publishedAt.toISOString();
  }
  return new TextEncoder().encode(JSON.stringify(message));
}

/**
 * Reads a queue message back into the raw post and its collection time. Throws, naming the
 * field, when the message is not one `encodeRawPost` wrote: such a message is poison, retried a
 * few times and then set aside as a dead letter.
 */
export function decodeRawPost(data: Uint8Array): { raw: RawPost; collectedAt: Date } {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch (error) {
    throw new Error(`queue message: not UTF-8 JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('queue message: not a JSON object');
  }
  const message = value as Record<string, unknown>;
  const text = (field: string): string => {
    const found = message[field];
    if (typeof found !== 'string') throw new Error(`queue message: ${field} must be text`);
    return found;
  };
  const date = (field: string): Date => {
    const parsed = new Date(text(field));
    if (Number.isNaN(parsed.getTime())) throw new Error(`queue message: ${field} is not an ISO time`);
    return parsed;
  };

  const kind = text('kind');
  const platform = text('platform');
  if (!KINDS.includes(kind)) throw new Error(`queue message: kind "${kind}" is not article or social`);
  if (!(PLATFORMS as readonly string[]).includes(platform)) throw new Error(`queue message: platform "${platform}" is unknown`);
  const location = message['location'] as Record<string, unknown> | undefined;
  if (typeof location?.['file'] !== 'string') throw new Error('queue message: location.file must be text');

  const raw: Record<string, unknown> = {
    kind,
    platform,
    nativeId: text('nativeId'),
    text: text('text'),
    location: {
      file: location['file'],
      ...(typeof location['line'] === 'number' ? { line: location['line'] } : {}),
      ...(typeof location['index'] === 'number' ? { index: location['index'] } : {}),
      ...(typeof location['path'] === 'string' ? { path: location['path'] } : {}),
    },
  };
  for (const field of OPTIONAL_TEXT) if (message[field] !== undefined) raw[field] = text(field);
  const aliases = message['aliasNativeIds'];
  if (aliases !== undefined) {
    if (!Array.isArray(aliases) || !aliases.every((alias) => typeof alias === 'string')) {
      throw new Error('queue message: aliasNativeIds must be a list of text');
    }
    raw['aliasNativeIds'] = aliases;
  }
  if (message['publishedAt'] !== undefined) raw['publishedAt'] = date('publishedAt');
  return { raw: raw as unknown as RawPost, collectedAt: date('collectedAt') };
}
