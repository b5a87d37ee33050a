import type { ImportContext } from '../import-context.js';
import { jsonKindOf, stringOrNumber } from '../json-value.js';
import type { RecordLocation } from '../raw-post.js';
import type { JsonDocumentReader, StreamedRecords } from '../json-stream/json-document-reader.js';
import type { JsonContainer, JsonPathSegment, ReadMode } from '../json-stream/json-scanner.js';
import {
  messageToPost, noMessageListReason, noteIgnored, privateChatError, privateChatNote,
  PRIVATE_CHAT_TYPES, serviceMessageId, serviceMessageIds, type Ignored,
} from './import-telegram-export.js';

/** The sections of an account's export that list chats: those it is in, and those it has left. */
const CHAT_SECTIONS: ReadonlySet<JsonPathSegment> = new Set(['chats', 'left_chats']);

interface HeldMessage {
  readonly message: unknown;
  readonly location: RecordLocation;
}

/** A chat being read: what its header said so far, and its messages' state. */
interface StreamedChat {
  /** JSON pointer of the chat object ('' for an export of one chat). */
  readonly path: string;
  type?: unknown;
  id?: unknown;
  /** The chat's title, which Telegram Desktop writes before its type and id. */
  name?: unknown;
  typeSeen: boolean;
  idSeen: boolean;
  /** 'a list' once its `messages` list opened; what else it is otherwise. */
  messages?: string;
  readonly serviceIds: Set<string>;
  /** Messages met before the chat's type and id were, held until the chat ends. */
  readonly held: HeldMessage[];
}

/**
 * A Telegram Desktop export (`result.json`) read as a stream, message by message, with the
 * posts, skips and notes `importTelegramExport` gives for the same file: one chat
 * (`{name, type, id, messages}`) or a whole account's (`{chats: {list: [...]}, left_chats: ...}`).
 * Private chats are passed over unread.
 *
 * Two things the whole-file reading sees at once are read in order here. Telegram Desktop writes
 * a chat's type and id before its messages; a file edited so that they come after has that
 * chat's messages held in memory until its end. And a reply is left without a parent when it
 * answers a service message met earlier in the chat: a reply always follows what it answers.
 */
export class TelegramExportReader implements JsonDocumentReader {
  readonly format = 'telegram';
  readonly #context: ImportContext;
  readonly #records: StreamedRecords;
  readonly #ignored: Ignored = { service: 0, withoutText: 0 };
  /** The document itself, which is a chat when it holds a `messages` list. */
  readonly #root: StreamedChat = newChat('');
  #chat: StreamedChat | undefined;

  constructor(context: ImportContext, records: StreamedRecords) {
    this.#context = context;
    this.#records = records;
  }

  modeOf(path: readonly JsonPathSegment[], container: JsonContainer): ReadMode {
    if (path.length === 0) return 'walk';
    if (isMessageList(path)) {
      if (container === 'array') return this.#chat !== undefined && this.#isPrivate(this.#chat) ? 'pass' : 'walk';
      this.#chatOf(path)!.messages = 'an object';
      return 'pass';
    }
    if (isMessage(path)) return 'read';
    if (path.length === 1) return CHAT_SECTIONS.has(path[0]!) && container === 'object' ? 'walk' : 'pass';
    if (isChatList(path)) return container === 'array' ? 'walk' : 'pass';
    if (isAccountChat(path)) return container === 'object' ? 'walk' : 'read';
    return 'pass';
  }

