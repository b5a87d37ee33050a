import { contentNativeId } from '../content-id.js';
import type { LocalIds } from './scoped-native-id.js';

const HOUR_MS = 3_600_000;
/**
 * Fewer words than this are a reply many residents write alike ("Света нет", "+", "👍"): two
 * exports' posts of such a text in one hour are as likely two people as one post.
 */
const FEWEST_WORDS = 4;

/**
 * A key for a social post that its export gives no id and no address: its text (spacing and
 * letter case aside) and the hour it was published, counted within the file. The key by text
 * and date as written (`contentNativeId`) differs when the same posts come from another
 * listening tool, or from the same export opened and saved again by Excel (`2024-12-05
 * 10:00:00` rewritten `05.12.2024 10:00`); this one does not.
 *
 * The count keeps distinct posts apart: a copy-paste wave of three posts of one text in one hour
 * is `#1`, `#2` and `#3` in every file that holds it, so another file of the same wave finds the
 * three and adds none, a file holding a fourth adds it, and no file's posts are ever merged with
 * each other. Undefined without a date, for a text of fewer than four words, or past the file's
 * memory of keys.
 *
 * LIMITATION: two exports that each hold different posts of one wave (one tool saw the first two,
 * another the last two) are taken for the same posts: the wave counts 2, not 4. Nothing in a row
 * without id or address tells them apart.
 */
export function textFingerprint(text: string, publishedAt: Date | undefined, localIds: LocalIds): string | undefined {
  if (publishedAt === undefined || Number.isNaN(publishedAt.getTime())) return undefined;
  const words = text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  if ((words.match(/[\p{L}\p{N}]+/gu) ?? []).length < FEWEST_WORDS) return undefined;
  const key = `text:${contentNativeId(words, Math.floor(publishedAt.getTime() / HOUR_MS))}`;
  const occurrence = localIds.occurrence(key);
  return occurrence === 0 ? undefined : `${key}#${occurrence}`;
}
