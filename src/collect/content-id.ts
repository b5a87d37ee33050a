import { createHash } from 'node:crypto';

/**
 * A stable id for a record that has none (a CSV row, a feed item without guid or link): the hash
 * of its text and date as written. Importing the same file again yields the same ids, so the
 * store sees the same posts and not new ones.
 */
export function contentNativeId(text: string, date: string | number | undefined): string {
  const digest = createHash('sha256')
    .update(text)
    .update('\u0000')
    .update(String(date ?? ''))
    .digest('hex');
  return `content:${digest.slice(0, 32)}`;
}
