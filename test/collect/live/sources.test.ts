import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { Fetcher } from '../../../src/collect/fetcher/index.js';
import { FeedSource } from '../../../src/collect/feeds/feed-source.js';
import { canonicalUrl } from '../../../src/collect/identity/canonical-url.js';
import type { CollectContext, CollectedBatch, LiveSource } from '../../../src/collect/live-source.js';
import type { RawPost } from '../../../src/collect/raw-post.js';
import { ChannelSource } from '../../../src/collect/telegram/channel-source.js';
import { importChannelPreview } from '../../../src/collect/telegram/import-channel-preview.js';
import { telegramMessageKey } from '../../../src/collect/telegram/message-link.js';
import { VkSource } from '../../../src/collect/vk/vk-source.js';
import { YoutubeSource } from '../../../src/collect/youtube/youtube-source.js';
import { FixtureServer, livePayload } from './fixture-server.js';
import { LOCAL_SETTINGS, recordingClock } from './test-clock.js';

let server: FixtureServer;
beforeEach(async () => {
  server = await FixtureServer.start();
});
afterEach(async () => {
  await server.close();
});

const NOW = new Date('2025-01-10T12:00:00Z');
/** Fields a connector must never carry out of parsing, by name or by value. */
const IDENTITY_TRACES = ['Корреспондентов', 'Пётр Иванов', 'resident_one', 'resident_four', 'Жителева', 'anna_zh', 'ava.jpg', 'UCresident'];

function contextOf(stored: Set<string> = new Set()): CollectContext {
  return {
    fetcher: new Fetcher(LOCAL_SETTINGS, recordingClock()),
    timezone: 'Asia/Almaty',
    now: NOW,
    isStored: (platform, nativeId) => stored.has(`${platform}:${nativeId}`),
  };
}

async function collect(source: LiveSource, cursor?: unknown, stored?: Set<string>): Promise<CollectedBatch> {
  return source.collect(cursor, contextOf(stored));
}

function expectNoIdentity(batch: CollectedBatch): void {
  const serialised = JSON.stringify(batch.posts);
  for (const trace of IDENTITY_TRACES) expect(serialised).not.toContain(trace);
}

describe('canonical URLs', () => {
  it('drops tracking parameters, www, fragments, default ports and trailing slashes', () => {
    expect(canonicalUrl('http://WWW.Example.kz:80/news/1/?utm_source=tg&id=5&fbclid=x#top')).toBe('https://example.kz/news/1?id=5');
    expect(canonicalUrl('https://example.kz/?b=2&a=1')).toBe('https://example.kz/?a=1&b=2');
    expect(canonicalUrl('javascript:alert(1)')).toBeUndefined();
  });
});

