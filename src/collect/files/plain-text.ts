import { ImportLog, readRecordDate, type ImportContext } from '../import-context.js';
import { contentNativeId } from '../content-id.js';
import type { ImportBatch, RawPost } from '../raw-post.js';

/** Lines looked at to tell a table without a header from prose. */
const PROBE_LINES = 20;
/**
 * Delimiters of a table's values. Prose puts a space after its commas and semicolons, a table
 * seldom does, so only those without one count.
 */
const CELL_DELIMITERS = [/;(?!\s)/, /,(?!\s)/, /\t/] as const;
/** A post has a letter, a digit or a symbol (an emoji answer); `* * *` and `-----` separate. */
const POST_CONTENT = /[\p{L}\p{N}\p{So}]/u;
const BLANK_LINE = /^\s*$/;

/**
 * Whether text that is no feed, JSON or CSV with a header is prose to read as posts: it holds
 * letters or digits, and its lines are not the rows of a table without a header, which split into
 * the same number of values on one delimiter line after line (a lone line into three or more on
 * a semicolon or a tab), and which are refused so that a header is added.
 */
export function isPlainText(text: string): boolean {
  if (!POST_CONTENT.test(text)) return false;
  const lines = text.split(/\r\n?|\n/).filter((line) => !BLANK_LINE.test(line)).slice(0, PROBE_LINES);
  return !CELL_DELIMITERS.some((delimiter) => {
    const counts = lines.map((line) => line.split(delimiter).length);
    if (counts.length === 1) return delimiter !== CELL_DELIMITERS[1] && counts[0]! >= 3;
    return counts[0]! >= 2 && counts.every((count) => count === counts[0]);
  });
}

interface TextBlock {
  readonly text: string;
  /** 1-based line the block starts on. */
  readonly line: number;
}

/**
 * Posts from a plain text file that a user made by copying posts out of a chat or a forum: one
 * post a paragraph when blank lines separate them, else one a line. Such text carries no dates
 * (the posts take the import day, as `ingest` notes) and no ids (a post's id is made from its
 * text, so the same text twice in the file is one post). A note says how the file was split,
 * since a wrong guess merges or splits posts.
 */
export function importPlainText(text: string, context: ImportContext): ImportBatch {
  const log = new ImportLog();
  const lines = text.split(/\r\n?|\n/);
  const firstLine = lines.find((line) => !BLANK_LINE.test(line)) ?? '';
  if (chatLineOf(firstLine) !== undefined) return importChatText(lines, context, log);
  const paragraphs = blocksOf(lines);
  const byParagraph = paragraphs.length > 1;
  const blocks = byParagraph ? paragraphs : linesOf(lines);

  const posts: RawPost[] = [];
  let separators = 0;
  for (const block of blocks) {
    if (!POST_CONTENT.test(block.text)) {
      separators += 1;
      continue;
    }
    posts.push({
      kind: 'social',
      platform: 'other',
      nativeId: contentNativeId(block.text, undefined),
      text: block.text,
      location: { file: context.file, line: block.line },
    });
  }

  const split = byParagraph
    ? 'one post a paragraph (blank lines separate them)'
    : 'one post a line (no blank line separates paragraphs)';
  const lineOrLines = separators === 1 ? 'line' : 'lines';
  const skippedSeparators = separators === 0 ? '' : `; ${separators} ${lineOrLines} of only punctuation (separators) not read`;
  log.note({ file: context.file }, `read as plain text, ${split}: ${posts.length} posts${skippedSeparators}`);
  return log.batch('text', context.file, posts);
}

/** Runs of lines between blank lines, each joined and trimmed. */
function blocksOf(lines: readonly string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = -1;
  lines.forEach((line, index) => {
    const blank = BLANK_LINE.test(line);
    if (!blank && start === -1) start = index;
    if (start !== -1 && (blank || index === lines.length - 1)) {
      const end = blank ? index : index + 1;
      blocks.push({ text: lines.slice(start, end).join('\n').trim(), line: start + 1 });
      start = -1;
    }
  });
  return blocks;
}

