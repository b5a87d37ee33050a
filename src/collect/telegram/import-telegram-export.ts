import { ImportLog, readRecordDate, type ImportContext } from '../import-context.js';
import { isJsonObject, jsonKindOf, stringOrNumber, type JsonObject } from '../json-value.js';
import type { ImportBatch, RawPost, RecordLocation } from '../raw-post.js';
import { splitMessageKey } from '../files/telegram-desktop-message.js';
import { chatTitleKey } from './chat-title-key.js';
import { forwardedTextKey, isForward } from './is-forward.js';
import { messageText, messageTextParts, messageTextProblem, unreadTextParts } from './message-text.js';
import { attachedListText } from './poll-text.js';

/**
 * Conversations that are not public opinion: a person's private chats, bots, saved messages, the
 * "Replies" chat (the account's inbox of answers to its own comments, gathered from many chats),
 * and groups and channels only their members can read (what is said there was not published).
 * tyndau imports public channels and groups only.
 */
export const PRIVATE_CHAT_TYPES: ReadonlySet<string> = new Set([
  'personal_chat', 'bot_chat', 'saved_messages', 'replies', 'private_group', 'private_supergroup',
  'private_channel',
]);

interface Chat {
  readonly chat: JsonObject;
  /** JSON pointer of the chat object inside the file. */
  readonly path: string;
}

export interface Ignored {
  service: number;
  withoutText: number;
  /** Messages Telegram Desktop wrote as `"type": "unsupported"`: kinds newer than the app. */
  unsupported?: number;
}

/**
 * Posts from a Telegram Desktop export (`result.json`): one chat (`{name, type, id, messages}`) or
 * a whole account (`{chats: {list: [...]}, left_chats: {list: [...]}}`). Messages are residents'
 * posts; `from`, `from_id`, `author`, `forwarded_from` and the rest of the sender's identity are
 * not read.
 */
export function importTelegramExport(document: unknown, context: ImportContext): ImportBatch {
  const log = new ImportLog();
  const posts: RawPost[] = [];
  const ignored: Ignored = { service: 0, withoutText: 0, unsupported: 0 };

  for (const { chat, path } of chatsOf(document, context, log)) {
    if (PRIVATE_CHAT_TYPES.has(String(chat.type))) {
      log.note({ file: context.file, path }, privateChatNote(chat.type));
      continue;
    }
    if (!Array.isArray(chat.messages)) {
      const kind = chat.messages === undefined ? undefined : jsonKindOf(chat.messages);
      log.skip({ file: context.file, path }, noMessageListReason(kind));
      continue;
    }
    const chatKey = stringOrNumber(chat.id) ?? `unnamed-chat${path}`;
    const messages = chat.messages;
    const title = typeof chat.name === 'string' ? chat.name : undefined;
    const thread = { chatKey, title, serviceIds: serviceMessageIds(messages) };

    messages.forEach((message: unknown, index) => {
      const location = { file: context.file, index, path: `${path}/messages/${index}` };
      const post = messageToPost(message, thread, context, location, log, ignored);
      if (post) posts.push(post);
    });
  }

  noteIgnored(ignored, context, log);
  return log.batch('telegram', context.file, posts);
}

function chatsOf(document: unknown, context: ImportContext, log: ImportLog): Chat[] {
  if (!isJsonObject(document)) return [];
  if (Array.isArray(document.messages)) {
    if (PRIVATE_CHAT_TYPES.has(String(document.type))) throw privateChatError(context.file, document.type);
    return [{ chat: document, path: '' }];
  }

  // A whole account's export lists the channels and groups the account has left apart from the
  // others, under `left_chats`: their messages are as public as the rest.
  return ['chats', 'left_chats'].flatMap((key) => {
    const section = document[key];
    const list = isJsonObject(section) ? section.list : undefined;
    if (!Array.isArray(list)) return [];
    return list.flatMap((chat: unknown, index) => {
      const path = `/${key}/list/${index}`;
      if (isJsonObject(chat)) return [{ chat, path }];
      log.skip({ file: context.file, index, path }, `chat is ${jsonKindOf(chat)}, not a JSON object`);
      return [];
    });
  });
}

/** The note for a private chat of an account's export, which is left out. */
export function privateChatNote(type: unknown): string {
  return `${chatKindName(type)} is a private conversation; not imported`;
}

/** How a note names a chat by its type: `a personal_chat`, and the account's Replies inbox so. */
function chatKindName(type: unknown): string {
  return type === 'replies' ? 'the "Replies" chat (answers to the account\'s comments)' : `a ${String(type)}`;
}

/**
 * Why a chat of an account's export has no messages read, given what its `messages` is (undefined
 * when it has none). An export cut or edited by a script can leave a chat so; the chat is named,
 * so that its messages are not lost without a word.
 */
export function noMessageListReason(kind: string | undefined): string {
  return kind === undefined
    ? 'chat has no "messages" list'
    : `chat "messages" is ${kind}, not a list of messages`;
}

/** The error for an export of one private chat: nothing in it is read. */
export function privateChatError(file: string, type: unknown): Error {
  return new Error(
    `${file}: this Telegram export is ${chatKindName(type)}, a private conversation; ` +
      'tyndau imports only public channels and groups',
  );
}

