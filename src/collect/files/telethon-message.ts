import { isJsonObject, stringOrNumber, type JsonObject } from '../json-value.js';
import { cleanText } from '../markup/clean-text.js';
import { MENTIONED_PERSON } from '../telegram/message-text.js';
import type { RecordValues } from './record-to-post.js';

/** A Telethon message read as a record's values, or why it is left out. */
export type TelethonMessage =
  | { readonly values: RecordValues }
  | { readonly leftOut: string };

/**
 * A Telegram message as Telethon's `to_dict()` writes it, the form researchers' scripts dump to
 * JSON Lines: `{"_": "Message", "id", "peer_id": {"_": "PeerChannel", "channel_id"}, "date",
 * "message", "reply_to": {"reply_to_msg_id"}, "fwd_from": {...}}`. Read by the field names alone it
 * was a post on `other`, its id scoped by its text, its reply and forward lost, and every service
 * message and photo a skipped record. Undefined for any other record.
 *
 * Only channels and supergroups (`PeerChannel`) are public; a message of a private chat
 * (`PeerUser`) or a basic group (`PeerChat`, never public) is left out. A person named by a
 * mention-name entity becomes `[NAME]`. `from_id`, `post_author`,
 * `fwd_from`'s names and ids, `via_bot_id` and reactions are not read.
 */
export function telethonMessage(record: JsonObject): TelethonMessage | undefined {
  const type = record._;
  const peer = record.peer_id;
  if ((type !== 'Message' && type !== 'MessageService') || !isJsonObject(peer)) return undefined;

  if (peer._ !== 'PeerChannel') {
    return { leftOut: `a Telegram message of a private conversation (${String(peer._)}); not imported` };
  }
  if (type === 'MessageService') return { leftOut: 'a Telegram service message (a pin, a join), not a post; left out' };
  if (typeof record.message !== 'string' || cleanText(record.message) === '') {
    return { leftOut: 'a Telegram message without text (media, a sticker); not imported' };
  }

  const values: RecordValues = {
    text: withoutMentionedNames(record.message, record.entities),
    platform: 'telegram',
    channel: stringOrNumber(peer.channel_id),
    id: stringOrNumber(record.id),
    date: stringOrNumber(record.date),
    parent: replyTarget(record.reply_to),
    // A forward names its origin, not the message it repeats: marked as a repost of its text.
    postType: isJsonObject(record.fwd_from) ? 'forward' : undefined,
  };
  return { values: withoutUndefined(values) };
}

const MENTION_NAME_ENTITIES = new Set(['MessageEntityMentionName', 'InputMessageEntityMentionName']);

/**
 * The text with each span a mention-name entity marks (a link to an account without a username,
 * whose text is the person's display name) replaced by the gate's name mark, as the Telegram
 * Desktop importers do. Offsets and lengths count UTF-16 code units, as JavaScript strings do.
 */
function withoutMentionedNames(text: string, entities: unknown): string {
  const spans = (Array.isArray(entities) ? entities : [])
    .filter((entity): entity is JsonObject => isJsonObject(entity) && MENTION_NAME_ENTITIES.has(String(entity._)))
    .map((entity) => ({ offset: Number(entity.offset), length: Number(entity.length) }))
    .filter(({ offset, length }) => Number.isInteger(offset) && Number.isInteger(length) && offset >= 0 && length > 0)
    .sort((a, b) => b.offset - a.offset);

  let result = text;
  let limit = text.length;
  for (const { offset, length } of spans) {
    // Overlapping or out-of-range spans come from a damaged dump: left as written.
    if (offset + length > limit) continue;
    result = result.slice(0, offset) + MENTIONED_PERSON + result.slice(offset + length);
    limit = offset;
  }
  return result;
}

/**
 * The message a reply answers, in the same chat. In a forum supergroup a message of a topic
 * replies to the topic's opening (`forum_topic` without `reply_to_top_id`), a service message that
 * is not a post; a reply into another chat (`reply_to_peer_id`) names a message tyndau cannot
 * place.
 */
function replyTarget(reply: unknown): string | number | undefined {
  if (!isJsonObject(reply)) return undefined;
  if (isJsonObject(reply.reply_to_peer_id)) return undefined;
  if (reply.forum_topic === true && reply.reply_to_top_id == null) return undefined;
  return stringOrNumber(reply.reply_to_msg_id);
}

function withoutUndefined(values: RecordValues): RecordValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
