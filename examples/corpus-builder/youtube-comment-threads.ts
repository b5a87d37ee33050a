/** YouTube Data API v3 `commentThreads.list` response pages of one video, saved as an array. */
import type { DemoRecord } from './demo-record.js';
import type { PackedRecords } from './packed-records.js';
import type { SeededRandom } from './random.js';

export interface YoutubeOptions {
  /** Placeholder video id: 11 characters like a real one, spelled to be read as made up. */
  readonly videoId: string;
  readonly threadsPerPage: number;
  /** Share of comments that are replies inside an earlier thread rather than threads of their own. */
  readonly replyShare: number;
}

interface Thread {
  readonly id: string;
  readonly top: number;
  readonly replies: number[];
}

const CHANNEL_ID = 'UCsyntheticDemoChannel0000';

/** Threads newest first (the API's default order), replies oldest first under their thread. */
export function youtubeCommentThreadPages(
  records: readonly DemoRecord[],
  options: YoutubeOptions,
  random: SeededRandom,
): PackedRecords {
  const order = records
    .map((_, index) => index)
    .sort((left, right) => time(records[left]!) - time(records[right]!));
  const recordIds: string[] = new Array<string>(records.length);
  const threads: Thread[] = [];

  for (const index of order) {
    const answered =
      threads.length > 0 && random.next() < options.replyShare
        ? threads[random.below(threads.length)]
        : undefined;
    const ownId = `UgSynthetic${records[index]!.id}AaABAg`;
    if (answered) {
      answered.replies.push(index);
      recordIds[index] = `${answered.id}.${ownId}`;
    } else {
      threads.push({ id: ownId, top: index, replies: [] });
      recordIds[index] = ownId;
    }
  }
  threads.reverse();

  const comment = (index: number, parentId?: string): object =>
    commentResource(records[index]!, recordIds[index]!, options.videoId, parentId);
  const pages: object[] = [];
  for (let start = 0; start < threads.length; start += options.threadsPerPage) {
    const pageThreads = threads.slice(start, start + options.threadsPerPage);
    const last = start + options.threadsPerPage >= threads.length;
    pages.push({
      kind: 'youtube#commentThreadListResponse',
      etag: `synthetic-etag-page-${pages.length + 1}`,
      ...(last ? {} : { nextPageToken: `synthetic-page-token-${pages.length + 2}` }),
      pageInfo: { totalResults: pageThreads.length, resultsPerPage: options.threadsPerPage },
      items: pageThreads.map((thread) => ({
        kind: 'youtube#commentThread',
        etag: `synthetic-etag-${thread.id}`,
        id: thread.id,
        snippet: {
          channelId: CHANNEL_ID,
          videoId: options.videoId,
          topLevelComment: comment(thread.top),
          canReply: true,
          totalReplyCount: thread.replies.length,
          isPublic: true,
        },
        ...(thread.replies.length > 0
          ? { replies: { comments: thread.replies.map((reply) => comment(reply, thread.id)) } }
          : {}),
      })),
    });
  }
  return { content: JSON.stringify(pages, null, 1) + '\n', recordIds, extraPosts: 0 };
}

function commentResource(
  record: DemoRecord,
  id: string,
  videoId: string,
  parentId: string | undefined,
): object {
  const published = record.date!.toISOString().replace('.000Z', 'Z');
  return {
    kind: 'youtube#comment',
    etag: `synthetic-etag-${id}`,
    id,
    snippet: {
      channelId: CHANNEL_ID,
      videoId,
      textDisplay: displayHtml(record.source.text),
      textOriginal: record.source.text,
      ...(parentId === undefined ? {} : { parentId }),
      // Identity fields the importer must not read: clearly placeholders.
      authorDisplayName: `@synthetic-viewer-${record.persona}`,
      authorProfileImageUrl: `https://example.invalid/avatars/${record.persona}.jpg`,
      authorChannelUrl: `https://example.invalid/@synthetic-viewer-${record.persona}`,
      authorChannelId: { value: `UCsyntheticViewer${record.persona}` },
      canRate: true,
      viewerRating: 'none',
      likeCount: 0,
      publishedAt: published,
      updatedAt: published,
    },
  };
}

/** `textDisplay` is HTML: entities escaped and line breaks as <br>, as the API returns it. */
function displayHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\r?\n/g, '<br>');
}

function time(record: DemoRecord): number {
  if (!record.date)
    throw new Error(
      `demo corpus: YouTube comment ${record.id} has no date; the API always gives one`,
    );
  return record.date.getTime();
}
