import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { streamJsonl } from '../../src/collect/files/stream-jsonl.js';
import { importFile } from '../../src/collect/index.js';
import type { RawPost, SkippedRecord } from '../../src/collect/raw-post.js';

import { fixture, IMPORT_TIME, importFixture } from './fixture.js';

describe('JSONL text with nothing visible', () => {
  it('is skipped by line; text with zero-width characters among letters is read as it is', async () => {
    const batch = await importFixture('no-identity-fields/jsonl-invisible-text.jsonl');

    expect(batch.posts.map((post) => [post.nativeId, post.location.line])).toEqual([['c', 3]]);
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason])).toEqual([
      [1, 'record text has no visible character (only spaces, zero-width or control characters)'],
      [2, 'record text has no visible character (only spaces, zero-width or control characters)'],
    ]);
  });
});

describe('JSONL text of blank fillers', () => {
  it('is skipped: Hangul fillers, blank Braille and invisible marks are no text', async () => {
    const batch = await importFixture('jsonl-blank-filler-text.jsonl');

    expect(batch.posts.map((post) => [post.nativeId, post.text])).toEqual([['f5', 'Автобус 92 опять не пришёл\u3164']]);
    expect(batch.skipped.map((skip) => skip.location.line)).toEqual([1, 2, 3, 4]);
  });
});

describe('JSONL import', () => {
  it('keeps a string with U+2028 as one record, the separator becoming a line break', async () => {
    const batch = await importFixture('jsonl-u2028-inside-text.jsonl');
    expect(batch.posts).toHaveLength(3);
    expect(batch.posts[0]!.text).toBe('Первая строка\nвторая строка внутри той же записи');
    expect(batch.posts[1]!.location.line).toBe(2);
  });

  it('maps field aliases in any case; only news keeps outlet, URL and title', async () => {
    const batch = await importFixture('jsonl-u2028-inside-text.jsonl');
    expect(batch.posts[2]).toEqual({
      kind: 'article',
      platform: 'news',
      nativeId: 'n1',
      title: 'Статья',
      text: 'Текст статьи',
      publishedAt: undefined,
      outlet: 'X Media',
      url: 'https://x.example.kz/1',
      declaredLanguage: 'ru',
      parentNativeId: undefined,
      amplifiesNativeId: undefined,
      location: { file: fixture('jsonl-u2028-inside-text.jsonl'), line: 3 },
    });
    expect(batch.posts.map((post) => [post.kind, post.platform])).toEqual([
      ['social', 'telegram'],
      ['social', 'vk'],
      ['article', 'news'],
    ]);
  });

  it('gives a record without id a stable id from its text and date', async () => {
    const first = await importFixture('jsonl-u2028-inside-text.jsonl');
    const again = await importFixture('jsonl-u2028-inside-text.jsonl');
    expect(first.posts[1]!.nativeId).toMatch(/^content:[0-9a-f]{32}$/);
    const ids = first.posts.map((post) => post.nativeId);
    expect(again.posts.map((post) => post.nativeId)).toEqual(ids);
  });

  it('skips a truncated line, a non-object and a record without text; reads the rest', async () => {
    const batch = await importFixture('jsonl-truncated-last-line.jsonl');
    expect(batch.posts.map((post) => post.nativeId)).toEqual(['t1', 't4']);
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason])).toEqual([
      [2, 'line is not a JSON object'],
      [3, 'record has no text (looked for text, body, content, message and the like)'],
      [5, 'not valid JSON (Unterminated string in JSON at position 37); the line may be cut off'],
    ]);
    expect(batch.posts[0]!.publishedAt).toEqual(new Date('2024-11-12T04:30:00Z'));
  });
});

