import { ImportLog, type ImportContext } from '../import-context.js';
import type { ImportBatch, RawPost } from '../raw-post.js';
import { readChannelPreview } from './channel-preview.js';
import { CUT_OFF_MESSAGE_REASON, isCutOffPage } from './cut-off-page.js';
import { previewMessageToPost } from './preview-message-post.js';
import { noteIgnored } from './import-telegram-export.js';

/** The markers of a channel's web preview page (`t.me/s/NAME`): its message blocks. */
const PREVIEW_MESSAGE = /class="tgme_widget_message[\s"][^>]*data-post="|data-post="[^"]+"[^>]*class="tgme_widget_message[\s"]/;

/** True for a saved page of a public channel's web preview, `t.me/s/NAME`. */
export function isChannelPreviewPage(html: string): boolean {
  return PREVIEW_MESSAGE.test(html);
}

/**
 * Posts from a saved page of a public channel's web preview (`t.me/s/NAME`, kept with "Save page
 * as" or fetched by a script), read as the live collector reads it: each message keyed by its
 * channel and number (`data-post`), so a page imported and the same messages collected live are
 * one set of posts. Sender names, signatures and avatars are not read. A page cut off before its
 * end loses its last message, skipped with the reason, whose text may be cut.
 */
export function importChannelPreview(html: string, context: ImportContext): ImportBatch {
  const log = new ImportLog();
  const page = readChannelPreview(html);
  if (page.unreadable > 0) log.skip({ file: context.file }, `${page.unreadable} messages without a readable data-post`);

  const posts: RawPost[] = [];
  let withoutText = 0;
  const last = isCutOffPage(html) ? page.messages.at(-1) : undefined;
  for (const message of page.messages) {
    const location = { file: context.file, index: message.id };
    if (message === last) {
      log.skip(location, CUT_OFF_MESSAGE_REASON);
      continue;
    }
    const post = previewMessageToPost(message, message.channel, context, location, log);
    if (post) posts.push(post);
    else withoutText += 1;
  }
  noteIgnored({ service: page.serviceIds.length, withoutText }, context, log);
  return log.batch('telegram-preview', context.file, posts);
}
