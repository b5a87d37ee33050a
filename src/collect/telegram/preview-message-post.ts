import { readRecordDate, type ImportContext, type ImportLog } from '../import-context.js';
import type { RawPost, RecordLocation } from '../raw-post.js';
import type { PreviewMessage } from './channel-preview.js';
import { chatTitleKey } from './chat-title-key.js';
import { forwardedTextKey } from './is-forward.js';
import { channelMessageKey } from './message-link.js';

/**
 * One message of a channel's web preview as a resident's post of the platform `telegram`, keyed
 * `channel:number` and known also by its channel's title, number and time, as the channel's
 * Telegram Desktop export gives it; a forward points at the message it repeats, a reply at the one it answers.
 * Photos and stickers without a caption carry no opinion to analyse: undefined.
 */
export function previewMessageToPost(
  message: PreviewMessage,
  channel: string,
  context: ImportContext,
  location: RecordLocation,
  log: ImportLog,
): RawPost | undefined {
  if (message.text === '') return undefined;

  const publishedAt = readRecordDate(message.datetime, context, location, log);
  const titleKey = chatTitleKey(message.channelTitle, String(message.id), publishedAt);
  return {
    kind: 'social',
    platform: 'telegram',
    nativeId: channelMessageKey(channel, message.id),
    text: message.text,
    publishedAt,
    ...(titleKey ? { aliasNativeIds: [titleKey] } : {}),
    // A forward from a person or a private channel names no message to point at: see forwardedTextKey.
    amplifiesNativeId: forwardKey(message.forwardedFrom)
      ?? (message.forwarded === true ? forwardedTextKey(message.text) : undefined),
    parentNativeId: message.replyTo === undefined ? undefined : channelMessageKey(channel, message.replyTo),
    location,
  };
}

/** `name/number` as the preview writes a forward's origin, as a native id. */
function forwardKey(reference: string | undefined): string | undefined {
  const [channel, number] = reference?.split('/') ?? [];
  return channel && number ? channelMessageKey(channel, number) : undefined;
}
