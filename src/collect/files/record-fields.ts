import { zonedColumnName } from './zoned-column-name.js';

/**
 * The field convention for JSONL objects and CSV columns. A field is found under its name or any
 * alias (case does not matter, nor `-`, `_` or spaces):
 *
 * | field     | names accepted                                                            |
 * | --------- | ------------------------------------------------------------------------- |
 * | id        | id, post_id, native_id, message_id, comment_id, guid, cid, live_chat_id   |
 * | text      | text, body, content, message, comment, review, full_text, текст, мәтін,   |
 * |           | message_text, post_text, текст сообщения (публикации, поста, комментария),|
 * |           | хабарлама мәтіні, жазба мәтіні, opening_text, hit_sentence (Meltwater),   |
 * |           | текст отзыва, текст обращения, өтініш мәтіні, comment_text and            |
 * |           | live_chat_text (Google Takeout's YouTube comments and live chats); in a   |
 * |           | table without one of those, сообщение, комментарий, отзыв, обращение,     |
 * |           | содержание, хабарлама, пікір, мазмұн, caption                             |
 * | title     | title, headline, subject, заголовок, тақырып                              |
 * | date      | date, published_at, published, created_at, created, timestamp, datetime,  |
 * |           | pub_date, дата, күні, publication_date, date_published, post_date,        |
 * |           | дата публикации, дата сообщения, жарияланған күні, time_parsed,           |
 * |           | comment_create_timestamp, live_chat_create_timestamp, created_time        |
 * | time      | time, время, уақыт, publication_time, время публикации (сообщения): the   |
 * |           | time of day beside a date column (Brand Analytics' and YouScan's Дата and |
 * |           | Время); read as the date when there is none                               |
 * | platform  | platform, network, source_type, social_network, платформа, page_type,     |
 * |           | тип источника, тип площадки, площадка, источник, дереккөз (vk.com, t.me   |
 * |           | and youtube.com are read as their platforms)                              |
 * | kind      | kind, type_of_post (article or social)                                    |
 * | post type | post_type, message_type, entry_type, thread_entry_type, тип сообщения,     |
 * |           | тип публикации, тип поста, тип записи, хабарлама түрі, жазба түрі: a      |
 * |           | repost, share or forward there (Репост, share) is an amplification        |
 * | url       | url, link, article_url, ссылка, post_url, ссылка на публикацию            |
 * |           | (на сообщение), permalink, permalink_url                                  |
 * | outlet    | outlet, media, publication, publisher, source_name, издание, сми, басылым,|
 * |           | domain, домен, название (наименование) сми, media_name, outlet_name,      |
 * |           | басылым атауы; with no platform given, an outlet that is no social site   |
 * |           | makes the record a news article                                           |
 * | language  | language, lang, язык, тіл                                                 |
 * | parent    | parent_id, reply_to, in_reply_to, reply_to_id, parent_comment_id          |
 * | video     | video_id: the video a YouTube comment without a parent answers            |
 * | amplifies | repost_of, repost_of_id, forward_of, amplifies, shared_id, forwarded_url  |
 * | channel   | channel, channel_name, channel_id, chat, chat_name, chat_id, group,       |
 * |           | group_name, group_id, community, community_id, feed, канал, чат, группа   |
 *
 * A date or time column may name the zone its times are written in (`Date (GMT)`, `Дата (UTC+6)`,
 * `Дата (МСК)`, `date_gmt`, `created_at_utc`): they are read in it, not in the project's zone.
 * Every other column is ignored, and with it anything author-like (author, user, username,
 * user_id, uid, handle, screen_name, from, from_id, profile, avatar): no field of tyndau can hold
 * one. `uid` in particular is not an id: VK's and most user databases' exports use it for the
 * author, and read as a post's id it gave every post of one author the same id (all but the
 * first counted as already stored) and stored a keyed hash of the author.
 * `url`, `outlet` and `title` are kept for news articles only. `channel` is never kept: it only
 * tells apart posts of different channels that carry the same bare number as id.
 */
export type RecordField =
  | 'id'
  | 'text'
  | 'title'
  | 'date'
  | 'time'
  | 'platform'
  | 'kind'
  | 'postType'
  | 'url'
  | 'outlet'
  | 'language'
  | 'parent'
  | 'amplifies'
  | 'video'
  | 'channel';

/**
 * The Russian and Kazakh words for a message, comment, review, appeal or content, as a
 * messenger's or a review site's export or a user's own sheet heads its text column
 * ("Сообщение", "Комментарий", "Отзыв", "Пікір"): such a file was refused for want of a text column. A listening tool's export
 * may also carry an analyst's "Комментарий" beside its "Текст", so these are the text only in a
 * table (or a JSON record) without a column of another text name.
 */
const SECONDARY_TEXT_NAMES: readonly string[] = [
  'сообщение', 'комментарий', 'отзыв', 'обращение', 'содержание', 'хабарлама', 'пікір', 'мазмұн',
  // Instagram scrapers (Apify's, Instaloader's exports) keep a post's words as its caption; beside
  // a text column it is an image's caption.
  'caption',
];

