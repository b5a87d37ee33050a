import { isJsonObject, type JsonObject } from '../json-value.js';
import { cleanText } from '../markup/clean-text.js';

/**
 * The text a VK post carries in its attachments rather than in `text`: a poll's question and
 * answers (`{"type": "poll", "poll": {"question", "answers": [{"text"}]}}`), and a shared link's
 * title and description (`{"type": "link", "link": {"url", "title", "description"}}`). A group
 * that posts a poll or a news link with no words of its own left nothing to read. Who voted,
 * the link's preview image and its `caption` (the site) are not read.
 */
export function attachmentText(post: JsonObject): string {
  return attachmentsOf(post, 'poll').map(pollText)
    .concat(attachmentsOf(post, 'link').map(linkText))
    .filter((text) => text !== '')
    .join('\n\n');
}

/**
 * The address of the link a post shares, when it shares one and says nothing of its own: such a
 * post repeats the article, an amplification of it rather than another voice.
 */
export function sharedLinkOf(post: JsonObject): string | undefined {
  const link = attachmentsOf(post, 'link')[0];
  return typeof link?.url === 'string' && link.url.trim() !== '' ? link.url.trim() : undefined;
}

function attachmentsOf(post: JsonObject, type: 'poll' | 'link'): JsonObject[] {
  const attachments = Array.isArray(post.attachments) ? post.attachments : [];
  return attachments.flatMap((attachment: unknown) => {
    if (!isJsonObject(attachment) || attachment.type !== type) return [];
    const content = attachment[type];
    return isJsonObject(content) ? [content] : [];
  });
}

function pollText(poll: JsonObject): string {
  const answers = Array.isArray(poll.answers) ? poll.answers : [];
  const lines = [poll.question, ...answers.map((answer) => isJsonObject(answer) ? answer.text : undefined)];
  return joinedLines(lines);
}

function linkText(link: JsonObject): string {
  return joinedLines([link.title, link.description]);
}

function joinedLines(values: readonly unknown[]): string {
  return values.map((value) => typeof value === 'string' ? cleanText(value) : '')
    .filter((line) => line !== '')
    .join('\n');
}