describe('feed source', () => {
  it('stores an article once across section feeds and reads its full text without the byline', async () => {
    server.serve('/rss/city', livePayload('rss-section-city.xml'), { 'content-type': 'application/rss+xml' });
    server.serve('/rss/society', livePayload('rss-section-society.xml'), { 'content-type': 'application/rss+xml' });
    const city = new FeedSource({ id: 'city', url: server.url('/rss/city'), articles: false, maxArticles: 10 });
    const society = new FeedSource({ id: 'society', url: server.url('/rss/society'), articles: false, maxArticles: 10 });

    const [first, second] = [await collect(city), await collect(society)];

    expect(first.posts.map((post) => post.nativeId)).toEqual([
      'https://vestnik.example.kz/city/hot-water', 'https://vestnik.example.kz/city/roads',
    ]);
    expect(second.posts[0]?.nativeId).toBe(first.posts[0]?.nativeId);
    expect(first.posts[0]).toMatchObject({ outlet: 'Городской вестник', url: 'https://www.vestnik.example.kz/city/hot-water' });
    expectNoIdentity(first);
  });

  it('replaces a teaser with the article text found by Readability', async () => {
    const feed = livePayload('rss-section-society.xml').toString().replace('http://vestnik.example.kz/city/hot-water', server.url('/city/hot-water'));
    server.serve('/rss', feed, { 'content-type': 'application/rss+xml' });
    server.serve('/city/hot-water', livePayload('article-hot-water.html'), { 'content-type': 'text/html; charset=utf-8' });
    const source = new FeedSource({ id: 'feed', url: server.url('/rss'), articles: true, maxArticles: 10 });

    const batch = await collect(source);
    const text = batch.posts[0]?.text ?? '';
    expect(text.split('\n')[0]).toBe(
      'Жители нескольких домов на улице Толе би третий день остаются без горячей воды. По словам жильцов, аварийная служба приезжала дважды, но подачу так и не восстановили, а сроки ремонта никто не называет.',
    );
    expect(text).not.toContain('Главная');
    expect(text).not.toContain('Реклама');
    expectNoIdentity(batch);
  });

  /** The society feed with its first item undated, that item's page served as `page`. */
  async function collectUndatedItemWithPage(page: string): Promise<CollectedBatch> {
    const feed = livePayload('rss-section-society.xml').toString()
      .replace('http://vestnik.example.kz/city/hot-water', server.url('/city/hot-water'))
      .replace('<pubDate>Fri, 10 Jan 2025 09:30:00 +0500</pubDate>', '');
    server.serve('/rss', feed, { 'content-type': 'application/rss+xml' });
    server.serve('/city/hot-water', livePayload(page), { 'content-type': 'text/html; charset=utf-8' });
    return collect(new FeedSource({ id: 'feed', url: server.url('/rss'), articles: true, maxArticles: 10 }));
  }

  it("dates an undated item by its page's time, read in the project zone when it has no offset", async () => {
    const batch = await collectUndatedItemWithPage('article-published-time-without-offset.html');
    // 09:30 in Almaty, not 09:30 in the zone of the server that collects.
    expect(batch.posts.map((post) => post.publishedAt?.toISOString())).toEqual(['2025-01-10T04:30:00.000Z']);
    expect(batch.posts[0]?.text).toContain('\nАлматы қаласының әкімдігі Түрксіб ауданындағы');
    expect(batch.posts[0]?.text).not.toContain('zzcanary');
  });

  it("dates an undated item by its page's microdata time when the page has no JSON-LD or article meta", async () => {
    const batch = await collectUndatedItemWithPage('article-time-in-microdata-only.html');
    // It went undated: Readability reads only JSON-LD and article:published_time.
    expect(batch.posts.map((post) => post.publishedAt?.toISOString())).toEqual(['2025-01-10T04:30:00.000Z']);
  });

  it("reads a page's time up to a day after the reading as the time of reading: a local time written as UTC", async () => {
    const batch = await collectUndatedItemWithPage('article-local-time-written-as-utc.html');
    // 20:30 UTC, 01:30 on 11 January in Almaty, read at noon UTC on the 10th: a day not yet come.
    expect(batch.posts.map((post) => post.publishedAt?.toISOString())).toEqual([NOW.toISOString()]);
  });

  it('drops bylines in the body when the page names its author in metadata, and credit lines', async () => {
    const feed = livePayload('rss-section-society.xml').toString().replace('http://vestnik.example.kz/city/hot-water', server.url('/city/rubbish'));
    server.serve('/rss', feed, { 'content-type': 'application/rss+xml' });
    server.serve('/city/rubbish', livePayload('article-byline-in-body-author-in-json-ld.html'), { 'content-type': 'text/html; charset=utf-8' });
    const source = new FeedSource({ id: 'feed', url: server.url('/rss'), articles: true, maxArticles: 10 });

    const batch = await collect(source);
    const text = batch.posts[0]?.text ?? '';
    expect(text.split('\n').map((line) => line.slice(0, 30))).toEqual([
      'Во дворах Ауэзовского района н', 'Жители микрорайона Аксай-4 вто', 'В коммунальной службе района о',
    ]);
    expect(JSON.stringify(batch.posts)).not.toContain('zzcanary');
  });

  it("keeps the feed's text when an article page redirects to the front page, and reads a page once per run", async () => {
    const item = livePayload('rss-section-society.xml').toString().match(/<item>[\s\S]*<\/item>/)![0];
    const removed = item.replace('http://vestnik.example.kz/city/hot-water?utm_source=rss&amp;utm_medium=society', server.url('/city/removed'));
    const feed = livePayload('rss-section-society.xml').toString().replace(item, removed + removed.replace('vestnik-1001', 'vestnik-1002'));
    server.serve('/rss', feed, { 'content-type': 'application/rss+xml' });
    server.serve('/city/removed', '', { location: '/' }, 301);
    server.serve('/', livePayload('front-page-after-removed-article-redirect.html'), { 'content-type': 'text/html; charset=utf-8' });
    const source = new FeedSource({ id: 'feed', url: server.url('/rss'), articles: true, maxArticles: 10 });

    const batch = await collect(source);
    expect(batch.posts.map((post) => post.text)).toEqual([
      'Жители жалуются на отключение горячей воды.', 'Жители жалуются на отключение горячей воды.',
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      `article text not read (${server.url('/city/removed')} redirects to the site's front page, ${server.url('/')}: removed or moved?); the feed's text is kept`,
    ]);
    expect(server.hits('/city/removed')).toBe(1);
    expect(JSON.stringify(batch)).not.toContain('zzcanary');
  });

  it('reads a feed that a server printed a PHP warning ahead of, noting what it left out', async () => {
    server.serve('/rss', livePayload('rss-php-warning-before-prolog.xml'), { 'content-type': 'application/rss+xml; charset=UTF-8' });
    const batch = await collect(new FeedSource({ id: 'feed', url: server.url('/rss'), articles: false, maxArticles: 0 }));

    expect(batch.posts.map((post) => post.nativeId)).toEqual(['https://vestnik.example.kz/city/school-180']);
    expect(batch.notes?.[0]).toEqual({
      location: { file: server.url('/rss') },
      note: "the first 2 lines are not part of the feed (a server's warning printed ahead of it?); left out",
    });
    expect(JSON.stringify(batch)).not.toContain('zzcanary');
  });

  it('names the feeds a site\'s page links when the page is given as the location', async () => {
    server.serve('/', livePayload('news-site-front-page-naming-its-feeds.html'), { 'content-type': 'text/html; charset=utf-8' });
    const error = await collect(new FeedSource({ id: 'feed', url: server.url('/'), articles: false, maxArticles: 0 }))
      .then(() => undefined, (thrown: unknown) => (thrown as Error).message);

    expect(error).toBe(
      `${server.url('/')}: a web page, not a feed; the page names these feeds: ${server.url('/rss')}, ` +
        'https://vestnik.example.kz/rss/society; write one of them as the source\'s location',
    );
  });

  it('says where to look when a page given as the location names no feed', async () => {
    server.serve('/', livePayload('news-site-front-page-without-feed-link.html'), { 'content-type': 'text/html' });
    const error = await collect(new FeedSource({ id: 'feed', url: server.url('/'), articles: false, maxArticles: 0 }))
      .then(() => undefined, (thrown: unknown) => (thrown as Error).message);

    expect(error).toBe(
      `${server.url('/')}: a web page, not a feed, and it names no feed in its head; give the address of the site's ` +
        'RSS or Atom feed as location (look for an RSS link on the site, or try /rss or /feed)',
    );
  });

  it('asks a site that answers 429 for no more article pages in the run, keeping the feed texts', async () => {
    const item = livePayload('rss-section-society.xml').toString().match(/<item>[\s\S]*<\/item>/)![0];
    const first = item.replace('http://vestnik.example.kz/city/hot-water?utm_source=rss&amp;utm_medium=society', server.url('/city/a1'));
    const second = first.replace('/city/a1', '/city/a2').replace('vestnik-1001', 'vestnik-1002');
    server.serve('/rss', livePayload('rss-section-society.xml').toString().replace(item, first + second), { 'content-type': 'application/rss+xml' });
    server.serve('/city/a1', 'slow down', { 'retry-after': '30' }, 429);
    server.serve('/city/a2', livePayload('article-hot-water.html'), { 'content-type': 'text/html; charset=utf-8' });
    const batch = await collect(new FeedSource({ id: 'feed', url: server.url('/rss'), articles: true, maxArticles: 10 }));

    expect(batch.posts.map((post) => post.text)).toEqual(['Жители жалуются на отключение горячей воды.', 'Жители жалуются на отключение горячей воды.']);
    expect([server.hits('/city/a1'), server.hits('/city/a2')]).toEqual([3, 0]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      `article text not read (fetch ${server.url('/city/a1')}: HTTP 429 (after 3 tries)); no more article pages of this site are read this run; the feed's text is kept`,
    ]);
  });

  it('does not fetch the page of an article already stored', async () => {
    const feed = livePayload('rss-section-society.xml').toString().replace('http://vestnik.example.kz/city/hot-water', server.url('/city/hot-water'));
    server.serve('/rss', feed).serve('/city/hot-water', livePayload('article-hot-water.html'));
    const source = new FeedSource({ id: 'feed', url: server.url('/rss'), articles: true, maxArticles: 10 });
    const id = canonicalUrl(server.url('/city/hot-water'))!;
    await collect(source, undefined, new Set([`news:${id}`]));
    expect(server.hits('/city/hot-water')).toBe(0);
  });

  it('keeps the cursor and yields nothing on 304', async () => {
    server.route('/rss', (request, response) => {
      if (request.headers['if-none-match'] === '"abc"') return void response.writeHead(304).end();
      response.writeHead(200, { etag: '"abc"' }).end(livePayload('rss-section-city.xml'));
    });
    const source = new FeedSource({ id: 'feed', url: server.url('/rss'), articles: false, maxArticles: 0 });
    const first = await collect(source);
    const second = await collect(source, first.cursor);
    expect([first.posts.length, second.posts.length]).toEqual([2, 0]);
    expect(second.cursor).toEqual(first.cursor);
  });

  it('gives the same ids when the GUID changes on every fetch, and learns the GUIDs are unstable', async () => {
    let fetches = 0;
    server.route('/rss', (_request, response) => {
      fetches++;
      const xml = livePayload('rss-section-city.xml').toString().replace(/vestnik-(\d+)/g, `vestnik-$1-${fetches}`);
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(xml);
    });
    const source = new FeedSource({ id: 'feed', url: server.url('/rss'), articles: false, maxArticles: 0 });
    const first = await collect(source);
    const second = await collect(source, first.cursor);
    expect(second.posts.map((post) => post.nativeId)).toEqual(first.posts.map((post) => post.nativeId));
    expect((second.cursor as { guids: { unstable: boolean } }).guids.unstable).toBe(true);
  });

  it('follows an edited URL through a GUID proven stable', async () => {
    let path = '/city/roads';
    server.route('/rss', (_request, response) => {
      response.writeHead(200).end(livePayload('rss-section-city.xml').toString().replace('/city/roads', path));
    });
    const source = new FeedSource({ id: 'feed', url: server.url('/rss'), articles: false, maxArticles: 0 });
    let cursor: unknown;
    for (let fetch = 0; fetch < 3; fetch++) cursor = (await collect(source, cursor)).cursor;
    path = '/city/roads-repair-spring';
    const edited = await collect(source, cursor);
    expect(edited.posts[1]).toMatchObject({
      nativeId: 'https://vestnik.example.kz/city/roads', url: 'https://vestnik.example.kz/city/roads-repair-spring',
    });
  });

  it('reads a windows-1251 feed sent without a charset header', async () => {
    server.serve('/rss', livePayload('rss-windows-1251-no-declaration.xml'), { 'content-type': 'text/xml' });
    const batch = await collect(new FeedSource({ id: 'feed', url: server.url('/rss'), articles: false, maxArticles: 0 }));
    expect(batch.posts[0]?.title).toBe('В Алатауском районе отключат горячую воду');
    expect(batch.posts[0]?.nativeId).toBe('https://vecher.example.kz/news/2025/01/voda');
  });

  it('keeps the complete items of malformed XML and reports the cut with the feed URL', async () => {
    server.serve('/rss', livePayload('rss-unclosed-item.xml'));
    const batch = await collect(new FeedSource({ id: 'feed', url: server.url('/rss'), articles: false, maxArticles: 0 }));
    expect(batch.posts.map((post) => post.title ?? post.text)).toEqual(['Первая новость о транспорте']);
    expect(batch.skipped[0]?.location.file).toBe(server.url('/rss'));
  });
});

