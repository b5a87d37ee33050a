import { isJsonObject, type JsonObject } from '../json-value.js';
import { cleanText } from '../markup/clean-text.js';

/**
 * The text a VK post carries in its attachments rather than in `text`: a poll's question and
 * answers (`{"type": "poll", "poll": {"question", "answers": [{"text"}]}}`), a shared link's
 * title and description (`{"type": "link", "link": {"url", "title", "description"}}`), a video's
 * title and description, a photo's caption (`photo.text`) and an article's title and subtitle. A
 * group that posts a poll, a news link, a video of a traffic jam or a captioned photo with no
 * words of its own left nothing to read, and the post was left out as media. Who voted, the
 * link's preview image and its `caption` (the site), and a document's file name (often a
 * person's) are not read.
 */
export function attachmentText(post: JsonObject): string {
  return attachmentsOf(post, 'poll').map(pollText)
    .concat(attachmentsOf(post, 'link').map(linkText))
    .concat(attachmentsOf(post, 'video').map((video) => joinedLines([video.title, video.description])))
    .concat(attachmentsOf(post, 'photo').map((photo) => joinedLines([photo.text])))
    .concat(attachmentsOf(post, 'article').map((article) => joinedLines([article.title, article.subtitle])))
    .filter((text) => text !== '')
    .join('\n\n');
}

type AttachmentType = 'poll' | 'link' | 'video' | 'photo' | 'article';

/**
 * The address of the link a post shares, when it shares one and says nothing of its own: such a
 * post repeats the article, an amplification of it rather than another voice.
 */
export function sharedLinkOf(post: JsonObject): string | undefined {
  const link = attachmentsOf(post, 'link')[0];
  return typeof link?.url === 'string' && link.url.trim() !== '' ? link.url.trim() : undefined;
}

function attachmentsOf(post: JsonObject, type: AttachmentType): JsonObject[] {
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
