import { describe, expect, it } from 'vitest';

import { importFixture, postFacts } from './fixture.js';

describe('VK wall posts written one a line', () => {
  it('are read as the VK importer reads them: reposts, pages, comment threads, deletions', async () => {
    const batch = await importFixture('jsonl-vk-wall-posts-one-a-line.jsonl');

    const vk = { platform: 'vk', parent: undefined, amplifies: undefined, path: undefined };
    expect(postFacts(batch)).toEqual([
      { ...vk, id: '-55001_201', text: 'В Жетысуском районе третьи сутки нет света',
        at: '2025-12-05T08:03:00.000Z', amplifies: '-55002_77', line: 1 },
      { ...vk, id: '-55001_202', text: 'Безобразие, акимат молчит\n\nТрубы на Саина обещали заменить к зиме',
        at: '2025-12-05T08:10:00.000Z', line: 2 },
      { ...vk, id: '-55001_203', text: 'Опрос: когда у вас дали свет?\n\nКогда дали свет?\nВчера\nЕщё нет',
        at: '2025-12-05T09:00:00.000Z', line: 3, path: '/response/items/0' },
      { ...vk, id: '-55001_300', text: 'У нас на Момышулы тоже нет света',
        at: '2025-12-05T09:20:00.000Z', parent: '-55001_203', line: 4 },
      { ...vk, id: '-55001_301', text: 'Вчера вечером дали',
        at: '2025-12-05T09:40:00.000Z', parent: '-55001_300', line: 4, path: '/thread/items/0' },
    ]);
    expect(batch.skipped).toEqual([]);
    expect(batch.notes?.map((note) => [note.location.line, note.note])).toEqual([
      [5, '1 deleted post or comment left out'],
    ]);
  });
});

describe('YouTube comment threads saved as a bare list', () => {
  it('are read as a page of them is: top-level comments answer the video, replies the comment', async () => {
    const batch = await importFixture('json-youtube-comment-threads-without-their-page.json');

    const thread = 'UgxKq3mN8pL2rT5vW7yZ1AaABAg';
    const youtube = { platform: 'youtube', amplifies: undefined, line: undefined };
    expect(postFacts(batch)).toEqual([
      { ...youtube, id: thread, text: 'Когда починят дорогу на Рыскулова?', at: '2025-12-05T08:03:00.000Z',
        parent: 'vidAlmaty01', path: '/0/snippet/topLevelComment' },
      { ...youtube, id: `${thread}.AbCdEfGhIjK1`, text: 'Обещали весной', at: '2025-12-05T09:30:00.000Z',
        parent: thread, path: '/0/replies/comments/0' },
      { ...youtube, id: 'UgyPp0oO9iI8uU7yY6tT5AaABAg', text: 'Спасибо за новые автобусы',
        at: '2025-12-05T10:00:00.000Z', parent: 'vidAlmaty01', path: '/1/snippet/topLevelComment' },
      { ...youtube, id: 'UgzQq1wW2eE3rR4tT5yY6AaABAg', text: 'Освещение во дворах так и не сделали',
        at: '2025-12-05T11:00:00.000Z', parent: 'vidAlmaty02', path: '/2' },
    ]);
    expect(batch.skipped).toEqual([]);
  });
});

describe('Telegram Desktop messages taken out of result.json, one a line', () => {
  it('are dated by date_unixtime and read with their formatted text, polls, forwards and replies', async () => {
    const batch = await importFixture('jsonl-telegram-desktop-messages-one-a-line.jsonl');

    const posts = postFacts(batch);
    // The exporting computer was on Moscow time: `date` says 11:03, the message is 13:03 in Almaty.
    expect(posts.map(({ platform, text, at, line }) => ({ platform, text, at, line }))).toEqual([
      { platform: 'telegram', text: 'Автобус 92 опять не пришёл, ждали на Абая — Байтурсынова, [NAME] подтвердит',
        at: '2025-12-05T08:03:00.000Z', line: 2 },
      { platform: 'telegram', text: 'В Наурызбайском районе отключат газ', at: '2025-12-05T08:10:00.000Z', line: 3 },
      { platform: 'telegram', text: 'Довольны ли вы автобусами?\nДа\nНет', at: '2025-12-05T08:20:00.000Z', line: 4 },
      { platform: 'telegram', text: 'И вчера так было', at: '2025-12-05T08:30:00.000Z', line: 5 },
    ]);
    expect(posts[1]!.amplifies).toMatch(/^repost:/);
    expect(posts[3]!.parent).toBe(posts[0]!.id);
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason])).toEqual([
      [7, 'text is an object, expected a string or a list of parts'],
    ]);
    expect(batch.notes?.map((note) => [note.location.line, note.note])).toEqual([
      [1, 'a Telegram service message (a pin, a join), not a post; left out'],
      [6, 'a Telegram message without text (media, a sticker); not imported'],
    ]);
  });
});

describe('a Telegram Desktop message, one a line, with an entity whose text is null or a list', () => {
  it('is read from its other parts with a note; one with no other part is skipped', async () => {
    const batch = await importFixture('jsonl-telegram-desktop-messages-entity-text-null.jsonl');
    // Line 1 was skipped whole: "text part 1 is an object, expected a string or a text entity".
    expect(batch.posts.map((post) => post.text)).toEqual(['Свет отключили на Сатпаева']);
    expect(batch.notes?.map((note) => [note.location.line, note.note])).toEqual([
      [1, 'text part 1 is an entity whose text is null: not read, the message\'s other parts are'],
    ]);
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason])).toEqual([
      [2, 'text part 0 is an entity whose text is a list, and no other part holds text'],
    ]);
  });
});
