import { cleanText } from '../markup/clean-text.js';
import { isJsonObject, jsonKindOf } from '../json-value.js';

/**
 * Stands for a person named by a `mention_name` entity: Telegram's link to an account that has no
 * @username, whose text is the person's display name. The export says structurally that it is a
 * person, so the name is dropped here rather than left for the gate's name lists to catch; the
 * mark is the one the gate's redaction writes for a name.
 */
export const MENTIONED_PERSON = '[NAME]';

/**
 * The plain text of a Telegram Desktop export message. `text` is a string for plain messages and
 * an array for formatted ones: strings mixed with entity objects
 * (`{"type": "bold", "text": "..."}`, `{"type": "text_link", "text": "...", "href": "..."}`).
 * All parts are joined in order; link targets are not kept.
 */
export function messageText(text: unknown): string {
  if (typeof text === 'string') return cleanText(text);
  if (!Array.isArray(text)) return '';

  let joined = '';
  for (const part of text) {
    if (typeof part === 'string') joined += part;
    else if (isJsonObject(part)) joined += entityText(part);
  }
  return cleanText(joined);
}

/**
 * What a message's text is written as: its `text`, else its `text_entities`, the same parts as
 * objects alone (`{"type": "plain", "text": "..."}`), which converters and scripts that slim an
 * export down keep in its place; read so, such a message had no text. Some such scripts leave
 * `"text": ""` or `[]` beside the entities: read as the empty text, the message was counted as
 * media without words.
 */
export function messageTextParts(message: Readonly<Record<string, unknown>>): unknown {
  const { text, text_entities: entities } = message;
  const empty = text === '' || (Array.isArray(text) && text.length === 0);
  if (empty && Array.isArray(entities) && entities.length > 0) return entities;
  return text ?? entities;
}

/**
 * Why a message's `text` cannot be read, or undefined when it can: a hand-edited or converted
 * export may hold a number or an object where Telegram writes a string or a list of parts. A list
 * with unreadable parts is read without them (`unreadTextParts` says which), unless no part of it
 * holds a word: then the first such part is the reason.
 */
export function messageTextProblem(text: unknown): string | undefined {
  if (text === undefined || text === null || typeof text === 'string') return undefined;
  if (!Array.isArray(text)) return `text is ${jsonKindOf(text)}, expected a string or a list of parts`;

  const index = text.findIndex((part) => !isTextPart(part));
  if (index === -1 || messageText(text) !== '') return undefined;
  return `${textPartProblem(text, index)}, and no other part holds text`;
}

/**
 * A note naming the parts of a message's text read as nothing, or undefined when there are none:
 * an entity whose `text` is null or a list (`{"type": "bold", "text": null}`), a nested list, a
 * number. One such part skipped the whole message, its other words lost with it.
 */
export function unreadTextParts(text: unknown): string | undefined {
  if (!Array.isArray(text)) return undefined;
  const unread = text.flatMap((part, index) => (isTextPart(part) ? [] : [textPartProblem(text, index)]));
  if (unread.length === 0) return undefined;
  return `${unread.join('; ')}: not read, the message's other parts are`;
}

function textPartProblem(text: readonly unknown[], index: number): string {
  const part = text[index];
  if (isJsonObject(part)) {
    return part.text === undefined
      ? `text part ${index} is an entity without text`
      : `text part ${index} is an entity whose text is ${jsonKindOf(part.text)}`;
  }
  return `text part ${index} is ${jsonKindOf(part)}, expected a string or a text entity`;
}

function isTextPart(part: unknown): boolean {
  if (typeof part === 'string') return true;
  if (!isJsonObject(part)) return false;
  return part.type === 'mention_name' || typeof part.text === 'string';
}

function entityText(entity: Readonly<Record<string, unknown>>): string {
  if (entity.type === 'mention_name') return MENTIONED_PERSON;
  return textOf(entity.text);
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