describe('dates a record gives', () => {
  it('keeps records dated outside 1990–2100 with a note saying which dates are read', async () => {
    const batch = await importFixture('jsonl-dates-out-of-range.jsonl');
    expect(batch.posts.map((post) => post.publishedAt?.toISOString())).toEqual([
      undefined, undefined, undefined, undefined, '2024-11-12T05:30:00.000Z', '2024-11-12T05:30:00.000Z',
    ]);
    expect((batch.notes ?? []).map((note) => [note.location.line, note.note])).toEqual(
      ['"1900-01-01"', '"2999-01-01T00:00:00Z"', '"2025-02-30"', '1e+300'].map((date, index) => [
        index + 1,
        `unreadable date ${date} (dates are read as ISO 8601, 12.11.2024 09:30, 3/13/2024 2:30 PM,` +
          ' RFC 822, unix time or Excel serial numbers, in the years 1990–2100); the first-seen time will be used',
      ]),
    );
  });
});

describe('a .json file holding one record object', () => {
  it('reads a pretty-printed object as one post', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tyndau-collect-')), 'one.json');
    const record = { id: 'one', text: 'Одна запись', author: 'zzcanary-one' };
    writeFileSync(path, JSON.stringify(record, null, 2));
    const batch = await importFile(path, { timezone: 'Asia/Almaty' });
    expect(batch.posts.map((post) => [post.nativeId, post.text, post.location])).toEqual([
      ['one', 'Одна запись', { file: path, index: 0 }],
    ]);
  });
});

describe('JSONL ids written as numbers', () => {
  it('keeps every digit of an integer id beyond 2^53, so that ids that differ only at the end stay two posts', async () => {
    const batch = await importFixture('jsonl-ids-beyond-2-53.jsonl');
    expect(batch.skipped).toEqual([]);
    expect(batch.posts.map((post) => post.nativeId)).toEqual([
      '12345678901234567891',
      '12345678901234567892',
      '-12345678901234567893',
      '9007199254740993',
      expect.stringMatching(/^content:/),
      expect.stringMatching(/^content:/),
    ]);
    expect(batch.posts[2]!.parentNativeId).toBe('12345678901234567891');
    expect(batch.posts[3]!.text).toBe('Вода ржавая "12345678901234567894" в кране');
  });

  it('reads an id that overflows to Infinity as no id, each record keeping its own', async () => {
    const batch = await importFixture('jsonl-ids-beyond-2-53.jsonl');
    expect(new Set(batch.posts.slice(4).map((post) => post.nativeId)).size).toBe(2);
  });
});

describe('JSONL dates after the import time', () => {
  it('are noted and left to the first-seen time; up to a day ahead they are read as the import time', async () => {
    const batch = await importFixture('jsonl-dates-in-the-future.jsonl');
    expect(batch.posts.map((post) => post.publishedAt?.toISOString())).toEqual([
      undefined,
      '2026-01-10T00:00:00.000Z',
      undefined,
      undefined,
      '2026-01-09T07:00:00.000Z',
    ]);
    expect(batch.notes?.map((note) => [note.location.line, note.note])).toEqual([
      [1, 'date "2031-01-01T09:00:00+05:00" is after the import time; the first-seen time will be used'],
      [2, 'date "2026-01-10T20:00:00+05:00" is 15.0 h after the import time (a local time written in another zone?); ' +
        'read as the import time'],
      [3, 'date "12.11.2026" is after the import time; the first-seen time will be used'],
      [4, 'date 1799999999000 is after the import time; the first-seen time will be used'],
    ]);
  });
});

describe('JSONL article links', () => {
  it('keeps an http(s) link and notes a javascript: one, which is not kept', async () => {
    const batch = await importFixture('jsonl-news-link-javascript.jsonl');
    expect(batch.posts.map((post) => post.url)).toEqual([undefined, 'https://x.example.kz/park']);
    expect(batch.notes?.map((note) => [note.location.line, note.note])).toEqual([
      [1, 'link "javascript:alert(document.domain)" is not an http(s) address; not kept'],
    ]);
  });
});

