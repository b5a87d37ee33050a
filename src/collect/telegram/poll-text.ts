import { isJsonObject, type JsonObject } from '../json-value.js';
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
  return listText(poll.question, poll.answers);
}

/**
 * The text of a checklist (Telegram's to-do list, 2025): its title, then each task on a line of
 * its own (`{"todo_list": {"title": "...", "answers": [{"text": "...", "id": 1}]}}`). Like a poll
 * it comes with an empty `text`, and a channel asking residents what to fix in a yard says as
 * much as a post. Tasks are read under `answers`, as Telegram Desktop writes them, or `items`
 * and `list`, as scripts write them; who completed a task is not read.
 */
export function checklistText(checklist: unknown): string {
  if (!isJsonObject(checklist)) return '';
  return listText(checklist.title, checklist.answers ?? checklist.items ?? checklist.list);
}

/** The text of a message's poll, else of its checklist; empty when it has neither. */
export function attachedListText(message: JsonObject): string {
  return pollText(message.poll) || checklistText(message.todo_list);
}

function listText(heading: unknown, entries: unknown): string {
  const list = Array.isArray(entries) ? entries : [];
  const lines = [heading, ...list.map(entryText)];
  return lines.map(messageText).filter((line) => line !== '').join('\n');
}

function entryText(entry: unknown): unknown {
  if (!isJsonObject(entry)) return undefined;
  return entry.text ?? entry.title;
}
