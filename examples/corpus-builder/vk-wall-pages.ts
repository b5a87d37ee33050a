/** VK API `wall.get` responses of a community wall, saved as an array of pages. */
import type { DemoRecord } from './demo-record.js';
import type { PackedRecords } from './packed-records.js';
import type { SeededRandom } from './random.js';

/** Ids far beyond any real VK id, so that no placeholder is someone's page. */
const PLACEHOLDER_ID_BASE = 999_999_990_000;
const COMMUNITY_ID = -(PLACEHOLDER_ID_BASE + 1);
const OTHER_COMMUNITY_ID = -(PLACEHOLDER_ID_BASE + 2);

export interface VkOptions {
  readonly postsPerPage: number;
  /** Posts another community reposts, each adding a post with empty text and the original attached. */
  readonly reposts: number;
  /** No repost is later than this: the end of the corpus's date window. */
  readonly latest: Date;
}

interface WallPost {
  readonly id: number;
  readonly owner_id: number;
  readonly from_id: number;
  readonly signer_id?: number;
  readonly date: number;
  readonly post_type: 'post';
  readonly text: string;
  readonly copy_history?: readonly Omit<WallPost, 'copy_history'>[];
  readonly comments: { readonly count: number };
  readonly likes: { readonly count: number };
  readonly reposts: { readonly count: number };
}

/** Posts newest first, as `wall.get` returns them. */
export function vkWallPages(
  records: readonly DemoRecord[],
  options: VkOptions,
  random: SeededRandom,
): PackedRecords {
  const posts: WallPost[] = records.map((record, index) => residentPost(record, index + 1));
  const recordIds = posts.map((post) => `${post.owner_id}_${post.id}`);

  const latest = Math.floor(options.latest.getTime() / 1000) - 60;
  let nextId = 1;
  for (const original of random.shuffled(posts).slice(0, options.reposts)) {
    const { copy_history: _none, ...attached } = original;
    posts.push({
      id: nextId++,
      owner_id: OTHER_COMMUNITY_ID,
      from_id: OTHER_COMMUNITY_ID,
      // Reposted within two days, but not after the window the corpus covers.
      date: Math.min(original.date + 3600 * (1 + random.below(48)), latest),
      post_type: 'post',
      text: '',
      copy_history: [attached],
      comments: { count: 0 },
      likes: { count: 0 },
      reposts: { count: 0 },
    });
  }
  posts.sort((left, right) => right.date - left.date);

  const pages: object[] = [];
  for (let start = 0; start < posts.length; start += options.postsPerPage) {
    pages.push({
      response: { count: posts.length, items: posts.slice(start, start + options.postsPerPage) },
    });
  }
  return { content: JSON.stringify(pages, null, 1) + '\n', recordIds, extraPosts: options.reposts };
}

/** A resident's post on the community wall: `from_id` and `signer_id` are the placeholder person. */
function residentPost(record: DemoRecord, id: number): WallPost {
  if (!record.date)
    throw new Error(`demo corpus: VK post ${record.id} has no date; the API always gives one`);
  const person = PLACEHOLDER_ID_BASE + Number(record.persona);
  return {
    id,
    owner_id: COMMUNITY_ID,
    from_id: person,
    signer_id: person,
    date: Math.floor(record.date.getTime() / 1000),
    post_type: 'post',
    text: record.source.text,
    comments: { count: 0 },
    likes: { count: 0 },
    reposts: { count: 0 },
  };
}