describe('JSONL text of the wrong type', () => {
  it('is skipped naming the key and what it holds; a string under another text key is read', async () => {
    const batch = await importFixture('jsonl-text-wrong-types.jsonl');
    expect(batch.posts.map((post) => post.text)).toEqual([
      'Автобус 12 опоздал', 'Текст под другим ключом', 'Число под text, слова под body',
    ]);
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason])).toEqual([
      [2, 'text field "text" is null, expected a string'],
      [3, 'text field "message" is a list, expected a string'],
      [4, 'text field "text" is an object, expected a string'],
      // A number is no text: these were stored as posts saying "123" and "77", and 1e400 was
      // skipped as having no text.
      [6, 'text field "text" is a number (123), expected a string'],
      [7, 'text field "text" is a number (Infinity), expected a string'],
      [9, 'text field "text" is a number (77), expected a string'],
    ]);
  });
});

describe('JSONL fields of the wrong type', () => {
  // They were dropped unsaid: the posts stored on 'other', keyed by their text, without a title.
  it('are told at the first record holding one, once a file; null is a missing value', async () => {
    const batch = await importFixture('jsonl-fields-of-wrong-types.jsonl');
    expect(batch.posts.map((post) => [post.platform, post.text])).toEqual([
      ['other', 'Автобус 92 опять не пришёл'],
      ['other', 'Свет отключили на Абая'],
      ['vk', 'Мусор не вывозят неделю'],
    ]);
    const told = '(told at the first record holding one)';
    expect(batch.notes?.filter((note) => note.note.includes(told)).map((note) => [note.location.line, note.note]))
      .toEqual([
        [1, `"platform" holds a list, not text or a number, so it is not read ${told}`],
        [1, `"id" holds an object, not text or a number, so it is not read ${told}`],
        [1, `"url" holds a boolean, not text or a number, so it is not read ${told}`],
        [1, `"channel" holds a list, not text or a number, so it is not read ${told}`],
        [3, `"title" holds an object, not text or a number, so it is not read ${told}`],
      ]);
  });
});

describe('JSONL line ends', () => {
  const FIXTURE = 'jsonl-bare-carriage-return-line-ends.jsonl';
  const expectedPosts = [
    ['m1', 1, 'Автобус 92 опять не пришёл'],
    ['m2', 2, 'Нет горячей воды\nв доме на Абая'],
    ['m3', 3, 'Жол жөндеуі аяқталмай жатыр'],
    ['m4', 5, 'Мусор не вывозят неделю'],
  ];

  it('end a record at LF, CRLF or a bare CR, read whole or as a stream alike', async () => {
    const whole = await importFixture(FIXTURE);
    const streamed: RawPost[] = [];
    const skipped: SkippedRecord[] = [];
    const context = { file: fixture(FIXTURE), timezone: 'Asia/Almaty', now: IMPORT_TIME };
    for await (const batch of streamJsonl(fixture(FIXTURE), context, 2, 16)) {
      streamed.push(...batch.posts);
      skipped.push(...batch.skipped);
    }

    for (const [posts, skips] of [[whole.posts, whole.skipped], [streamed, skipped]] as const) {
      expect(posts.map((post) => [post.nativeId, post.location.line, post.text])).toEqual(expectedPosts);
      expect(skips.map((skip) => [skip.location.line, skip.reason.slice(0, 14)])).toEqual([[4, 'not valid JSON']]);
    }
  });
});

describe('records that name no platform', () => {
  it('take it from their link when it is a platform\'s address, as scrapers write them', async () => {
    const batch = await importFixture('jsonl-scraped-posts-without-platform.jsonl');
    expect(batch.posts.map((post) => [post.platform, post.kind])).toEqual([
      ['telegram', 'social'],
      ['vk', 'social'],
      ['youtube', 'social'],
      ['other', 'social'],
      // Called news, but at a VK post's address: kept as an article, it kept its link and exact
      // time, which a resident's post does not.
      ['vk', 'social'],
    ]);
  });
});

