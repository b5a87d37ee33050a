import { isJsonObject, stringOrNumber, type JsonObject } from '../json-value.js';
import { isForward } from '../telegram/is-forward.js';
import { messageText, messageTextParts, messageTextProblem, unreadTextParts } from '../telegram/message-text.js';
import { attachedListText } from '../telegram/poll-text.js';
import { recordKey, type RecordValues } from './record-to-post.js';

/** A Telegram Desktop message read as a record's values, why it is left out, or why it is skipped. */
export type DesktopMessage =
  | { readonly values: RecordValues; readonly unreadParts?: string }
  | { readonly leftOut: string }
  | { readonly problem: string };

/**
 * One message of a Telegram Desktop `result.json` taken out of its chat, as scripts split an
 * export (`jq -c '.messages[]'`) into JSON Lines or a bare list: `{"id", "type": "message",
 * "date", "date_unixtime", "text": [parts], "text_entities"}`. Read by its field names it was
 * dated by the exporting computer's clock (`date` has no offset), its formatted text (a list of
 * parts) was skipped, its poll lost, its forward counted as an original and every message put on
 * `other`. Undefined for any other record.
 *
 * The message is read as the export's importer reads it, except for its key: the chat it came
 * from is not in the message, so its number is scoped like any record's (by its text and date).
 *
 * `from_id` names the chat only for a channel's own posts (in a group it is the sender, never
 * read), so it cannot stand in for the chat. The whole `result.json` and the HTML export give
 * each message this key too (`splitMessageKey`), so the message is one post from all three.
 */
export function telegramDesktopMessage(record: JsonObject): DesktopMessage | undefined {
  if (!isDesktopMessage(record)) return undefined;
  if (record.type !== 'message') return { leftOut: 'a Telegram service message (a pin, a join), not a post; left out' };

  const problem = messageTextProblem(messageTextParts(record));
  if (problem) return { problem };
  const text = messageText(messageTextParts(record)) || attachedListText(record);
  if (text === '') return { leftOut: 'a Telegram message without text (media, a sticker); not imported' };

  const values: RecordValues = {
    text,
    platform: 'telegram',
    id: stringOrNumber(record.id),
    // `date` is the exporting computer's local time without an offset; `date_unixtime` is exact.
    date: stringOrNumber(record.date_unixtime) ?? stringOrNumber(record.date),
    // A reply into another chat names that chat's message number, not one of these.
    parent: record.reply_to_peer_id === undefined ? stringOrNumber(record.reply_to_message_id) : undefined,
    postType: isForward(record) ? 'forward' : undefined,
  };
  const unreadParts = unreadTextParts(messageTextParts(record));
  const read = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  return unreadParts === undefined ? { values: read } : { values: read, unreadParts };
}

/**
 * Telegram Desktop's message shape: a `type` of message or service, an id and a date, and what
 * only its exports write (`date_unixtime`, `text_entities`, or formatted text as a list). Chat
 * exports of other tools with a `type` of "message" (Slack's) have neither.
 */
function isDesktopMessage(record: JsonObject): boolean {
  if (record.type !== 'message' && record.type !== 'service') return false;
  if (stringOrNumber(record.id) === undefined || !('date' in record)) return false;
  return 'date_unixtime' in record || Array.isArray(record.text_entities) || Array.isArray(record.text)
    || isJsonObject(record.poll) || isJsonObject(record.todo_list);
}

/**
 * The native id a message of `result.json` gets when imported split out of its chat (its number
 * scoped by its text and `date_unixtime`, or `date` in exports that lack it): the whole export
 * gives each message this key beside its own, so that the two imports meet. Undefined for a
 * message that is not read as a post.
 */
export function splitMessageKey(message: unknown): string | undefined {
  if (!isJsonObject(message)) return undefined;
  const read = telegramDesktopMessage(message);
  return read !== undefined && 'values' in read ? recordKey(read.values) : undefined;
}

/**
 * The same key for a message read from the HTML export, which gives its number, text and exact
 * time: equal to `splitMessageKey`'s when the JSON export wrote `date_unixtime`, as Telegram
 * Desktop has for years.
 */
export function splitMessageKeyAt(id: string, text: string, publishedAt: Date | undefined): string | undefined {
  if (publishedAt === undefined || Number.isNaN(publishedAt.getTime())) return undefined;
  const date = String(Math.floor(publishedAt.getTime() / 1000));
  return recordKey({ text, platform: 'telegram', id, date });
}