  opened(path: readonly JsonPathSegment[]): void {
    if (isAccountChat(path)) this.#chat = newChat(pointerOf(path));
    if (!isMessageList(path)) return;

    const chat = this.#chatOf(path)!;
    chat.messages = 'a list';
    if (path.length === 1) {
      this.#chat = chat;
      if (this.#isPrivate(chat)) throw privateChatError(this.#context.file, chat.type);
    }
  }

  closed(path: readonly JsonPathSegment[]): void {
    if (isAccountChat(path)) this.#finishChat();
  }

  value(path: readonly JsonPathSegment[], value: unknown, location: RecordLocation): void {
    if (isMessage(path)) {
      this.#message(value, location);
      return;
    }
    if (isAccountChat(path)) {
      this.#records.log.skip(location, `chat is ${jsonKindOf(value)}, not a JSON object`);
      return;
    }
    const chat = this.#chatOf(path);
    if (chat !== undefined && path.length === (chat === this.#root ? 1 : 4)) this.#header(chat, path.at(-1)!, value);
  }

  finish(): void {
    // A file cut off ends inside its last chat, which is read as far as it goes.
    if (this.#chat !== undefined) this.#finishChat();
    noteIgnored(this.#ignored, this.#context, this.#records.log);
  }

  #header(chat: StreamedChat, key: JsonPathSegment, value: unknown): void {
    if (key === 'messages') chat.messages = jsonKindOf(value);
    if (key === 'name') chat.name = value;
    if (key === 'id') {
      chat.id = value;
      chat.idSeen = true;
    }
    if (key !== 'type') return;

    chat.type = value;
    chat.typeSeen = true;
    if (!this.#isPrivate(chat)) return;
    if (chat === this.#root && chat.messages === 'a list') throw privateChatError(this.#context.file, value);
    if (chat !== this.#root) this.#records.log.note({ file: this.#context.file, path: chat.path }, privateChatNote(value));
  }

  #message(message: unknown, location: RecordLocation): void {
    const chat = this.#chat;
    if (chat === undefined || this.#isPrivate(chat)) return;
    if (!chat.typeSeen || !chat.idSeen) {
      chat.held.push({ message, location });
      return;
    }
    const id = serviceMessageId(message);
    if (id !== undefined) chat.serviceIds.add(id);
    this.#post(chat, message, location);
  }

  #post(chat: StreamedChat, message: unknown, location: RecordLocation): void {
    const chatKey = stringOrNumber(chat.id) ?? `unnamed-chat${chat.path}`;
    const title = typeof chat.name === 'string' ? chat.name : undefined;
    const thread = { chatKey, title, serviceIds: chat.serviceIds };
    const post = messageToPost(message, thread, this.#context, location, this.#records.log, this.#ignored);
    if (post) this.#records.posts.push(post);
  }

  #finishChat(): void {
    const chat = this.#chat!;
    this.#chat = undefined;
    if (this.#isPrivate(chat)) return;
    if (chat !== this.#root && chat.messages !== 'a list') {
      this.#records.log.skip({ file: this.#context.file, path: chat.path }, noMessageListReason(chat.messages));
      return;
    }
    for (const id of serviceMessageIds(chat.held.map((held) => held.message))) chat.serviceIds.add(id);
    for (const { message, location } of chat.held) this.#post(chat, message, location);
  }

  #isPrivate(chat: StreamedChat): boolean {
    return PRIVATE_CHAT_TYPES.has(String(chat.type));
  }

  /** The chat that the value at `path` belongs to, when it belongs to one. */
  #chatOf(path: readonly JsonPathSegment[]): StreamedChat | undefined {
    if (path.length <= 2 && !CHAT_SECTIONS.has(path[0]!)) return this.#root;
    return path.length >= 4 && CHAT_SECTIONS.has(path[0]!) ? this.#chat : undefined;
  }
}

function newChat(path: string): StreamedChat {
  return { path, typeSeen: false, idSeen: false, serviceIds: new Set(), held: [] };
}

function pointerOf(path: readonly JsonPathSegment[]): string {
  return path.map((segment) => `/${segment}`).join('');
}

/** `/chats/list`, `/left_chats/list`. */
function isChatList(path: readonly JsonPathSegment[]): boolean {
  return path.length === 2 && CHAT_SECTIONS.has(path[0]!) && path[1] === 'list';
}

/** `/chats/list/3`. */
function isAccountChat(path: readonly JsonPathSegment[]): boolean {
  return path.length === 3 && isChatList(path.slice(0, 2)) && typeof path[2] === 'number';
}

/** `/messages` of one chat's export, `/chats/list/3/messages` of an account's. */
function isMessageList(path: readonly JsonPathSegment[]): boolean {
  if (path.at(-1) !== 'messages') return false;
  return path.length === 1 || (path.length === 4 && isAccountChat(path.slice(0, 3)));
}

function isMessage(path: readonly JsonPathSegment[]): boolean {
  return typeof path.at(-1) === 'number' && isMessageList(path.slice(0, -1));
}