describe('a JSON object that wraps a list of records', () => {
  it('reads the list, as a listening tool\'s API or export writes it ({"results": [...]})', async () => {
    const batch = await importFixture('json-listening-api-results-wrapper.json');
    expect(batch.posts.map((post) => [post.platform, post.kind, post.text, post.publishedAt?.toISOString(), post.location.path])).toEqual([
      ['telegram', 'social', 'Акимат опять не вывез снег на Сатпаева', '2024-03-10T14:30:00.000Z', '/results/0'],
      ['news', 'article', 'Аким Алматы провёл встречу с жителями Алатауского района.', '2024-03-10T15:00:00.000Z', '/results/1'],
    ]);
    expect(batch.posts[1]!.outlet).toBe('tengrinews.kz');
    expect(batch.skipped.map((skip) => [skip.location.path, skip.reason])).toEqual([
      ['/results/2', 'record has no text (looked for text, body, content, message and the like)'],
    ]);
  });
});

describe('records whose text is HTML', () => {
  it('reads a WordPress REST API dump: {"rendered": …} fields, markup removed, entities decoded once', async () => {
    const batch = await importFixture('json-wordpress-rest-posts.json');
    // Nothing in the dump says it is news: a headline is then the first line of the text.
    expect(batch.posts.map((post) => [post.text, post.publishedAt?.toISOString()])).toEqual([
      [
        'Аким ответил на «жалобы» жителей\n' +
          'Аким Алматы ответил на жалобы жителей Ауэзовского района.\nРемонт начнётся в апреле & продлится месяц.',
        '2024-03-10T09:30:00.000Z',
      ],
    ]);
    expect(batch.skipped.map((skip) => skip.location.path)).toEqual(['/1']);
  });

  it('reads a scraped body as HTML, and leaves text that only holds a < as it is', async () => {
    const batch = await importFixture('jsonl-scraped-html-bodies.jsonl');
    expect(batch.posts.map((post) => post.text)).toEqual([
      'Завтра в Медеуском районе не будет воды.\nПодробности — на сайте.',
      'Люблю наш парк <3 но a < b и 5 > 3',
    ]);
  });
});

describe('JSONL records with a category beside the platform, and reposts', () => {
  it('reads the platform from whichever key names one and marks forwards and shares', async () => {
    const batch = await importFixture('jsonl-platform-columns-and-reposts.jsonl');
    expect(batch.posts.map((post) => [post.nativeId, post.platform, post.amplifiesNativeId?.slice(0, 15)])).toEqual([
      ['m-1', 'telegram', undefined],
      ['m-2', 'telegram', 'repost:content:'],
      ['m-3', 'youtube', 'repost:content:'],
    ]);
  });
});

describe('youtube-comment-downloader output', () => {
  it('reads cid as the id, time_parsed as the date, the id\'s shape as YouTube and a reply\'s thread as its parent', async () => {
    const batch = await importFixture('jsonl-youtube-comment-downloader.jsonl');
    expect(batch.posts.map((post) => [post.platform, post.nativeId, post.parentNativeId, post.publishedAt?.toISOString()])).toEqual([
      ['youtube', 'UgxYkSG5kz2K2C2H1rl4AaABAg', undefined, '2022-11-09T13:20:00.000Z'],
      ['youtube', 'UgxYkSG5kz2K2C2H1rl4AaABAg.9iXk3tjh7zs9iXkA1b2c3D', 'UgxYkSG5kz2K2C2H1rl4AaABAg', '2023-11-14T22:13:20.500Z'],
    ]);
    expect(batch.posts[0]!.text).toBe('Дороги в Алматы ужасные <3 & никто не чинит');
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason])).toEqual([
      [3, 'record has no text (looked for text, body, content, message and the like)'],
    ]);
    // "2 years ago" in `time` is not read once time_parsed gives the date.
    expect(batch.notes).toBeUndefined();
  });
});

