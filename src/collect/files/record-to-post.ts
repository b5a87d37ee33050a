import { contentNativeId } from '../content-id.js';
import { LocalIds, scopedNativeId } from '../identity/scoped-native-id.js';
import { socialAddressKey } from '../identity/social-address-key.js';
import { textFingerprint } from '../identity/text-fingerprint.js';
import { readRecordDate, readRecordUrl, type ImportContext, type ImportLog } from '../import-context.js';
import { cleanText } from '../markup/clean-text.js';
import { htmlToText } from '../markup/html-to-text.js';
import { platformOfLink } from '../platform-of-link.js';
import { telegramMessageKey } from '../telegram/message-link.js';
import { isKeyedAsOther, type Platform, type PostKind, type RawPost, type RecordLocation } from '../raw-post.js';
import { TEXT_FIELD_NAMES, type RecordField } from './record-fields.js';
import { takeoutSegmentsText } from './takeout-segments.js';
import { isYoutubeCommentId, youtubeThreadOf } from './youtube-comment-id.js';
import { titledText, titleOpensText } from '../../text/title-opens-text.js';

/** A record's values by field, as strings or numbers straight from the file. */
export type RecordValues = Partial<Record<RecordField, string | number>> & {
  /** The zone the date's column names (`Date (GMT)`), when it names one. */
  dateZone?: string;
  /**
   * A platform column's value that names no platform, beside one that does: the site of a news
   * row ("Источник": "Tengrinews" under "Тип источника": "СМИ"), its outlet when no outlet
   * column names one.
   */
  site?: string | number;
};

const PLATFORMS: ReadonlyMap<string, Platform> = new Map([
  ['news', 'news'],
  ['media', 'news'],
  ['press', 'news'],
  ['сми', 'news'],
  ['telegram', 'telegram'],
  ['tg', 'telegram'],
  ['youtube', 'youtube'],
  ['yt', 'youtube'],
  ['vk', 'vk'],
  ['vkontakte', 'vk'],
  ['вконтакте', 'vk'],
  ['web', 'web'],
  ['site', 'web'],
  ['website', 'web'],
  // Listening tools name the platform by its domain or in Russian.
  ['vk.com', 'vk'],
  ['m.vk.com', 'vk'],
  ['вк', 'vk'],
  ['t.me', 'telegram'],
  ['telegram.org', 'telegram'],
  ['telegram.me', 'telegram'],
  ['телеграм', 'telegram'],
  ['youtube.com', 'youtube'],
  ['m.youtube.com', 'youtube'],
  ['youtu.be', 'youtube'],
  ['ютуб', 'youtube'],
  ['онлайн-сми', 'news'],
  ['новости', 'news'],
  ['instagram', 'instagram'],
  ['ig', 'instagram'],
  ['инстаграм', 'instagram'],
  ['instagram.com', 'instagram'],
  ['facebook', 'facebook'],
  ['fb', 'facebook'],
  ['фейсбук', 'facebook'],
  ['facebook.com', 'facebook'],
  ['tiktok', 'tiktok'],
  ['тикток', 'tiktok'],
  ['tiktok.com', 'tiktok'],
  ['x', 'x'],
  ['twitter', 'x'],
  ['твиттер', 'x'],
  ['twitter.com', 'x'],
  ['x.com', 'x'],
]);

/** More names of the platforms keyed as on `other`, as people write them. */
const MORE_NAMES: ReadonlyMap<string, Platform> = new Map([
  ['insta', 'instagram'],
  ['инста', 'instagram'],
  ['инстаграмм', 'instagram'],
  ['фэйсбук', 'facebook'],
  ['твитер', 'x'],
]);

/**
 * The platform a platform or source column names. Instagram, Facebook, TikTok and X are named
 * in any case and spacing ('Tik Tok', 'Тик-Ток'), with their other name ('X (Twitter)',
 * 'Twitter/X'), as an address ('www.instagram.com', 'https://facebook.com/') or misspelt
 * ('Инстаграмм'); these were 'other'. The other platforms keep their exact names: a post newly
 * named so would be keyed apart from its earlier import on 'other'.
 */