describe('telegram channel preview', () => {
  function serveChannel(): void {
    server.route('/s/almaty_residents', (request, response) => {
      const page = request.url?.includes('before=101') ? 'telegram-preview-before-101.html' : 'telegram-preview-latest.html';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(livePayload(page));
    });
  }

  it('pages back with ?before= and drops every trace of the people', async () => {
    serveChannel();
    const source = new ChannelSource({ id: 'tg', channel: 'almaty_residents', baseUrl: server.origin, maxPages: 5 });
    const batch = await collect(source);

    expect(batch.posts.map((post) => post.nativeId)).toEqual(['almaty_residents:99', 'almaty_residents:100', 'almaty_residents:101', 'almaty_residents:102']);
    expect(batch.posts[2]).toMatchObject({
      kind: 'social', platform: 'telegram',
      text: 'На остановке у ЦУМа автобусы не ходят с утра.\nКогда починят светофор? Пишите @petr_ivanov',
      publishedAt: new Date('2025-01-10T04:35:12Z'),
    });
    expect(batch.posts[3]).toMatchObject({
      text: 'Акимат обещает восстановить движение к вечеру.', amplifiesNativeId: 'city_news:55', parentNativeId: 'almaty_residents:101',
    });
    expect(batch.skipped).toEqual([{ location: { file: `${server.origin}/s/almaty_residents?before=101` }, reason: '1 messages without a readable data-post' }]);
    expect(batch.cursor).toEqual({ lastId: 103 });
    expect(JSON.stringify(batch.posts)).not.toContain('Пётр Иванов');
    expect(JSON.stringify(batch.posts)).not.toContain('https://t.me');
  });

  it('counts a message whose number no double holds as unreadable, and keeps it out of the cursor', async () => {
    server.serve('/s/almaty_residents', livePayload('telegram-preview-message-number-past-doubles.html'), { 'content-type': 'text/html; charset=utf-8' });
    const source = new ChannelSource({ id: 'tg', channel: 'almaty_residents', baseUrl: server.origin, maxPages: 1 });
    const batch = await collect(source, { lastId: 103 });

    // Read as 1e20, it became the cursor, and no later message of the channel was collected.
    expect([batch.posts.map((post) => post.nativeId), batch.cursor]).toEqual([['almaty_residents:104'], { lastId: 104 }]);
    expect(batch.skipped).toEqual([
      { location: { file: `${server.origin}/s/almaty_residents` }, reason: '1 messages without a readable data-post' },
    ]);
  });

  it('takes the channel named by its address as people copy it', async () => {
    serveChannel();
    for (const channel of ['t.me/almaty_residents', 'https://telegram.me/s/almaty_residents/', '@almaty_residents']) {
      const source = new ChannelSource({ id: 'tg', channel, baseUrl: server.origin, maxPages: 1 });
      expect((await collect(source, { lastId: 101 })).posts.map((post) => post.nativeId)).toEqual(['almaty_residents:102']);
    }
    expect(() => new ChannelSource({ id: 'tg', channel: 't.me/almaty_residents/101', baseUrl: server.origin, maxPages: 1 }))
      .toThrow('telegram source tg: "t.me/almaty_residents/101" is not a public channel name');
  });

  it('reads only the newest page when the cursor is on it', async () => {
    serveChannel();
    const source = new ChannelSource({ id: 'tg', channel: 'almaty_residents', baseUrl: server.origin, maxPages: 5 });
    const batch = await collect(source, { lastId: 101 });
    expect(batch.posts.map((post) => post.nativeId)).toEqual(['almaty_residents:102']);
    expect(server.hits('/s/almaty_residents')).toBe(1);
  });
});