/** Where a message stands: its chat, and the chat's service messages, which are no posts. */
export interface Thread {
  readonly chatKey: string;
  /** The chat's name, which the HTML export keys its messages by. */
  readonly title?: string | undefined;
  readonly serviceIds: ReadonlySet<string>;
}

/**
 * The ids of a chat's service messages. In a forum supergroup every message of a topic replies to
 * the topic's opening (`"action": "topic_created"`), a service message that is not imported: such
 * a reply answers no post, and its parent is left out rather than pointing at nothing.
 */
export function serviceMessageIds(messages: readonly unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const message of messages) {
    const id = serviceMessageId(message);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** The id of a service message (a join, a pin, a topic's opening); undefined for any other. */
export function serviceMessageId(message: unknown): string | undefined {
  if (!isJsonObject(message) || message.type === undefined || message.type === 'message') return undefined;
  const id = stringOrNumber(message.id);
  return id === undefined ? undefined : String(id);
}

export function messageToPost(
  message: unknown,
  { chatKey, title, serviceIds }: Thread,
  context: ImportContext,
  location: RecordLocation,
  log: ImportLog,
  ignored: Ignored,
): RawPost | undefined {
  if (!isJsonObject(message)) {
    log.skip(location, 'message is not a JSON object');
    return undefined;
  }
  if (message.type === UNSUPPORTED) {
    ignored.unsupported = (ignored.unsupported ?? 0) + 1;
    return undefined;
  }
  if (message.type !== undefined && message.type !== 'message') {
    ignored.service += 1;
    return undefined;
  }

  const id = stringOrNumber(message.id);
  if (id === undefined) {
    log.skip(location, 'message has no id');
    return undefined;
  }
  const problem = messageTextProblem(messageTextParts(message));
  if (problem) {
    log.skip(location, problem);
    return undefined;
  }
  const unread = unreadTextParts(messageTextParts(message));
  if (unread) log.note(location, unread);
  const text = messageText(messageTextParts(message)) || attachedListText(message);
  if (text === '') {
    ignored.withoutText += 1;
    return undefined;
  }

  const replyId = stringOrNumber(message.reply_to_message_id);
  const elsewhere = isReplyIntoAnotherChat(message.reply_to_peer_id, chatKey);
  const reply = replyId === undefined || elsewhere || serviceIds.has(String(replyId)) ? undefined : replyId;
  // `date` is the exporting computer's local time without an offset; `date_unixtime` is exact.
  const publishedAt = readRecordDate(message.date_unixtime ?? message.date, context, location, log);
  // The keys the HTML export and a message split out of this file give the same message.
  const aliases = [chatTitleKey(title, String(id), publishedAt), splitMessageKey(message)];
  return {
    kind: 'social',
    platform: 'telegram',
    nativeId: `${chatKey}:${id}`,
    aliasNativeIds: aliases.filter((alias) => alias !== undefined),
    text,
    publishedAt,
    parentNativeId: reply === undefined ? undefined : `${chatKey}:${reply}`,
    amplifiesNativeId: isForward(message) ? forwardedTextKey(text) : undefined,
    location,
  };
}

/**
 * True when a reply answers a message of another chat: newer exports then name that chat in
 * `reply_to_peer_id` (`channel1234567890`), and the number in `reply_to_message_id` is that chat's,
 * not this one's; read as this chat's it linked the reply to an unrelated message.
 */
function isReplyIntoAnotherChat(peer: unknown, chatKey: string): boolean {
  const peerId = stringOrNumber(peer);
  if (peerId === undefined) return false;
  return String(peerId).replace(/\D/g, '') !== chatKey.replace(/\D/g, '');
}

/** Notes the messages left out on purpose: service messages and messages with nothing to read. */
export function noteIgnored(ignored: Ignored, context: ImportContext, log: ImportLog): void {
  if (ignored.service > 0) {
    const note = ignored.service === 1
      ? '1 service message (a join, pin or call) is not a post; left out'
      : `${ignored.service} service messages (joins, pins, calls) are not posts; left out`;
    log.note({ file: context.file }, note);
  }
  if (ignored.withoutText > 0) log.note({ file: context.file }, withoutTextNote(ignored.withoutText));
  if (ignored.unsupported) log.note({ file: context.file }, unsupportedNote(ignored.unsupported));
}

/**
 * A message of a kind the exporting Telegram Desktop did not know is written with its id and
 * `"type": "unsupported"` alone: its text is not in the file. Counted apart from service
 * messages, since it may have been a post, and a newer Telegram Desktop exports it.
 */
const UNSUPPORTED = 'unsupported';

function unsupportedNote(count: number): string {
  const messages = count === 1 ? '1 message' : `${count} messages`;
  return `${messages} of a kind this Telegram Desktop could not export ("type": "unsupported", ` +
    'no text in the file) left out; export again with a newer Telegram Desktop to read them';
}

/** The note on messages that carry no text: "1 messages" read as a mistake in the notes. */
export function withoutTextNote(count: number): string {
  return count === 1
    ? '1 message without text (media, a sticker) not imported'
    : `${count} messages without text (media, stickers) not imported`;
}
