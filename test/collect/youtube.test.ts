import { describe, expect, it } from 'vitest';

import { fixture, importFixture } from './fixture.js';

describe('YouTube commentThreads import', () => {
  it('reads top-level comments and their replies with ids, parents and times', async () => {
    const batch = await importFixture('youtube-comment-threads-page.json');
    expect(batch.format).toBe('youtube');
    const threads = batch.posts.map((post) => [post.nativeId, post.parentNativeId, post.publishedAt]);
    expect(threads).toEqual([
      ['UgxTop1', 'vid-almaty-1', new Date('2024-11-12T04:30:00Z')],
      ['UgxTop1.Reply1', 'UgxTop1', new Date('2024-11-12T05:00:00Z')],
      ['UgxTop2', 'vid-almaty-1', new Date('2024-11-12T06:00:00Z')],
    ]);
  });

  it('uses textOriginal over the HTML textDisplay', async () => {
    const batch = await importFixture('youtube-comment-threads-page.json');
    expect(batch.posts[0]!.text).toBe('Автобус "12" опять не пришёл\nТретий день подряд');
    expect(batch.posts[1]!.text).toBe('Согласен & подтверждаю');
  });

  it('decodes textDisplay exactly once when textOriginal is missing', async () => {
    const batch = await importFixture('youtube-comment-threads-page.json');
    expect(batch.posts[2]!.text).toBe('Без оригинала: "цитата"\nи &lt;тег&gt;');
  });

  it('skips a thread without a top-level comment and reads the rest', async () => {
    const batch = await importFixture('youtube-comment-threads-page.json');
    expect(batch.skipped).toEqual([
      {
        location: {
          file: fixture('youtube-comment-threads-page.json'),
          index: 2,
          path: '/items/2',
        },
        reason: 'comment thread has no snippet.topLevelComment',
      },
    ]);
  });
});

describe('YouTube response pages saved with a failed request among them', () => {
  it('reads the comments of the other pages and names the failed request and the stray value', async () => {
    const batch = await importFixture('youtube-pages-with-quota-error.json');
    expect(batch.format).toBe('youtube');
    expect(batch.posts.map((post) => post.text)).toEqual(['Опять пробка на Аль-Фараби']);
    expect(batch.skipped.map((skip) => [skip.location.path, skip.reason])).toEqual([
      ['/0', 'a YouTube API error response ("The request cannot be completed because you have exceeded your quota."), not a page of comments'],
      ['/2', 'response page has no "items" array'],
    ]);
  });
});

describe('YouTube comments.list import', () => {
  it('reads saved comments.list pages: each reply answers its parentId, a top-level comment its video', async () => {
    const batch = await importFixture('youtube-comments-list-replies.json');
    expect(batch.format).toBe('youtube');
    expect(batch.posts.map((post) => [post.nativeId, post.parentNativeId, post.text, post.publishedAt?.toISOString()])).toEqual([
      ['UgzAAA.9aaa', 'UgzAAA', 'Согласен, в Турксибе то же самое', '2024-03-11T04:00:00.000Z'],
      ['UgzAAA.9bbb', 'UgzAAA', 'А у нас "вода" есть\nс утра', '2024-03-11T05:00:00.000Z'],
      ['UgzCCC', 'vid2', 'Когда отремонтируют дорогу на Саина?', '2024-02-29T18:30:00.000Z'],
    ]);
    expect(batch.skipped).toEqual([]);
  });
});

describe('YouTube comments fetched with textFormat=plainText', () => {
  it('keeps a plain textDisplay\'s brackets and ampersands; an HTML one is still decoded once', async () => {
    const batch = await importFixture('youtube-comment-threads-plain-text-format.json');
    expect(batch.posts.map((post) => [post.nativeId, post.text])).toEqual([
      ['UgxPlain1', 'Тариф вырос в 2 раза, а зарплата <3% в год. Итог: расходы>доходы'],
      ['UgxPlain1.9plainReply1', 'Согласен & подтверждаю: a<b and c>d'],
      ['UgxHtml2', 'Цены <3% роста? 1:05\nСмешно'],
    ]);
  });
});

describe('YouTube search.list and videos.list pages', () => {
  it('reads each video as a post keyed by its video id; a search result\'s escaped text is decoded once', async () => {
    const batch = await importFixture('youtube-search-and-videos-pages.json');
    expect(batch.posts.map((post) => [post.platform, post.kind, post.nativeId, post.text, post.publishedAt?.toISOString()])).toEqual([
      ['youtube', 'social', 'abcDEF12345', 'Дороги Алматы после снегопада "видео" & фото\nСнег не убирают третий день, жители \'в шоке\'', '2024-11-12T05:00:00.000Z'],
      ['youtube', 'social', 'ghiJKL67890', 'Аким ответил на вопросы жителей\nПолная запись встречи & ответы на вопросы о тарифах', '2024-11-13T06:00:00.000Z'],
    ]);
  });

  it('leaves out a channel found by the search with a note and skips a video without id', async () => {
    const batch = await importFixture('youtube-search-and-videos-pages.json');
    expect(batch.skipped).toEqual([{
      location: { file: fixture('youtube-search-and-videos-pages.json'), index: 2, path: '/0/items/2' },
      reason: 'video has no id or no snippet',
    }]);
    expect(batch.notes?.map((note) => note.note)).toEqual(['1 search results that are channels or playlists left out']);
  });
});

describe("YouTube comments the channel's owner exported", () => {
  it('leaves out comments held for review, likely spam, rejected or in a thread that is not public, with a count', async () => {
    const batch = await importFixture('youtube-owner-export-comments-held-for-review.json');
    expect(batch.posts.map((post) => [post.nativeId, post.parentNativeId, post.text])).toEqual([
      ['T1', 'vid-owner-1', 'Опубликованный: на Абая снова пробка'],
      ['T1.R2', 'T1', 'Опубликованный ответ: согласен'],
      ['T5', 'vid-owner-1', 'Без статуса модерации: метро работает'],
    ]);
    expect(batch.skipped).toEqual([]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      '5 comments not visible to the public (held for review, likely spam or rejected by the ' +
        "channel's owner, or in a thread that is not public) left out",
    ]);
  });
});