function linesOf(lines: readonly string[]): TextBlock[] {
  return lines.flatMap((line, index) => (BLANK_LINE.test(line) ? [] : [{ text: line.trim(), line: index + 1 }]));
}

/**
 * Telegram Desktop's copy of several messages puts `Имя Фамилия, [05.12.2025 14:03]` above each;
 * WhatsApp's "Export chat" writes `05.12.2025, 14:03 - Имя: текст` (Android) or
 * `[05.12.2025, 14:03:21] Имя: текст` (iPhone), a line without a name being WhatsApp's own.
 */
const TELEGRAM_COPY_HEADER = /^\S.*, \[(\d{1,2}\.\d{1,2}\.\d{4},? \d{1,2}:\d{2}(?::\d{2})?)\]\s*$/;
const WHATSAPP_LINE =
  /^\u200e?\[?(\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)\]?(?: -)? (.*)$/;
const SENDER_AND_TEXT = /^[^:]{1,80}?: ([\s\S]*)$/;

/** A line that opens a message: its date, and the text after the sender's name ('' when none). */
interface ChatLine {
  readonly date: string;
  /** Undefined for a service line (`… - Сообщения защищены сквозным шифрованием`) or a media placeholder. */
  readonly text: string | undefined;
}

/**
 * Whether text opens with a chat's dated line: WhatsApp on an iPhone writes `[05.12.2025, …`,
 * which starts like JSON and is told from it here.
 */
export function opensWithChatLine(text: string): boolean {
  const newline = text.search(/\r|\n/);
  return chatLineOf(newline === -1 ? text : text.slice(0, newline)) !== undefined;
}

function chatLineOf(line: string): ChatLine | undefined {
  const copied = TELEGRAM_COPY_HEADER.exec(line);
  if (copied) return { date: copied[1]!, text: '' };
  const exported = WHATSAPP_LINE.exec(line);
  if (!exported) return undefined;
  const text = SENDER_AND_TEXT.exec(exported[2]!)?.[1];
  // WhatsApp on an iPhone marks a media placeholder ("‎изображение отсутствует") with U+200E.
  return { date: exported[1]!, text: text?.startsWith('\u200e') ? undefined : text };
}

/**
 * A chat copied or exported as text: a message from each line that opens one to the next, its
 * lines after the first continuing it. The sender's name on the opening line is never read, as
 * no importer reads an author.
 */
function importChatText(lines: readonly string[], context: ImportContext, log: ImportLog): ImportBatch {
  const messages: { date: string; line: number; text: string[] }[] = [];
  let serviceLines = 0;
  let current: (typeof messages)[number] | undefined;
  lines.forEach((line, index) => {
    const opening = chatLineOf(line);
    if (opening === undefined) {
      current?.text.push(line);
      return;
    }
    if (opening.text === undefined) {
      serviceLines += 1;
      current = undefined;
      return;
    }
    current = { date: opening.date, line: index + 1, text: [opening.text] };
    messages.push(current);
  });

  const posts: RawPost[] = [];
  for (const message of messages) {
    const text = message.text.join('\n').trim();
    if (!POST_CONTENT.test(text)) continue;
    const location = { file: context.file, line: message.line };
    posts.push({
      kind: 'social',
      platform: 'other',
      nativeId: contentNativeId(text, message.date),
      text,
      publishedAt: readRecordDate(message.date, context, location, log),
      location,
    });
  }
  const service = serviceLines === 0 ? '' : `; ${serviceLines} of the chat's own lines (no sender) not read`;
  log.note({ file: context.file }, `read as a chat copied or exported as text, one post a message from ` +
    `the line giving its date and sender (the sender's name is not read): ${posts.length} posts${service}`);
  return log.batch('text', context.file, posts);
}
