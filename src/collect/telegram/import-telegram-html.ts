import { parseHTML } from 'linkedom';

import { ImportLog, readRecordDate, type ImportContext } from '../import-context.js';
import { htmlToText } from '../markup/html-to-text.js';
import type { ImportBatch, RawPost, RecordLocation } from '../raw-post.js';
import { splitMessageKeyAt } from '../files/telegram-desktop-message.js';
import { chatTitleKey } from './chat-title-key.js';
import { forwardedTextKey } from './is-forward.js';
import { CUT_OFF_MESSAGE_REASON, CUT_OFF_SERVICE_NOTE, isCutOffPage } from './cut-off-page.js';
import { noteIgnored, type Ignored } from './import-telegram-export.js';
import { MENTIONED_PERSON } from './message-text.js';

type ExportDocument = ReturnType<typeof parseHTML>['document'];
type ExportElement = NonNullable<ReturnType<ExportDocument['querySelector']>>;

/** The markers of a Telegram Desktop HTML export page: its history list and its message blocks. */
const EXPORT_PAGE = /<div class="history">/;
const EXPORT_MESSAGE = /<div class="message (?:default|service)\b/;
const MESSAGE_ID = /^message(-?\d+)$/;
const MESSAGE_START = /<div class="message [^"]*" id="message(-?\d+)"/g;
const REPLY_TARGET = /go_to_message(\d+)/;

/** True for a page of a Telegram Desktop export saved as HTML (`messages.html`, `messages2.html`). */
export function isTelegramHtmlExport(html: string): boolean {
  return EXPORT_PAGE.test(html) && EXPORT_MESSAGE.test(html);
}

/**
 * Posts from one page of a Telegram Desktop export in HTML, the format the export dialog offers
 * first. Each `.message.default` block is a message: its number from `id="messageN"`, its time from
 * the `title` of its `.date` (`10.03.2024 12:05:00 UTC+05:00`; without the offset in older
 * versions), its text from `.text`. The sender's name (`.from_name`), initials, signature and the
 * name a forward came from are never read; a person named by a mention without a username becomes
 * `[NAME]`, as in the JSON export. Message numbers are scoped by the chat's title in the page
 * header, so the pages of one export (`messages.html`, `messages2.html`) keep one numbering. A
 * page cut off before its end keeps the messages before the cut; the last, whose text may be cut
 * short, is skipped with the reason (it was stored cut, and nothing said the page was short); a
 * last block that is a service message ("X joined the group") gets a note saying the page is short.
 *
 * LIMITATION: unlike `result.json`, the HTML pages do not say whether the chat is a channel, a
 * group or a private conversation; a private chat's page is read like a group's. Export as JSON to
 * have private chats refused.
 *
 * Nor do they hold the chat's number, by which `result.json` keys its messages: each message is
 * also keyed by the chat's title, its number and its exact time (`chatTitleKey`), a key the JSON
 * export gives it too, so the same chat imported from both is stored once. A title names no one
 * chat (two district chats may both be "Жители Алмалинского района", numbering their messages
 * alike), so a message's own key holds its time as the page writes it beside its title and number.
 */
export function importTelegramHtml(html: string, context: ImportContext): ImportBatch {
  const log = new ImportLog();
  const { document } = parseHTML(html);
  const title = document.querySelector('.page_header .text')?.textContent?.trim();
  const chatKey = `html:${title ?? context.file}`;
  const lines = messageLines(html);
  const posts: RawPost[] = [];
  const left: Ignored = { service: 0, withoutText: 0 };
  const blocks = [...document.querySelectorAll('.history .message')];
  // A forum topic's messages reply to its opening, a service message: they answer no post.
  const serviceIds = new Set(blocks.filter((block) => block.classList.contains('service'))
    .map((block) => MESSAGE_ID.exec(block.getAttribute('id') ?? '')?.[1]));
  const times = new Map(blocks.map((block) => [MESSAGE_ID.exec(block.getAttribute('id') ?? '')?.[1], writtenTime(block)]));
  const messageKey = (id: string): string => {
    const time = times.get(id);
    // LIMITATION: a reply to a message on another page of the export (`messages2.html#go_to_…`)
    // names it by chat title and number only, a key no stored message has: the reply is kept,
    // its thread is not. Reading the export's pages as one would lift it.
    return time === undefined || time === '' ? `${chatKey}:${id}` : `${chatKey}:${id}@${time}`;
  };

  const cutOff = isCutOffPage(html);
  blocks.forEach((message, index) => {
    const id = MESSAGE_ID.exec(message.getAttribute('id') ?? '')?.[1];
    const location = { file: context.file, index, line: id === undefined ? undefined : lines.get(id) };
    if (message.classList.contains('service')) {
      if (!id?.startsWith('-')) left.service += 1;
      // A service message holds no post, but the messages after it are missing all the same.
      if (cutOff && index === blocks.length - 1) log.note(location, CUT_OFF_SERVICE_NOTE);
      return;
    }
    if (id === undefined) {
      log.skip(location, 'message block has no id="messageN"');
      return;
    }
    if (cutOff && index === blocks.length - 1) {
      log.skip(location, CUT_OFF_MESSAGE_REASON);
      return;
    }
    const post = messageToPost(message, id, { messageKey, title, serviceIds }, context, location, log);
    if (post) posts.push(post);
    else left.withoutText += 1;
  });

  noteIgnored(left, context, log);
  return log.batch('telegram-html', context.file, posts);
}

