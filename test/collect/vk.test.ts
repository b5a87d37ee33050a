import { describe, expect, it } from 'vitest';

import { fixture, importFixture } from './fixture.js';

describe('VK wall.get import', () => {
  it('reads a post with owner_id_id as its native id and the unix date', async () => {
    const batch = await importFixture('vk-wall-get-repost.json');
    expect(batch.format).toBe('vk');
    expect(batch.posts[0]).toEqual({
      kind: 'social',
      platform: 'vk',
      nativeId: '-555_101',
      text: 'В Бостандыкском районе третий день нет отопления.',
      publishedAt: new Date('2024-11-12T04:30:00Z'),
      amplifiesNativeId: undefined,
      location: { file: fixture('vk-wall-get-repost.json'), index: 0, path: '/response/items/0' },
    });
  });

  it('reads a repost with empty text as an amplification carrying the original text', async () => {
    const batch = await importFixture('vk-wall-get-repost.json');
    const repost = batch.posts[1]!;
    expect(repost.nativeId).toBe('-555_102');
    expect(repost.amplifiesNativeId).toBe('-888_77');
    expect(repost.text).toBe('Оригинал: акимат объявил о ремонте теплосетей.');
    expect(batch.posts.some((post) => post.nativeId === '-888_77')).toBe(false);
  });

  it('keeps a repost with the sharer\'s words as an original, and one without words as an amplification', async () => {
    const batch = await importFixture('vk-wall-get-repost-with-comment.json');

    // The first was an amplification of -888_78: the sharer's opinion left the counts.
    expect(batch.posts.map((post) => [post.nativeId, post.amplifiesNativeId ?? null, post.text])).toEqual([
      ['-555_301', null, 'Полностью согласен, акимат опять молчит. Третью зиму одно и то же!\n\n' +
        'Жители Турксибского района жалуются на отключение отопления.'],
      ['-555_302', '-888_78', 'Жители Турксибского района жалуются на отключение отопления.'],
      // A photo added is no words of the sharer's own.
      ['-555_303', '-888_79', 'Акимат обещал запустить отопление к пятнице.'],
    ]);
  });

  it('notes media-only posts and unreadable dates, skips a post without id', async () => {
    const batch = await importFixture('vk-wall-get-repost.json');
    expect(batch.posts.map((post) => post.nativeId)).toEqual(['-555_101', '-555_102', '-555_104']);
    expect(batch.posts[2]!.publishedAt).toBeUndefined();
    expect(batch.skipped.map((skip) => [skip.location.path, skip.reason])).toEqual([
      ['/response/items/4', 'wall post has no id or owner_id'],
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      'unreadable date "not a date" (dates are read as ISO 8601, 12.11.2024 09:30, 3/13/2024 2:30 PM, RFC 822, unix time or Excel serial numbers, in the years 1990–2100); the first-seen time will be used',
      '1 post without text (media only) left out',
    ]);
  });

  it('reads the bare {count, items} form', async () => {
    const batch = await importFixture('vk-wall-bare-items.json');
    expect(batch.format).toBe('vk');
    expect(batch.posts.map((post) => [post.nativeId, post.text])).toEqual([
      ['990011231_5', 'Пост на личной стене о ценах на проезд.'],
    ]);
  });
});

describe('VK wall posts with text of the wrong type', () => {
  it('skips each such post, a repost whose original is broken too, and keeps the rest', async () => {
    const batch = await importFixture('vk-wall-text-wrong-types.json');
    expect(batch.posts.map((post) => post.nativeId)).toEqual(['-20000001_105']);
    expect(batch.skipped.map((skip) => [skip.location.path, skip.reason])).toEqual([
      ['/response/items/0', 'wall post text is a number, expected a string'],
      ['/response/items/1', 'wall post text is a list, expected a string'],
      ['/response/items/2', 'wall post text is an object, expected a string'],
    ]);
  });
});

describe('VK response pages saved with the failed ones among them', () => {
  it('reads the pages of posts and skips each failed or empty response with its place', async () => {
    // The first saved response failed: the format is told from the pages after it.
    const batch = await importFixture('vk-wall-pages-with-failed-responses.json');
    expect(batch.posts.map((post) => post.nativeId)).toEqual(['-4100_7', '-4100_9']);
    expect(batch.skipped.map((skip) => [skip.location.path, skip.reason])).toEqual([
      ['/0', 'a VK API error response ("Too many requests per second"), not a page of posts'],
      ['/2', 'response page is null, not a JSON object'],
      ['/3', 'response page has no "items" list, neither under "response" nor at the top'],
    ]);
  });
});

describe('VK wall.getComments import', () => {
  it('reads each comment and the replies in its thread, each answering its parent', async () => {
    const batch = await importFixture('vk-wall-get-comments-threads.json');
    expect(batch.format).toBe('vk');
    expect(batch.posts.map((post) => [post.nativeId, post.parentNativeId, post.text, post.location.path])).toEqual([
      ['-555_201', '-555_101', 'Лифт не работает уже месяц', '/response/items/0'],
      ['-555_202', '-555_201', 'у нас тоже, третий подъезд', '/response/items/0/thread/items/0'],
      ['-555_203', '-555_201', 'Заявка передана в КСК', '/response/items/0/thread/items/1'],
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      '1 post without text (media only) left out',
      '1 deleted post or comment left out',
    ]);
  });
});

