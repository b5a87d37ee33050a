import type { RedactionSpan } from './redaction-kind.js';

/**
 * A number's groups parted by something no phone is written with, to slip it past a group's
 * filter or a marketplace's: stars, underscores, slashes, commas, bars, tildes, bullets
 * ("8*701*123*45*67", "8_701_123_45_67", "8/701/123/45/67", "8,701,123,45,67"), or by two
 * spaces and more, as a phone's keyboard leaves them ("8 701  123  45  67"), but not after "№"
 * or "#", which mark a document's number. The finder of ordinary phones reads one separator
 * between groups, so these got past it.
 */
const PARTED_NUMBER =
  /(?<![\p{L}\p{N}_.,/*+-]|[№#] ?)(\+ ?)?\d{1,4}(?:(?:[ \t]*[*_/,|~•·\\][ \t]*|[ \t]{1,4})\d{1,4}){2,10}(?![\p{L}\p{N}_]|[.,/*]\d)/gu;
const SEPARATOR = /\D+/g;
const ODD_SEPARATOR = /\d(?:[ \t]*[*_/,|~•·\\][ \t]*|[ \t]{2})\d/;
/**
 * Only a mobile number of Kazakhstan (7xx, with 8, 7 or +7 before it or nothing) or of Russia
 * (9xx, with 8, 7 or +7): a slash or a comma also parts dates, fractions and lists, and those
 * are never built so.
 */
const MOBILE = /^(?:(?:\+?7|8)?7\d{9}|(?:\+?7|8)9\d{9})$/;
/** "87,011,234,567" is a sum grouped by thousands, not a phone. */
const THOUSANDS = /^\+?\d{1,3}(?:,\d{3})+$/;

/**
 * Mobile numbers in one piece listed with a comma or a semicolon and no space
 * ("87011234567,87021234567"), which the phone finder reads as a decimal fraction.
 */
const LISTED_MOBILES = /(?<![\p{L}\p{N}_.,+])(?:\+?7|8)7\d{9}(?:[,;](?:\+?7|8)7\d{9})+(?![\p{N}]|[.,]\d)/gu;
const MOBILE_IN_LIST = /(?:\+?7|8)7\d{9}/g;
const LIST_TEST = /\d[,;][+\d]/;

/**
 * Finds mobile phone numbers whose groups are parted by one kind of odd separator used
 * throughout, or by runs of spaces, and mobile numbers listed with commas and no spaces.
 */
export function findPhonesWithOddSeparators(text: string): RedactionSpan[] {
  const spans = LIST_TEST.test(text) ? findListedMobiles(text) : [];
  if (!ODD_SEPARATOR.test(text)) return spans;
  for (const match of text.matchAll(PARTED_NUMBER)) {
    const written = match[0];
    // Parted by single spaces only, the number is the ordinary finder's, which has ruled on it.
    if (!ODD_SEPARATOR.test(written)) continue;
    const groups = written.slice(match[1]?.length ?? 0);
    const separators = new Set((groups.match(SEPARATOR) ?? []).map((separator) => separator.trim()));
    if (separators.size !== 1 || THOUSANDS.test(written)) continue;
    if (!MOBILE.test(written.replace(/[^\d+]/g, ''))) continue;
    spans.push({ start: match.index, end: match.index + written.length, kind: 'phone' });
  }
  return spans;
}

function findListedMobiles(text: string): RedactionSpan[] {
  return [...text.matchAll(LISTED_MOBILES)].flatMap((list) => [...list[0].matchAll(MOBILE_IN_LIST)].map((mobile) => ({
    start: list.index + mobile.index, end: list.index + mobile.index + mobile[0].length, kind: 'phone' as const,
  })));
}