describe('telegram channel preview as channels post', () => {
  it('reads a poll as its question and answers, skips service messages, keeps album captions, notes the rest', async () => {
    server.serve('/s/almaty_residents', livePayload('telegram-preview-poll-service-album-edited.html'), { 'content-type': 'text/html; charset=utf-8' });
    const source = new ChannelSource({ id: 'tg', channel: 'almaty_residents', baseUrl: server.origin, maxPages: 1 });
    const batch = await collect(source);

    expect(batch.posts.map((post) => [post.nativeId, post.text, post.amplifiesNativeId])).toEqual([
      ['almaty_residents:201', 'Как вы оцениваете уборку снега в вашем дворе?\nСнег не убирают\nУбирают вовремя', undefined],
      // A forward from a person names no message: it amplifies its text (it counted as an original).
      ['almaty_residents:202', 'Яма на Абая уже неделю, машины объезжают по встречной.', expect.stringMatching(/^forward:content:[0-9a-f]{32}$/)],
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      '1 service message (a join, pin or call) is not a post; left out', '1 message without text (media, a sticker) not imported',
    ]);
    expect(batch.cursor).toEqual({ lastId: 204 });
    expect(JSON.stringify(batch)).not.toContain('zzcanary');
  });

  it('keys a channel by its name in any case, as t.me reads it, so forwards and saved pages meet', async () => {
    const html = livePayload('telegram-preview-channel-name-in-other-case.html');
    server.serve('/s/almaty_residents', html, { 'content-type': 'text/html; charset=utf-8' });
    const source = new ChannelSource({ id: 'tg', channel: 'almaty_residents', baseUrl: server.origin, maxPages: 1 });
    const live = await collect(source);
    const saved = importChannelPreview(html.toString(), { file: 'saved.html', timezone: 'Asia/Almaty', now: NOW });

    const keys = (posts: readonly RawPost[]) => posts.map((post) => [post.nativeId, post.amplifiesNativeId, post.parentNativeId]);
    expect(keys(live.posts)).toEqual([['almaty_residents:301', 'city_news:55', 'almaty_residents:300']]);
    expect(keys(saved.posts)).toEqual(keys(live.posts));
    expect(telegramMessageKey('https://t.me/City_News/55')).toBe('city_news:55');
    expect(JSON.stringify([live, saved])).not.toContain('zzcanary');
  });

  it('notes the messages it leaves unread when a pause outlasts maxPages pages', async () => {
    server.route('/s/almaty_residents', (request, response) => {
      const page = request.url?.includes('before=101') ? 'telegram-preview-before-101.html' : 'telegram-preview-latest.html';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(livePayload(page));
    });
    const source = new ChannelSource({ id: 'tg', channel: 'almaty_residents', baseUrl: server.origin, maxPages: 1 });
    const batch = await collect(source, { lastId: 40 });

    expect(batch.notes?.[0]).toEqual({
      location: { file: 't.me/almaty_residents' },
      note: 'stopped after 1 page before reaching message 40, the last collected: messages 41 to 100 are not read; raise maxPages to read further back',
    });
  });

  it('fails, naming the channel, when t.me answers with the channel card instead of its preview', async () => {
    server.route('/s/closed_channel', (_request, response) => void response.writeHead(302, { location: '/closed_channel' }).end());
    server.serve('/closed_channel', livePayload('telegram-channel-page-without-preview.html'), { 'content-type': 'text/html; charset=utf-8' });
    const source = new ChannelSource({ id: 'tg', channel: 'closed_channel', baseUrl: server.origin, maxPages: 2 });

    await expect(collect(source, { lastId: 7 })).rejects.toThrow(
      `telegram source tg: ${server.origin}/closed_channel shows no message list of t.me/closed_channel ` +
        '(the channel has no public web preview, is private or does not exist); nothing collected, the cursor kept',
    );
  });
});