describe('VK posts with polls and shared links, paid and advertising posts', () => {
  it('reads a poll\'s question and answers and a shared link\'s title and description as text', async () => {
    const batch = await importFixture('vk-wall-get-polls-links-donut-ads.json');
    expect(batch.posts.map((post) => [post.nativeId, post.text])).toEqual([
      ['-555_201', 'Опрос жителей\n\nДовольны ли вы уборкой снега?\nДа\nНет'],
      ['-555_202', 'Где хуже всего с дорогами?\nАлмалинский\nАуэзовский'],
      ['-555_203', 'Акимат объявил о ремонте теплосетей\nРаботы начнутся в понедельник'],
      ['-555_204', 'Наконец-то!\n\nАкимат объявил о ремонте теплосетей'],
    ]);
  });

  it('marks a link shared without words of its own as an amplification of the link', async () => {
    const batch = await importFixture('vk-wall-get-polls-links-donut-ads.json');
    expect(batch.posts.map((post) => post.amplifiesNativeId)).toEqual([
      undefined,
      undefined,
      'link:https://tengrinews.kz/kazakhstan_news/remont-1/',
      undefined,
    ]);
  });

  it('leaves out VK Donut posts and posts marked as advertising, counted in notes', async () => {
    const batch = await importFixture('vk-wall-get-polls-links-donut-ads.json');
    expect(batch.skipped).toEqual([]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      '1 post for paying subscribers (VK Donut) left out: not public',
      '1 post marked as advertising left out',
    ]);
  });
});

// A group that posts a video, a captioned photo or an article with no words of its own: the post
// was left out as media only, its title and caption unread.
describe('VK posts whose words are in a video, a photo or an article', () => {
  it('reads a video\'s title and description, a photo\'s caption and an article\'s title and subtitle', async () => {
    const batch = await importFixture('vk-wall-get-video-photo-article-attachments.json');
    expect(batch.posts.map((post) => [post.nativeId, post.text])).toEqual([
      ['-777_301', 'Пробка на Аль-Фараби сегодня утром\nСтоим уже час, светофор не работает'],
      ['-777_302', 'Яма на Сатпаева, третью неделю'],
      ['-777_303', 'Почему растут тарифы на тепло\nОбъясняем по пунктам'],
      ['-777_305', 'Смотрите, что творится\n\nПотоп в подземном переходе'],
    ]);
    // A document's file name is not read: the post of a document and an uncaptioned photo has no text.
    expect(batch.notes?.map((note) => note.note)).toEqual(['1 post without text (media only) left out']);
  });
});

describe('VK execute responses', () => {
  it('reads each call\'s page and skips a failed call with its place and VK\'s message', async () => {
    const batch = await importFixture('vk-execute-wall-get-pages.json');
    expect(batch.format).toBe('vk');
    expect(batch.posts.map((post) => [post.nativeId, post.location.path])).toEqual([
      ['-555_301', '/response/0/items/0'],
      ['-555_303', '/response/2/items/0'],
    ]);
    expect(batch.skipped).toEqual([{
      location: { file: fixture('vk-execute-wall-get-pages.json'), index: 1, path: '/response/1' },
      reason: 'a failed call of an execute response ("Too many requests per second"), not a page of posts',
    }]);
  });
});

describe('VK wall.getById responses', () => {
  it('reads the list of posts a response holds itself, skipping an entry that is no post', async () => {
    const batch = await importFixture('vk-wall-get-by-id-response-list.json');
    expect(batch.format).toBe('vk');
    expect(batch.posts.map((post) => [post.nativeId, post.location.path])).toEqual([
      ['-555_401', '/response/0'],
      ['-555_402', '/response/1'],
    ]);
    expect(batch.skipped.map((skip) => [skip.location.path, skip.reason])).toEqual([['/response/2', 'wall post is not a JSON object']]);
  });
});

describe('VK board.getComments import', () => {
  it("reads a discussion board's comments, a reply answering the comment it names", async () => {
    const batch = await importFixture('vk-board-get-comments.json');

    expect(batch.posts.map((post) => [post.platform, post.text, post.publishedAt?.toISOString()])).toEqual([
      ['vk', 'Тема для жалоб на ЖКХ Ауэзовского района. Пишите сюда.', '2025-12-05T08:03:00.000Z'],
      ['vk', 'Третий день нет горячей воды в 8 микрорайоне', '2025-12-05T09:00:00.000Z'],
      ['vk', '[id555001:bp-123456_2|Айгуль], у нас тоже', '2025-12-05T09:30:00.000Z'],
    ]);
    const [opening, complaint, reply] = batch.posts;
    expect(new Set(batch.posts.map((post) => post.nativeId)).size).toBe(3);
    expect([opening!.parentNativeId, complaint!.parentNativeId, reply!.parentNativeId]).toEqual([
      undefined, undefined, complaint!.nativeId,
    ]);
    expect(batch.skipped).toEqual([]);
    expect(batch.notes?.map((note) => note.note)).toEqual(['1 post without text (media only) left out']);
  });
});
