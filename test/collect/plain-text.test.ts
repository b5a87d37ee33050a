import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { detectFormat } from '../../src/collect/index.js';
import { fixture, importFixture } from './fixture.js';

function posts(batch: { posts: readonly { text: string; location: { line?: number }; publishedAt?: Date }[] }) {
  return batch.posts.map((post) => [post.location.line, post.text, post.publishedAt]);
}

describe('a plain text file of posts copied from a chat or a forum', () => {
  it('reads one post a paragraph when blank lines separate them, separators left out (UTF-8 with BOM, CRLF)', async () => {
    const batch = await importFixture('text-posts-by-paragraph-utf8-bom.txt');

    expect(batch.format).toBe('text');
    expect(posts(batch)).toEqual([
      [1, 'Опять нет горячей воды на Жибек Жолы, уже третий день.\nКто-нибудь звонил в КСК?', undefined],
      [4, 'Звонила, сказали, что дадут к вечеру', undefined],
      [8, 'На Абая яма посреди дороги 🚧\nМашины объезжают по встречке', undefined],
      [11, '👍', undefined],
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      'read as plain text, one post a paragraph (blank lines separate them): 4 posts; 1 line of only ' +
        'punctuation (separators) not read',
    ]);
  });

  it('reads one post a line when no blank line separates paragraphs (windows-1251)', async () => {
    const batch = await importFixture('text-posts-one-a-line-windows-1251.txt');

    expect(posts(batch)).toEqual([
      [1, 'Когда починят светофор на Сейфуллина?', undefined],
      [2, 'Автобус 92 опять не пришёл', undefined],
      [3, 'Спасибо акимату за новый сквер', undefined],
    ]);
    expect(batch.notes?.at(-1)?.note).toBe(
      'read as plain text, one post a line (no blank line separates paragraphs): 3 posts',
    );
  });

  it('reads Kazakh text saved as UTF-16', async () => {
    const batch = await importFixture('text-posts-kazakh-utf-16le.txt');
    expect(posts(batch)).toEqual([
      [1, 'Жол жөнделмей жатыр, қашан бітеді?', undefined],
      [3, 'Балабақшаға орын жоқ', undefined],
    ]);
  });

  it('takes no table, JSON, feed or web page for text, whatever the file is called', () => {
    const format = (text: string) => detectFormat(Buffer.from(text), 'posts.txt');
    expect(format('Опять нет воды, когда дадут?\nС утра нет, и вчера не было\n')).toBe('text');
    expect(format('{"text": "Нет света"}\n')).toBe('jsonl');
    expect(format('date;text\n2025-12-05;Нет света\n')).toBe('csv');
    expect(format('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')).toBe('rss');
    expect(() => format('<html><body><p>Нет света</p></body></html>')).toThrow(/a web page, not its feed/);
    expect(() => format('name;phone\nx;y\n')).toThrow(/a CSV header without a text column/);
    const headerless = 'csv-without-header-first-line-a-post.csv';
    expect(() => detectFormat(readFileSync(fixture(headerless)), headerless)).toThrow(/looks like a record/);
    expect(() => format('-----\n* * *\n')).toThrow(/neither XML, JSON nor a CSV header/);
  });
});

describe('a plain text file with a line that names a text column far down', () => {
  it('stays plain text: one word past the 20th line is no header', async () => {
    // Written for this test: a resident's one-word line "Отзыв" is a post, not a CSV's header.
    const batch = await importFixture('text-posts-a-line-naming-a-text-column-late.txt');

    expect([batch.format, batch.posts.length, batch.posts[22]?.text]).toEqual(['text', 25, 'Отзыв']);
  });
});

describe('a chat copied or exported as text', () => {
  it("reads Telegram Desktop's copy of messages by the 'Name, [date]' line, its name never read", async () => {
    const batch = await importFixture('text-telegram-desktop-copied-messages.txt');

    expect(batch.posts.map((post) => [post.location.line, post.text, post.publishedAt?.toISOString()])).toEqual([
      [1, 'Опять нет горячей воды на Жибек Жолы', '2025-12-05T09:03:00.000Z'],
      [4, 'Уже третий день так.\nЗвонили в КСК — без толку', '2025-12-05T09:10:00.000Z'],
      [8, '👍', '2025-12-05T09:20:00.000Z'],
    ]);
    expect(JSON.stringify(batch)).not.toContain('zzcanary');
  });

  it("reads WhatsApp's exported chat, a message's further lines kept, the chat's own lines left out", async () => {
    const batch = await importFixture('text-whatsapp-chat-export-android.txt');

    expect(batch.posts.map((post) => [post.location.line, post.text, post.publishedAt?.toISOString()])).toEqual([
      [2, 'Во дворе на Абая 10 не вывозят мусор', '2025-12-05T09:03:00.000Z'],
      [3, 'Уже неделю!\nИ крысы бегают', '2025-12-05T09:05:00.000Z'],
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      'read as a chat copied or exported as text, one post a message from the line giving its date and ' +
        "sender (the sender's name is not read): 2 posts; 2 of the chat's own lines (no sender) not read",
    ]);
    expect(JSON.stringify(batch)).not.toMatch(/zzcanary|99001122/);
  });
});

describe("WhatsApp's chat exported on an iPhone", () => {
  it('is read as a chat, not refused as broken JSON for its opening bracket; media placeholders left out', async () => {
    const batch = await importFixture('text-whatsapp-chat-export-iphone.txt');

    expect(batch.format).toBe('text');
    expect(batch.posts.map((post) => [post.location.line, post.text, post.publishedAt?.toISOString()])).toEqual([
      [1, 'Во дворе на Абая 10 не вывозят мусор', '2025-12-05T09:03:21.000Z'],
      [3, 'Уже неделю\nи крысы бегают', '2025-12-05T09:05:10.000Z'],
    ]);
    expect(JSON.stringify(batch)).not.toContain('zzcanary');
  });
});