describe('youtube data api', () => {
  function serveYoutube(): void {
    server.serve('/youtube/v3/channels', livePayload('youtube-channels.json'));
    server.serve('/youtube/v3/playlistItems', livePayload('youtube-playlist-items.json'));
    server.serve('/youtube/v3/commentThreads', livePayload('youtube-comment-threads.json'));
    server.serve('/youtube/v3/comments', livePayload('youtube-comments-replies.json'));
  }
  const options = { id: 'yt', location: 'UCabcdefghijklmnopqrstuv', apiKey: 'test-key', dailyBudget: 100, maxVideos: 5, maxPages: 3 };

  it('reads threads, fetches the replies a thread page leaves out, counts quota units', async () => {
    serveYoutube();
    const batch = await collect(new YoutubeSource({ ...options, baseUrl: server.url('/youtube/v3') }));

    expect(batch.posts.map((post) => [post.nativeId, post.parentNativeId])).toEqual([
      ['UgThreadA', 'vid00000001'], ['UgThreadA.reply1', 'UgThreadA'], ['UgThreadB', 'vid00000001'],
      ['UgThreadA.reply2', 'UgThreadA'], ['UgThreadA.reply3', 'UgThreadA'],
    ]);
    expect(batch.cursor).toMatchObject({ quota: { used: 4 }, uploads: 'UUabcdefghijklmnopqrstuv', videos: { vid00000001: '2025-01-10T08:00:00Z' } });
    expect(server.requests[0]?.headers['x-goog-api-key']).toBe('test-key');
    expect(server.requests.every((request) => !request.url.includes('test-key'))).toBe(true);
    expectNoIdentity(batch);
  });

  it('keeps a thread time past tomorrow, or no time at all, out of the video\'s cursor', async () => {
    serveYoutube();
    const threads = JSON.parse(livePayload('youtube-comment-threads.json').toString('utf8')) as {
      items: { snippet: { topLevelComment: { snippet: { publishedAt: string } } } }[];
    };
    const cursors: unknown[] = [];
    for (const written of ['9999-12-31T00:00:00Z', 'zzz']) {
      threads.items[0]!.snippet.topLevelComment.snippet.publishedAt = written;
      server.serve('/youtube/v3/commentThreads', JSON.stringify(threads));
      cursors.push((await collect(new YoutubeSource({ ...options, baseUrl: server.url('/youtube/v3') }))).cursor);
    }
    // Each became the cursor, and later runs read only the first page of the video's threads.
    for (const cursor of cursors) expect(cursor).toMatchObject({ videos: { vid00000001: '2025-01-09T20:00:00Z' } });
  });

  it('skips and counts a thread or reply that is no object, at its place, and reads the rest', async () => {
    serveYoutube();
    const withJunk = (name: string, junk: unknown[]): string => {
      const page = JSON.parse(livePayload(name).toString('utf8')) as { items: unknown[] };
      return JSON.stringify({ ...page, items: [...junk, ...page.items] });
    };
    server.serve('/youtube/v3/commentThreads', withJunk('youtube-comment-threads.json', [42]));
    server.serve('/youtube/v3/comments', withJunk('youtube-comments-replies.json', ['x', null]));
    const batch = await collect(new YoutubeSource({ ...options, baseUrl: server.url('/youtube/v3') }));

    expect(batch.posts.map((post) => post.nativeId)).toEqual([
      'UgThreadA', 'UgThreadA.reply1', 'UgThreadB', 'UgThreadA.reply2', 'UgThreadA.reply3',
    ]);
    expect(batch.skipped.map((skip) => [skip.location.path, skip.reason])).toEqual([
      ['/items/0', 'comment thread has no snippet.topLevelComment'],
      ['/items/0', 'reply is not a JSON object; skipped'],
      ['/items/1', 'reply is not a JSON object; skipped'],
    ]);
  });

  it('stops at the daily budget and keeps what it read', async () => {
    serveYoutube();
    const batch = await collect(new YoutubeSource({ ...options, dailyBudget: 3, baseUrl: server.url('/youtube/v3') }));
    expect(batch.posts.length).toBe(3);
    expect(batch.notes?.[0]?.note).toBe('youtube: comments needs 1 units and 0 of the daily budget of 3 are left; collection goes on after midnight Pacific time');
  });

  it('reads a quotaExceeded answer as the budget spent', async () => {
    server.serve('/youtube/v3/channels', livePayload('youtube-quota-exceeded.json'), { 'content-type': 'application/json' }, 403);
    const batch = await collect(new YoutubeSource({ ...options, baseUrl: server.url('/youtube/v3') }));
    expect(batch.posts).toEqual([]);
    expect(batch.cursor).toMatchObject({ quota: { used: 100 } });
  });
});

