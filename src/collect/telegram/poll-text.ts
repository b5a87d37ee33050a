import { isJsonObject } from '../json-value.js';
import { messageText } from './message-text.js';

/**
 * The text of a poll a message carries in a Telegram Desktop JSON export: its question, then each
 * answer on a line of its own (`{"poll": {"question": "...", "answers": [{"text": "...",
 * "voters": 3}]}}`). A poll is a message with an empty `text`, so it was left out as media; its
 * question names the issue as much as any post. Vote counts and who voted are not read. Newer
 * versions write the question and answers as formatted text (a list of parts), read like `text`.
 */
export function pollText(poll: unknown): string {
  if (!isJsonObject(poll)) return '';

  const answers = Array.isArray(poll.answers) ? poll.answers : [];
  const lines = [poll.question, ...answers.map((answer) => isJsonObject(answer) ? answer.text : undefined)];
  return lines.map(messageText).filter((line) => line !== '').join('\n');
}