interface Chat {
  /** A message's native id by its number. */
  readonly messageKey: (id: string) => string;
  readonly title: string | undefined;
  readonly serviceIds: ReadonlySet<string | undefined>;
}

function messageToPost(
  message: ExportElement,
  id: string,
  { messageKey, title: chatTitle, serviceIds }: Chat,
  context: ImportContext,
  location: RecordLocation,
  log: ImportLog,
): RawPost | undefined {
  const text = messageText(message) || pollText(message);
  if (text === '') return undefined;

  const target = REPLY_TARGET.exec(message.querySelector('.reply_to a')?.getAttribute('href') ?? '')?.[1];
  const replyTo = serviceIds.has(target) ? undefined : target;
  const forwarded = message.querySelector('.forwarded') !== null;
  const publishedAt = readRecordDate(writtenTime(message), context, location, log);
  // The keys `result.json` and a message split out of it give the same message.
  const aliases = [chatTitleKey(chatTitle, id, publishedAt), splitMessageKeyAt(id, text, publishedAt)];
  return {
    kind: 'social',
    platform: 'telegram',
    nativeId: messageKey(id),
    aliasNativeIds: aliases.filter((alias) => alias !== undefined),
    text,
    publishedAt,
    parentNativeId: replyTo === undefined ? undefined : messageKey(replyTo),
    amplifiesNativeId: forwarded ? forwardedTextKey(text) : undefined,
    location,
  };
}

/** The time a message block's title writes (`20.11.2025 09:00:00 UTC+05:00`), as written. */
function writtenTime(message: ExportElement): string {
  // The title holds the time, and on some versions an "Edited: …" line after it.
  const title = message.querySelector('.body > .date')?.getAttribute('title') ?? '';
  return title.split('\n')[0]!.trim();
}

function messageText(message: ExportElement): string {
  const textElement = [...message.querySelectorAll('.text')].find((element) => !element.closest('.reply_to'));
  if (!textElement) return '';
  for (const mention of textElement.querySelectorAll('a[onclick*="ShowMentionName"]')) {
    mention.textContent = MENTIONED_PERSON;
  }
  return htmlToText(textElement.innerHTML);
}

/**
 * A poll's question and its answers, one a line: `.media_poll` holds `.question` and `.answer`
 * blocks (`- Никогда <span class="details">10 votes</span>`); vote counts are not read.
 */
function pollText(message: ExportElement): string {
  const poll = message.querySelector('.media_poll');
  if (!poll) return '';
  for (const details of poll.querySelectorAll('.answer .details')) details.remove();

  const parts = [...poll.querySelectorAll('.question, .answer')].map((part) => {
    const text = htmlToText(part.innerHTML);
    return part.classList.contains('answer') ? text.replace(POLL_ANSWER_DASH, '') : text;
  });
  return parts.filter((part) => part !== '').join('\n');
}

const POLL_ANSWER_DASH = /^-\s*/;

/** The line each message block starts on, by its number, for skip reports and notes. */
function messageLines(html: string): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 1;
  let offset = 0;
  for (const match of html.matchAll(MESSAGE_START)) {
    let newline = html.indexOf('\n', offset);
    while (newline !== -1 && newline < match.index) {
      line += 1;
      offset = newline + 1;
      newline = html.indexOf('\n', offset);
    }
    lines.set(match[1]!, line);
  }
  return lines;
}