describe('youtube data api, videos that cannot be read', () => {
  const options = { id: 'yt', location: 'UCabcdefghijklmnopqrstuv', apiKey: 'test-key', dailyBudget: 100, maxVideos: 5, maxPages: 3 };

  it('notes a private or deleted video of the uploads list and reads the comments of the others', async () => {
    server.serve('/youtube/v3/channels', livePayload('youtube-channels.json'));
    server.serve('/youtube/v3/playlistItems', livePayload('youtube-playlist-items-private-and-deleted-videos.json'));
    server.serve('/youtube/v3/comments', livePayload('youtube-comments-replies.json'));
    server.route('/youtube/v3/commentThreads', (request, response) => {
      const video = new URL(request.url ?? '', server.origin).searchParams.get('videoId');
      const [status, payload] = video === 'vidprivate01' ? [403, 'youtube-comment-threads-forbidden.json']
        : video === 'vidgone00001' ? [404, 'youtube-comment-threads-video-not-found.json']
          : [200, 'youtube-comment-threads.json'];
      response.writeHead(status, { 'content-type': 'application/json' }).end(livePayload(payload));
    });
    const batch = await collect(new YoutubeSource({ ...options, baseUrl: server.url('/youtube/v3') }));

    expect(batch.posts.length).toBe(5);
    expect(batch.notes).toEqual([
      { location: { file: 'youtube video vidprivate01' }, note: 'comments cannot be read (forbidden: the video is private, members-only or restricted); skipped' },
      { location: { file: 'youtube video vidgone00001' }, note: 'comments cannot be read (videoNotFound: the video is deleted or private); skipped' },
    ]);
    expect(batch.cursor).toMatchObject({ videos: { vid00000001: '2025-01-10T08:00:00Z' } });
    expect(JSON.stringify(batch)).not.toContain('zzcanary');
  });

  it('notes a thread deleted before its replies were read and keeps the rest', async () => {
    server.serve('/youtube/v3/commentThreads', livePayload('youtube-comment-threads.json'));
    server.serve('/youtube/v3/comments', livePayload('youtube-comments-parent-not-found.json'), { 'content-type': 'application/json' }, 404);
    const batch = await collect(new YoutubeSource({ ...options, location: 'video:vid00000001', baseUrl: server.url('/youtube/v3') }));

    expect(batch.posts.map((post) => post.nativeId)).toEqual(['UgThreadA', 'UgThreadA.reply1', 'UgThreadB']);
    expect(batch.notes).toEqual([
      { location: { file: 'youtube comments UgThreadA' }, note: 'replies cannot be read (commentNotFound: the thread was deleted or hidden); the ones on the thread page are kept' },
    ]);
  });

  it('fails the source on an invalid key, naming the method and what to fix', async () => {
    server.serve('/youtube/v3/channels', livePayload('youtube-key-invalid.json'), { 'content-type': 'application/json' }, 400);
    await expect(collect(new YoutubeSource({ ...options, baseUrl: server.url('/youtube/v3') }))).rejects.toThrow(
      'youtube channels: HTTP 400 API_KEY_INVALID (API key not valid. Please pass a valid API key.)',
    );
  });

  it('fails the source, naming the call, when a page holds its comments under another field name', async () => {
    server.serve('/youtube/v3/commentThreads', livePayload('youtube-comment-threads-items-renamed.json'));
    const source = new YoutubeSource({ ...options, location: 'video:vid00000001', baseUrl: server.url('/youtube/v3') });
    await expect(collect(source)).rejects.toThrow(
      'youtube commentThreads: the answer has no "items" list (it holds kind, etag, pageInfo, threads); ' +
        'the API may have changed; nothing collected, the cursor kept',
    );
  });

  it('names the method when a 200 answer is not JSON (a proxy or captive portal page)', async () => {
    server.serve('/youtube/v3/channels', '<!DOCTYPE html><html><body>Please log in to the Wi-Fi</body></html>', { 'content-type': 'text/html' });
    await expect(collect(new YoutubeSource({ ...options, baseUrl: server.url('/youtube/v3') }))).rejects.toThrow(
      'youtube channels: the answer is not JSON (text/html, starts "<!DOCTYPE html><html><body>Please log in")',
    );
  });
});