const FIELD_NAMES: Readonly<Record<RecordField, readonly string[]>> = {
  // `cid` is youtube-comment-downloader's comment id.
  id: ['id', 'post_id', 'native_id', 'message_id', 'comment_id', 'guid', 'cid', 'live_chat_id'],
  text: [
    'text', 'body', 'content', 'message', 'comment', 'review', 'full_text', 'текст', 'мәтін',
    // As listening tools (Brand Analytics, YouScan, Brandwatch) name the column in their exports.
    'message_text', 'post_text', 'текст сообщения', 'текст публикации', 'текст поста',
    'текст комментария', 'хабарлама мәтіні', 'жазба мәтіні',
    // Reviews of a city service, and residents' appeals as e-Otinish and 109 registers export them.
    'текст отзыва', 'текст обращения', 'өтініш мәтіні',
    // Meltwater's exports: the post's or article's opening, and the sentence the search matched.
    'opening_text', 'hit_sentence',
    // Google Takeout's YouTube comments and live chat messages (comments.csv, live chats.csv).
    'comment_text', 'live_chat_text',
    ...SECONDARY_TEXT_NAMES,
  ],
  title: ['title', 'headline', 'subject', 'заголовок', 'тақырып'],
  date: [
    'date', 'published_at', 'published', 'created_at', 'created', 'timestamp', 'datetime',
    'pub_date', 'дата', 'күні', 'publication_date', 'date_published', 'post_date',
    'дата публикации', 'дата сообщения', 'жарияланған күні',
    // youtube-comment-downloader's unix time; its `time` says "2 years ago".
    'time_parsed',
    'comment_create_timestamp', 'live_chat_create_timestamp',
    // Facebook's Graph API and Sprinklr's exports.
    'created_time',
  ],
  time: ['time', 'время', 'уақыт', 'publication_time', 'время публикации', 'время сообщения'],
  platform: [
    'platform', 'network', 'source_type', 'social_network', 'платформа', 'page_type',
    'тип источника', 'тип площадки', 'площадка', 'источник', 'дереккөз',
  ],
  kind: ['kind', 'type_of_post'],
  // Listening tools (Brand Analytics, YouScan, Brandwatch's Thread Entry Type) export reposts as
  // rows of their own and say so here.
  postType: [
    'post_type', 'message_type', 'entry_type', 'thread_entry_type', 'тип сообщения', 'тип публикации',
    'тип поста', 'тип записи', 'хабарлама түрі', 'жазба түрі',
  ],
  url: [
    'url', 'link', 'article_url', 'ссылка', 'post_url', 'ссылка на публикацию',
    'ссылка на сообщение', 'permalink', 'permalink_url',
  ],
  outlet: [
    'outlet', 'media', 'publication', 'publisher', 'source_name', 'издание', 'сми', 'басылым',
    'domain', 'домен',
    // Media-monitoring exports (Medialogia-like) name the outlet so.
    'название сми', 'наименование сми', 'media_name', 'outlet_name', 'басылым атауы',
  ],
  language: ['language', 'lang', 'язык', 'тіл'],
  parent: ['parent_id', 'reply_to', 'in_reply_to', 'reply_to_id', 'parent_comment_id'],
  video: ['video_id'],
  // snscrape's Telegram posts name what they forward by its address.
  amplifies: ['repost_of', 'repost_of_id', 'forward_of', 'amplifies', 'shared_id', 'forwarded_url'],
  channel: [
    'channel', 'channel_name', 'channel_id', 'chat', 'chat_name', 'chat_id', 'group', 'group_name', 'group_id',
    'community', 'community_id', 'feed', 'канал', 'чат', 'группа',
  ],
};

/** Folds `Published At`, `published-at` and `publishedAt` to one key. */
function foldName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

const FIELD_BY_NAME: ReadonlyMap<string, RecordField> = new Map(
  (Object.entries(FIELD_NAMES) as [RecordField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [foldName(name), field] as const),
  ),
);

/** The names the text field goes by, for error messages. */
export const TEXT_FIELD_NAMES: readonly string[] = FIELD_NAMES.text;

/**
 * Maps column or key names to fields, remembering each name it has seen: JSONL files repeat the
 * same keys on every line, so each distinct key is folded once.
 */
export class FieldNames {
  readonly #seen = new Map<string, RecordField | null>();
  readonly #zones = new Map<string, string>();
  readonly #unreadValuesTold = new Set<string>();

  fieldOf(name: string): RecordField | undefined {
    let field = this.#seen.get(name);
    if (field === undefined) {
      field = FIELD_BY_NAME.get(foldName(name)) ?? this.#zonedDateField(name) ?? null;
      this.#seen.set(name, field);
    }
    return field ?? undefined;
  }

  /** The IANA zone a date or time column's name says its times are in (`Date (GMT)`), if any. */
  zoneOf(name: string): string | undefined {
    return this.fieldOf(name) === undefined ? undefined : this.#zones.get(name);
  }

  /**
   * True the first time a value of the wrong type under `name` is met, false after: such a value
   * is told once a file, at its first record, since an export writes every record alike.
   */
  firstUnreadValueOf(name: string): boolean {
    if (this.#unreadValuesTold.has(name)) return false;
    this.#unreadValuesTold.add(name);
    return true;
  }

  #zonedDateField(name: string): RecordField | undefined {
    const zoned = zonedColumnName(name);
    const field = zoned && FIELD_BY_NAME.get(foldName(zoned.name));
    if (zoned === undefined || (field !== 'date' && field !== 'time')) return undefined;
    this.#zones.set(name, zoned.zone);
    return field;
  }
}

const SECONDARY_TEXT_KEYS: ReadonlySet<string> = new Set(SECONDARY_TEXT_NAMES.map(foldName));

/** True for a column name read as the text only when no other column is (`SECONDARY_TEXT_NAMES`). */
export function isSecondaryTextName(name: string): boolean {
  return SECONDARY_TEXT_KEYS.has(foldName(name));
}

/** True when one of the names is a text field: enough to take a header or an object as records. */
export function hasTextField(names: readonly string[]): boolean {
  return names.some((name) => FIELD_BY_NAME.get(foldName(name)) === 'text');
}