function platformNamed(value: string | number | undefined): Platform | undefined {
  const name = textOf(value).toLowerCase();
  const exact = PLATFORMS.get(name);
  if (exact !== undefined || name === '') return exact;
  if (isNewsCategory(name)) return 'news';
  const keyedAsOther = (platform: Platform | undefined): Platform | undefined =>
    isKeyedAsOther(platform) ? platform : undefined;
  const linked = keyedAsOther(platformOfLink(name));
  if (linked !== undefined) return linked;
  for (const part of name.split(/[()/,|;]+/)) {
    const word = part.trim();
    const compact = word.replace(/[\s_-]+/g, '');
    const found = keyedAsOther(PLATFORMS.get(word) ?? PLATFORMS.get(compact) ?? MORE_NAMES.get(compact))
      ?? keyedAsOther(word === '' ? undefined : platformOfLink(word));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The words of a listening tool's category for news sites, as Talkwalker (`ONLINENEWS`,
 * `ONLINENEWS_NEWSPAPER`), Meltwater (`Online News`, `Print`) and Russian tools (`Интернет-СМИ`,
 * `Новостные сайты`, `Печатные СМИ`) write it; such rows went to `other`, their articles stored
 * as residents' posts without link or outlet. A category is news when all its words are such
 * words and one of them names the press.
 */
const NEWS_CATEGORY_WORDS: ReadonlySet<string> = new Set([
  'online', 'onlinenews', 'news', 'newspaper', 'newspapers', 'site', 'sites', 'portal', 'portals', 'agency',
  'agencies', 'media', 'print', 'press', 'other', 'интернет', 'онлайн', 'электронные', 'печатные', 'сми',
  'новости', 'новостные', 'сайты', 'сайт', 'информагентства', 'агентства', 'газеты',
]);
const PRESS_WORDS: ReadonlySet<string> = new Set([
  'onlinenews', 'news', 'newspaper', 'newspapers', 'media', 'print', 'press', 'сми', 'новости', 'новостные',
  'информагентства', 'газеты',
]);

function isNewsCategory(name: string): boolean {
  const words = name.split(/[\s_/-]+/).filter((word) => word !== '');
  return words.every((word) => NEWS_CATEGORY_WORDS.has(word)) && words.some((word) => PRESS_WORDS.has(word));
}

/**
 * What a listening tool's post type column or a kind column writes for a post that repeats
 * another one without words of its own. A repost with the sharer's comment ("Дополненный
 * репост", a quote) says something of its own and stays an original.
 */
const REPOST_TYPES = new Set([
  'repost', 'share', 'shared', 'retweet', 'forward', 'forwarded', 'reshare', 'репост', 'перепост',
  'пересланное', 'пересылка', 'бөлісу', 'репост жасау',
]);

/**
 * Sets a record's field from a column or key, the first one of a field winning, except for the
 * platform: listening tools write it in two columns, a category ("Тип источника": "Социальная
 * сеть", "Мессенджер", "СМИ") and a site ("Источник": "vk.com", "Tengrinews"), in either order.
 * The first that names a platform tyndau knows is the record's; a category alone put every such
 * post on `other`. The other is kept as the site: a news row's outlet, which was lost.
 */
export function setRecordValue(
  values: RecordValues,
  field: RecordField,
  value: string | number,
  zone?: string,
): void {
  const current = values[field];
  if (current === undefined) {
    values[field] = value;
    if (zone !== undefined && (field === 'date' || field === 'time')) values.dateZone ??= zone;
  } else if (field === 'platform' && isKnownPlatform(current) !== isKnownPlatform(value)) {
    values.site ??= isKnownPlatform(value) ? current : value;
    if (isKnownPlatform(value)) values.platform = value;
  }
}

function isKnownPlatform(value: string | number): boolean {
  return platformNamed(value) !== undefined;
}

const KINDS: ReadonlyMap<string, PostKind> = new Map([
  ['article', 'article'],
  ['news', 'article'],
  ['social', 'social'],
  ['post', 'social'],
  ['comment', 'social'],
]);

/**
 * A JSONL or CSV record as a post. The platform is `other` unless named (unknown names such as
 * `threads` are `other` too); the kind is `article` for news and web platforms and `social` for
 * the rest unless a `kind` field says otherwise. Records without an id get one from their text
 * and date, so re-importing the file finds the same posts.
 */
export function recordToPost(
  values: RecordValues,
  context: ImportContext,
  location: RecordLocation,
  log: ImportLog,
  localIds: LocalIds = new LocalIds(),
): RawPost | undefined {
  const takeoutText = typeof values.text === 'string' ? takeoutSegmentsText(values.text) : undefined;
  const body = takeoutText === undefined ? textOf(values.text) : cleanText(takeoutText);
  const title = textOf(values.title);
  if (body === '') {
    const names = TEXT_FIELD_NAMES.slice(0, 4).join(', ');
    // Written, but nothing in it shows (cleanText made it empty): said as such.
    const written = typeof values.text === 'string' && values.text.trim() !== '';
    log.skip(location, written
      ? 'record text has no visible character (only spaces, zero-width or control characters)'
      : `record has no text (looked for ${names} and the like)`);
    return undefined;
  }

  const named = platformNamed(values.platform);
  const id = identifier(values.id);
  // Only Google Takeout writes text as segments, and only of YouTube comments and live chats.
  const youtubeComment = (id !== undefined && isYoutubeCommentId(id)) || takeoutText !== undefined;
  // A post at a platform's address is that platform's, whatever the platform or source column
  // calls it: listening exports wrote vk.com beside an instagram.com/p/… link.
  const platform = platformOfUrl(values.url) ?? named ?? platformOfOutlet(values)
    ?? (youtubeComment ? 'youtube' : 'other');
  const published = platform === 'news' || platform === 'web';
  const kind = KINDS.get(textOf(values.kind).toLowerCase()) ?? (published ? 'article' : 'social');
  const article = kind === 'article';
  // A social post keeps no headline of its own: one a spreadsheet gives it is part of its text,
  // unless it is only the text's opening again.
  const text = article || title === '' || titleOpensText(title, body) ? body : `${title}\n${body}`;

  const nativeId = recordId(values, text, localIds);
  const publishedAt = readRecordDate(dateAndTime(values), zonedContext(context, values.dateZone), location, log);
  return {
    kind,
    platform,
    nativeId,
    ...aliasesOf(article ? undefined : { values, platform, nativeId, text, publishedAt }, localIds),
    title: article ? optional(title) : undefined,
    text,
    publishedAt,
    outlet: article ? optional(values.outlet) ?? optional(values.site) : undefined,
    url: article ? readRecordUrl(optional(values.url), location, log) : undefined,
    declaredLanguage: optional(values.language),
    parentNativeId: reference(values.parent, values, localIds)
      ?? (platform === 'youtube' ? youtubeParentOf(id, values) : undefined),
    amplifiesNativeId: reference(values.amplifies, values, localIds)
      ?? (isRepost(values) ? repeatedTextId(text) : undefined),
    location,
  };
}

/**
 * The keys another format gives a social record's post. A listening tool's row of a VK post or a
 * YouTube comment is known by the id the platform's own export gives it, read from its address; a
 * row with neither id nor address by its text and hour (`textFingerprint`). An article is known
 * by its address, a key the gate gives every article.
 */
function aliasesOf(
  social: { values: RecordValues; platform: Platform; nativeId: string; text: string; publishedAt: Date | undefined } | undefined,
  localIds: LocalIds,
): { aliasNativeIds?: string[] } {
  if (social === undefined) return {};
  const { values, platform, nativeId, text, publishedAt } = social;
  const comment = textOf(values.kind).toLowerCase() === 'comment' || optional(values.parent) !== undefined;
  const addressKey = socialAddressKey(optional(values.url), platform, comment);
  if (addressKey !== undefined) return { aliasNativeIds: [addressKey] };
  // Only a key made from the text and date as written: an id, even a row number, or a link
  // names a post better than its words do.
  if (!nativeId.startsWith('content:')) return {};
  const fingerprint = textFingerprint(text, publishedAt, localIds);
  return fingerprint === undefined ? {} : { aliasNativeIds: [fingerprint] };
}

/**
 * What a YouTube comment without a parent column answers: its thread's comment for a reply (its
 * id says so), else the video its record names, as the API importer links a top-level comment.
 */
function youtubeParentOf(id: string | undefined, values: RecordValues): string | undefined {
  return (id === undefined ? undefined : youtubeThreadOf(id)) ?? identifier(values.video);
}

/** An ellipsis a listening tool ends a cut title with: `…`, `...`, with spaces before it or not. */
/** The platform a record's link names, which outranks the one its columns name. */
function platformOfUrl(url: string | number | undefined): Platform | undefined {
  return platformOfLink(optional(url));
}

/**
 * The platform a record's outlet implies when it names no platform at all: media-monitoring
 * exports (a Medialogia-like `Дата;СМИ;Заголовок;Текст;URL`) hold nothing but articles and say
 * so only by naming each one's outlet. Read as residents' posts on `other`, their outlet and link
 * were dropped and the press counted as public opinion. An outlet that is a social site
 * (`vk.com` in a Domain column) names that platform instead.
 */
function platformOfOutlet(values: RecordValues): Platform | undefined {
  const outlet = textOf(values.outlet).toLowerCase();
  if (values.platform !== undefined || outlet === '') return undefined;
  return PLATFORMS.get(outlet) ?? platformOfLink(`https://${outlet}/`) ?? 'news';
}

/** A time of day alone: `14:30`, `14:30:05`, `2:30 PM`. */
const TIME_ONLY = /^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?$/i;

/**
 * The record's date, with the time of day from a separate time column when the date has none:
 * listening tools export `Дата` 10.03.2024 and `Время` 14:30 side by side, and the date alone
 * put every post at midnight. A time column holding whole dates stands in for a missing date.
 */
function zonedContext(context: ImportContext, zone: string | undefined): ImportContext {
  return zone === undefined ? context : { ...context, timezone: zone };
}

function dateAndTime(values: RecordValues): string | number | undefined {
  const { date, time } = values;
  if (date === undefined) return time;
  if (time === undefined || typeof date !== 'string' || date.includes(':')) return date;
  return TIME_ONLY.test(String(time).trim()) ? `${date.trim()} ${String(time).trim()}` : date;
}

/**
 * The native id `recordToPost` gives a social record, for a format that must know the key
 * another format gives the same post (a Telegram message split out of its chat's export).
 */
export function recordKey(values: RecordValues): string {
  const body = textOf(values.text);
  const text = titledText(textOf(values.title), body);
  return recordId(values, text, new LocalIds());
}

/** The record's own id, scoped when it is a bare number; else one from its text and date. */
function recordId(values: RecordValues, text: string, localIds: LocalIds): string {
  const id = identifier(values.id);
  if (id === undefined) return telegramMessageKey(optional(values.url)) ?? contentNativeId(text, values.date);
  const scoped = scopedNativeId(id, { channel: identifier(values.channel), url: optional(values.url), text, date: values.date });
  localIds.remember(id, scoped);
  return scoped;
}

function isRepost(values: RecordValues): boolean {
  return [values.postType, values.kind].some((value) => REPOST_TYPES.has(textOf(value).toLowerCase()));
}

/**
 * A repost row names no post it repeats, only its text: reposts of the same text share one id,
 * and none of them counts as an original (Telegram forwards are marked the same way).
 */
function repeatedTextId(text: string): string {
  return `repost:${contentNativeId(text, undefined)}`;
}

function reference(value: string | number | undefined, values: RecordValues, localIds: LocalIds): string | undefined {
  const id = identifier(value);
  if (id === undefined) return undefined;
  return telegramMessageKey(id) ?? localIds.reference(id, identifier(values.channel));
}

/**
 * What scripts write for a missing value when they turn it into text: JavaScript's `undefined`
 * and `null`, Python's `None`, pandas' `nan`. As an id each made every post without one the
 * same post: all but the first were counted as already stored.
 */
const MISSING_VALUES = new Set(['undefined', 'null', 'none', 'nan', 'n/a', '-']);

/** An id, parent, repost or channel value, or undefined when it is empty or stands for none. */
function identifier(value: string | number | undefined): string | undefined {
  const text = optional(value);
  return text === undefined || MISSING_VALUES.has(text.toLowerCase()) ? undefined : text;
}

/**
 * Tags that mark a value as HTML rather than text that happens to hold a `<` (`<3`, `a < b`):
 * scrapers and CMS dumps store article bodies as markup, which was kept with its tags.
 */
const MARKUP = /<\/(?:p|div|a|span|b|strong|em|i|li|h[1-6])>|<br\s*\/?>|<p[\s>]/i;

function textOf(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return MARKUP.test(text) ? htmlToText(text) : cleanText(text);
}

function optional(value: string | number | undefined): string | undefined {
  const text = textOf(value);
  return text === '' ? undefined : text;
}