describe('vk api', () => {
  const options = { id: 'vk', accessToken: 'secret-token', version: '5.199', maxPages: 3, pauseMs: 5 };

  it('reads wall.get past a pinned post, retries error 6, keeps reposts as amplifications', async () => {
    let calls = 0;
    server.route('/method/wall.get', (_request, response) => {
      calls++;
      response.writeHead(200).end(livePayload(calls === 1 ? 'vk-error-too-many-requests.json' : 'vk-wall-get.json'));
    });
    const batch = await collect(new VkSource({ ...options, location: '-1234', baseUrl: server.url('/method') }));

    expect(batch.posts.map((post) => [post.nativeId, post.amplifiesNativeId])).toEqual([
      ['-1234_50', undefined], ['-1234_205', undefined], ['-1234_204', '-999_88'],
    ]);
    expect(batch.cursor).toEqual({ lastId: 205 });
    expect(calls).toBe(2);
    expectNoIdentity(batch);
  });

  it('fails the source, naming the call, when a page holds its posts under another field name', async () => {
    server.serve('/method/wall.get', livePayload('vk-wall-get-items-renamed.json'));
    await expect(collect(new VkSource({ ...options, location: '-1234', baseUrl: server.url('/method') }), { lastId: 300 })).rejects.toThrow(
      'vk wall.get: the answer has no "items" list (its response holds count, posts); ' +
        'the API may have changed; nothing collected, the cursor kept',
    );
  });

  it('notes the posts it leaves unread when a pause outlasts maxPages pages of the wall', async () => {
    const page = { response: { count: 500, items: Array.from({ length: 100 }, (_, index) => ({ id: 400 - index, owner_id: -1234, from_id: 90000002, date: 1736496000 - index, post_type: 'post', text: `Пост ${400 - index}` })) } };
    server.serve('/method/wall.get', JSON.stringify(page));
    const batch = await collect(new VkSource({ ...options, maxPages: 1, location: '-1234', baseUrl: server.url('/method') }), { lastId: 120 });

    expect(batch.posts.length).toBe(100);
    expect(batch.notes).toEqual([{
      location: { file: 'vk -1234' },
      note: 'stopped after 1 page before reaching post 120, the last collected: posts 121 to 300 are not read; raise maxPages to read further back',
    }]);
  });

  it('counts wall items without a whole-number id as skipped, and keeps them out of the cursor', async () => {
    const page = { response: { count: 5, items: [
      { id: 7, owner_id: -1234, date: 1736496000, post_type: 'post', text: 'Пост 7' },
      { owner_id: -1234, date: 1736496000, post_type: 'post', text: 'Без номера' },
      { id: 'x9', owner_id: -1234, date: 1736496000, post_type: 'post', text: 'Номер не число' },
      'строка вместо поста',
      { id: 1e30, owner_id: -1234, date: 1736496000, post_type: 'post', text: 'Огромный номер' },
    ] } };
    server.serve('/method/wall.get', JSON.stringify(page));
    const batch = await collect(new VkSource({ ...options, location: '-1234', baseUrl: server.url('/method') }));

    // The three were dropped without a word and 1e30 became the cursor, above every later post.
    expect([batch.posts.map((post) => post.nativeId), batch.cursor]).toEqual([['-1234_7'], { lastId: 7 }]);
    expect(batch.skipped).toEqual([
      { location: { file: 'vk -1234', index: 1 }, reason: 'wall post has no whole-number id (null); skipped, the cursor left as it was' },
      { location: { file: 'vk -1234', index: 2 }, reason: 'wall post has no whole-number id ("x9"); skipped, the cursor left as it was' },
      { location: { file: 'vk -1234', index: 3 }, reason: 'wall item is not a JSON object; skipped' },
      { location: { file: 'vk -1234', index: 4 }, reason: 'wall post has no whole-number id (1e+30); skipped, the cursor left as it was' },
    ]);
  });

  it('skips posts at or below the cursor', async () => {
    server.serve('/method/wall.get', livePayload('vk-wall-get.json'));
    const batch = await collect(new VkSource({ ...options, location: 'club1234', baseUrl: server.url('/method') }), { lastId: 204 });
    expect(batch.posts.map((post) => post.nativeId)).toEqual(['-1234_205']);
    expect(server.requests[0]?.url).toContain('owner_id=-1234');
  });

  it('names an access-denied wall and an invalid token without showing the token', async () => {
    server.serve('/method/wall.get', livePayload('vk-error-access-denied.json'));
    server.serve('/method/newsfeed.search', livePayload('vk-error-auth.json'));
    const wall = collect(new VkSource({ ...options, location: 'closed_group', baseUrl: server.url('/method') }));
    const search = collect(new VkSource({ ...options, location: 'search:школа', baseUrl: server.url('/method') }));
    await expect(wall).rejects.toThrow('vk wall.get: error 15 "Access denied: wall is disabled"; the wall is closed, deleted or private');
    await expect(search).rejects.toThrow(/error 5 .*the access token is not valid/);
    await search.catch((error: Error) => expect(error.message).not.toContain('secret-token'));
  });

  it('searches with newsfeed.search from the cursor time', async () => {
    server.serve('/method/newsfeed.search', livePayload('vk-newsfeed-search.json'));
    const batch = await collect(new VkSource({ ...options, location: 'search:Алатауский район', baseUrl: server.url('/method') }), { since: 1736400000 });
    expect(batch.posts.map((post) => post.nativeId)).toEqual(['555_3001', '-42_3002']);
    expect(batch.cursor).toEqual({ since: 1736500000 });
    expect(server.requests[0]?.url).toContain('start_time=1736400000');
  });

  it('keeps a search post dated past tomorrow out of the cursor', async () => {
    const page = { response: { items: [
      { id: 1, owner_id: 555, date: 1736480000, post_type: 'post', text: 'Автобус не пришёл' },
      { id: 2, owner_id: 555, date: 4102444800, post_type: 'post', text: 'Дата из 2100 года' },
    ] } };
    server.serve('/method/newsfeed.search', JSON.stringify(page));
    const batch = await collect(new VkSource({ ...options, location: 'search:автобус', baseUrl: server.url('/method') }));
    // The cursor went to 2100, and every later search asked for posts from 2100 on.
    expect(batch.cursor).toEqual({ since: 1736480000 });
  });
});