describe('Telegram messages as Telethon writes them', () => {
  it('reads channel messages with the channel\'s numbering, replies and forwards', async () => {
    const batch = await importFixture('jsonl-telethon-messages.jsonl');
    expect(batch.posts.map((post) => [post.platform, post.nativeId, post.parentNativeId, post.amplifiesNativeId?.slice(0, 15)])).toEqual([
      ['telegram', '1987654321:1201', undefined, undefined],
      ['telegram', '1987654321:1202', undefined, 'repost:content:'],
      ['telegram', '1987654321:1203', '1987654321:1201', undefined],
      // Answers its forum topic's opening, not a post.
      ['telegram', '1987654321:1206', undefined, undefined],
      ['telegram', '1987654321:1207', undefined, undefined],
    ]);
    expect(batch.posts[3]!.publishedAt).toEqual(new Date('2024-11-12T11:00:00Z'));
  });

  it('puts [NAME] where a mention-name entity marks a person, counting offsets past an emoji', async () => {
    const batch = await importFixture('jsonl-telethon-messages.jsonl');
    expect(batch.posts.at(-1)!.text).toBe('👍 [NAME], и у вас нет воды? Спросите [NAME]');
  });

  it('notes service messages, media without text and private conversations instead of skipping them', async () => {
    const batch = await importFixture('jsonl-telethon-messages.jsonl');
    expect(batch.skipped).toEqual([]);
    expect(batch.notes?.map((note) => [note.location.line, note.note])).toEqual([
      [4, 'a Telegram service message (a pin, a join), not a post; left out'],
      [5, 'a Telegram message without text (media, a sticker); not imported'],
      [6, 'a Telegram message of a private conversation (PeerUser); not imported'],
    ]);
  });
});

describe('Telethon messages saved as {"messages": [...]}', () => {
  it('reads them as Telethon records, not as a Telegram Desktop export without text', async () => {
    const batch = await importFixture('json-telethon-messages-wrapped.json');
    expect(batch.posts.map((post) => [post.platform, post.nativeId, post.text])).toEqual([
      ['telegram', '1987654321:1201', 'Опять нет воды в Алмалинском районе'],
      ['telegram', '1987654321:1202', 'Переслано: отопление дадут в среду'],
      ['telegram', '1987654321:1203', 'Согласен'],
    ]);
    expect(batch.notes?.map((note) => note.location.path)).toEqual(['/messages/3', '/messages/4']);
  });

  // Found by the fuzz test: with no message holding a text field, the list was not found and
  // the import threw a TypeError naming no file.
  it('reads the list when no message has a text field, each message left out in its place', async () => {
    const batch = await importFixture('json-telethon-messages-wrapped-no-text-field.json');

    expect(batch.posts).toEqual([]);
    expect([...(batch.notes ?? []), ...batch.skipped].map((entry) => entry.location.path).sort())
      .toEqual(['/messages/0', '/messages/1']);
  });
});

describe('snscrape\'s Telegram posts', () => {
  it('keys a post by its channel and number from its address, and a forward by the address of its origin', async () => {
    const batch = await importFixture('jsonl-snscrape-telegram-channel.jsonl');
    // The ids a live collection or a saved t.me/s/ page of the channel gives the same messages.
    expect(batch.posts.map((post) => [post.platform, post.nativeId, post.amplifiesNativeId])).toEqual([
      ['telegram', 'almaty_residents:101', undefined],
      ['telegram', 'almaty_residents:102', 'city_news:55'],
    ]);
  });
});

// Listening exports copy an article's link as it was followed: Facebook's fbclid and Yandex's
// yclid are keys to the reader who clicked, and were stored with the article.
describe('an article link holding click ids, analytics tags or a login', () => {
  it('is stored without them; any other link is stored as written', async () => {
    const batch = await importFixture('jsonl-news-links-with-click-ids.jsonl');
    expect(batch.posts.map((post) => post.url)).toEqual([
      'https://tengrinews.kz/kazakhstan_news/remont-1/',
      'https://vlast.kz/gorod/123-tarify.html?id=123',
      'https://orda.kz/novosti/1/#comments',
      'https://алматы.kz/новости/парк/',
    ]);
  });
});
