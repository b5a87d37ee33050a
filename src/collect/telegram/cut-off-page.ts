/** How every page Telegram writes or serves ends; a saved page without it was cut off. */
const PAGE_END = /<\/html>\s*$/i;

/** Why the last message of a cut-off page is not read. */
export const CUT_OFF_MESSAGE_REASON = 'the page ends inside this message, before its closing </html> (a ' +
  'download or copy stopped short): its text may be cut, so it is not read; save or export the page again';

/** What is said of a cut-off page whose last block is a service message, which is never a post. */
export const CUT_OFF_SERVICE_NOTE = 'the page ends inside this service message, before its closing </html> ' +
  '(a download or copy stopped short): the messages after it are missing; save or export the page again';

/**
 * True for a saved page (a Telegram Desktop export's, a channel's web preview) that stops before
 * its end: its last message may hold only part of its text, and was stored so without a word.
 */
export function isCutOffPage(html: string): boolean {
  return !PAGE_END.test(html);
}
