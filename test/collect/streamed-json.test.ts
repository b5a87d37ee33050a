import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { importFile } from '../../src/collect/index.js';
import { streamJsonDocument } from '../../src/collect/json-stream/stream-json-document.js';
import type { ImportBatch, ImportNote, SkippedRecord } from '../../src/collect/raw-post.js';
import { formatLocation } from '../../src/ingest/ingest-files.js';
import { readPostBatches } from '../../src/ingest/read-post-batches.js';
import { fixture, IMPORT_TIME } from './fixture.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'collect');
const CUT_OFF = 'the JSON file ends inside an unfinished record (cut off in transfer or while it was ' +
  'saved?); the records before it are read, everything after the last complete one was lost';
/** Files whose broken part only a stream reads past: the whole-file reading refuses them or loses a chat. */
const STREAM_ONLY = [
  'telegram-export-malformed-message-in-middle.json',
  'json-records-brackets-stop-matching.json',
  'telegram-account-export-cut-off-in-third-chat.json',
  // Read whole, a file is decoded line by line, so the windows-1251 records of a list on one line
  // with UTF-8 ones lose their letters; a stream decodes each record on its own, and `tyndau
  // import` streams such a file whatever its size (test/ingest/read-post-batches.test.ts).
  'json-list-on-one-line-utf8-with-windows-1251-records.json',
];
const dir = mkdtempSync(join(tmpdir(), 'tyndau-streamed-json-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const context = (file: string) => ({ file, timezone: 'Asia/Almaty', now: IMPORT_TIME });

async function streamed(path: string, readChunkBytes = 1 << 20, batchSize = 1000): Promise<ImportBatch[]> {
  const stream = await streamJsonDocument(path, context(path), batchSize, readChunkBytes);
  if (stream === undefined) throw new Error(`${path} is not read as a stream`);
  const batches: ImportBatch[] = [];
  for await (const batch of stream) batches.push(batch);
  return batches;
}

/** Every file as `tyndau import` reads it from the size on which it streams what it can. */
async function readInBatches(path: string, batchSize: number): Promise<ImportBatch[]> {
  const batches: ImportBatch[] = [];
  const options = { timezone: 'Asia/Almaty', now: IMPORT_TIME, batchSize, streamFromBytes: 1 };
  for await (const batch of readPostBatches(path, options)) batches.push(batch);
  return batches;
}

const isDecodingNote = (note: ImportNote) => /^charset: |not UTF-8|broken UTF-8/.test(note.note);
const texts = (batches: readonly ImportBatch[]) => batches.flatMap((batch) => batch.posts.map((post) => post.text));
const skips = (batches: readonly ImportBatch[]) => batches.flatMap((batch) => batch.skipped);

describe('a large JSON export read as a stream', () => {
  const jsonFixtures = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json') && !STREAM_ONLY.includes(name));

  it.each(jsonFixtures)('%s gives the posts, skips, notes and errors of the whole-file reading', async (name) => {
    const path = fixture(name);
    const whole = await importFile(path, { timezone: 'Asia/Almaty', now: IMPORT_TIME }).catch((error: Error) => error);
    const batches = await readInBatches(path, 2).catch((error: Error) => error);

    if (whole instanceof Error || batches instanceof Error) {
      expect(String(batches)).toBe(String(whole));
      return;
    }
    expect(batches.flatMap((batch) => batch.posts)).toEqual(whole.posts);
    // A stream places a cut by its record's index and byte offset too.
    const lineOfCut = (skip: SkippedRecord) => skip.reason === CUT_OFF
      ? { ...skip, location: { file: skip.location.file, line: skip.location.line } }
      : skip;
    expect(skips(batches).map(lineOfCut)).toEqual(whole.skipped);
    // A stream knows how the file was decoded only at its end, and tells it there.
    const decodingLast = (notes: readonly ImportNote[]) => [
      ...notes.filter((note) => !isDecodingNote(note)), ...notes.filter(isDecodingNote),
    ];
    expect(batches.flatMap((batch) => batch.notes ?? [])).toEqual(decodingLast(whole.notes ?? []));
    expect(batches[0]!.format).toBe(whole.format);
  });

  it('keeps the messages before a cut and names the cut message by index, line and byte offset', async () => {
    const path = fixture('telegram-export-cut-off-mid-message.json');

    const batches = await streamed(path, 7);

    expect(texts(batches)).toEqual([
      'Отопление не работает в доме на Абая, 15',
      'Автобус 92 снова не пришёл, ждали час',
      'Свет отключили третий раз за неделю',
    ]);
    expect(skips(batches)).toEqual([
      { location: { file: path, index: 4, path: '/messages/4', line: 93, offset: 2007 }, reason: CUT_OFF },
    ]);
    expect(formatLocation(skips(batches)[0]!.location)).toBe(`${path}:93 (/messages/4, byte 2007)`);
  });

  it('skips a message that is not valid JSON with its place and reads the messages after it', async () => {
    const path = fixture('telegram-export-malformed-message-in-middle.json');

    const batches = await streamed(path, 5);

    expect(texts(batches)).toEqual([
      'Отопление не работает в доме на Абая, 15',
      'Автобус 92 снова не пришёл',
      'Свет отключили третий раз за неделю',
      'Ямы на Сатпаева не ремонтируют месяц',
    ]);
    expect(skips(batches)).toEqual([{
      location: { file: path, index: 2, path: '/messages/2', line: 24, offset: 622 },
      reason: "not valid JSON (Expected ',' or '}' after property value in JSON at position 51); " +
        'the records after it are read',
    }]);
  });

  it('says where a record that does not parse starts, in bytes, without quoting its text', async () => {
    const path = join(dir, 'undefined-text.json');
    writeFileSync(path, '[{"id": 1, "text": "Лифт не работает"}, {"id": 2, "text": undefined}, {"id": 3, "text": "Айгерим Н. пишет"}]');

    const batches = await streamed(path);

    expect(texts(batches)).toEqual(['Лифт не работает', 'Айгерим Н. пишет']);
    expect(skips(batches).map((skip) => [skip.location.offset, skip.reason])).toEqual([
      [54, "not valid JSON (Unexpected token 'u'); the records after it are read"],
    ]);
  });

  it('keeps the records before the place where the brackets stop matching, and says where', async () => {
    const path = fixture('json-records-brackets-stop-matching.json');

    const batches = await streamed(path, 3);

    expect(texts(batches)).toEqual(['Остановку на Аль-Фараби снесли', 'Лифт в доме стоит месяц']);
    expect(skips(batches)).toEqual([{
      location: { file: path, index: 2, path: '/2', line: 14, offset: 358 },
      reason: "the JSON structure breaks here ('}' closes a bracket it does not match, at byte 488 on line " +
        '19); the records before it are read, the rest of the file is not',
    }]);
  });

  it('reads an account export cut in its third chat up to the cut, passing over the private chat', async () => {
    const path = fixture('telegram-account-export-cut-off-in-third-chat.json');

    const batches = await streamed(path, 11);

    expect(batches.flatMap((batch) => batch.posts.map((post) => [post.nativeId, post.text]))).toEqual([
      ['21:1', 'Снег не убирают на Жандосова'],
      ['21:2', 'Грейдер так и не приехал'],
      ['23:1', 'Тарифы на проезд снова подняли'],
    ]);
    expect(skips(batches)).toEqual([{
      location: { file: path, index: 1, path: '/chats/list/2/messages/1', line: 74, offset: 1827 },
      reason: CUT_OFF,
    }]);
    expect(batches.flatMap((batch) => batch.notes ?? [])).toEqual([
      { location: { file: path, path: '/chats/list/1' }, note: 'a personal_chat is a private conversation; not imported' },
    ]);
  });

  it('reads an export saved with a byte order mark and Windows line ends', async () => {
    const path = fixture('telegram-export-utf8-bom-crlf.json');

    const batches = await streamed(path, 2);

    expect(texts(batches)).toEqual(['Во дворе на Толе би не вывозят мусор', 'Кто отвечает за уборку снега?']);
    expect(batches.flatMap((batch) => batch.posts.map((post) => post.nativeId))).toEqual(['1234567003:1', '1234567003:2']);
  });

  it('joins nested text entities, with brackets, quotes, backslashes and escapes inside strings', async () => {
    const path = fixture('telegram-export-nested-text-entities.json');

    const batches = await streamed(path);

    expect(texts(batches)).toEqual([
      'Цитата: «нет воды] с утра}» — ссылка',
      'Путь C:\\\\Users\\\\ и кавычки "ЖКХ" в конце\\',
      'Акимат обещал 😡 — опять',
      '[NAME], где ремонт?',
    ]);
  });

  it.each([1, 2, 3, 7, 64])('reads the same posts and skips when the file arrives %i bytes at a time', async (chunkBytes) => {
    for (const name of ['telegram-export-nested-text-entities.json', 'telegram-export-malformed-message-in-middle.json',
      'telegram-forum-topics-polls-new-entities.json', 'json-listening-api-results-wrapper.json']) {
      const path = fixture(name);
      const inOneChunk = await streamed(path);
      const inSmallChunks = await streamed(path, chunkBytes, 1);

      expect(inSmallChunks.flatMap((batch) => batch.posts)).toEqual(inOneChunk.flatMap((batch) => batch.posts));
      expect(skips(inSmallChunks)).toEqual(skips(inOneChunk));
    }
  });

  it('hands out a large export in batches of the size asked for, as reading it whole does', async () => {
    const path = join(dir, 'large-channel.json');
    const messages = Array.from({ length: 2500 }, (_, id) => ({
      id, type: id % 500 === 0 ? 'service' : 'message', date_unixtime: String(1731385800 + id),
      text: [`Автобус ${id} `, { type: 'bold', text: 'опять не пришёл' }],
    }));
    writeFileSync(path, JSON.stringify({ name: 'Алматы', type: 'public_channel', id: 777, messages }, null, 1));

    const batches = await readInBatches(path, 1000);
    const whole = await importFile(path, { timezone: 'Asia/Almaty', now: IMPORT_TIME });

    expect(batches.map((batch) => batch.posts.length)).toEqual([1000, 1000, 495]);
    expect(batches.flatMap((batch) => batch.posts)).toEqual(whole.posts);
    expect(batches.flatMap((batch) => batch.notes ?? [])).toEqual(whole.notes);
  });

  it.each(STREAM_ONLY)('lets no author field of %s reach the posts, skips or notes', async (name) => {
    const output = JSON.stringify(await streamed(fixture(name), 4));
    expect(output).toContain('"posts":[{');
    expect(output.match(/zzcanary-[\w-]+/g)).toBeNull();
  });

  it.each(['public_channel', 'personal_chat'])(
    'reads a %s whose type and id are written after its messages as reading it whole does',
    async (type) => {
      const path = join(dir, `type-after-messages-${type}.json`);
      const messages = [
        { id: 1, type: 'service', action: 'topic_created', title: 'Дороги', text: '' },
        { id: 2, type: 'message', date_unixtime: '1731385800', reply_to_message_id: 1, text: 'Яма на Абая' },
        { id: 3, type: 'message', date_unixtime: '1731385900', reply_to_message_id: 2, text: 'И на Сатпаева' },
      ];
      writeFileSync(path, JSON.stringify({ name: 'Алматы', messages, type, id: 4242 }, null, 1));

      const whole = await importFile(path, { timezone: 'Asia/Almaty', now: IMPORT_TIME }).catch((error: Error) => error);
      const batches = await streamed(path, 16).catch((error: Error) => error);

      if (whole instanceof Error) {
        expect(String(batches)).toBe(String(whole));
        expect(String(whole)).toContain('a private conversation');
        return;
      }
      expect(batches).not.toBeInstanceOf(Error);
      const posts = (batches as ImportBatch[]).flatMap((batch) => batch.posts);
      expect(posts.map((post) => [post.nativeId, post.parentNativeId])).toEqual([['4242:2', undefined], ['4242:3', '4242:2']]);
      expect(posts).toEqual(whole.posts);
    },
  );

  it('reads an account export whose chats come after megabytes of contacts and other lists', async () => {
    const path = join(dir, 'account-with-many-contacts.json');
    const contacts = Array.from({ length: 20_000 }, (_, at) => ({
      first_name: `zzcanary-contact-${at}`, phone_number: `+7 700 ${String(at).padStart(7, '0')}`, date: '2024-01-01T10:00:00',
    }));
    const chat = {
      name: 'Алматы', type: 'public_supergroup', id: 31,
      messages: [{ id: 1, type: 'message', date_unixtime: '1731385800', text: 'Снег не убирают' }],
    };
    writeFileSync(path, JSON.stringify({
      about: 'Here is the data you requested.', personal_information: { first_name: 'zzcanary-owner' },
      // A list before the chats whose objects have a field named like a post's text.
      stories: [{ date: '2024-01-01T10:00:00', text: 'zzcanary-story-caption' }],
      contacts: { about: 'contacts', list: contacts }, chats: { about: 'chats', list: [chat] },
    }, null, 1));

    const batches = await streamed(path);
    const whole = await importFile(path, { timezone: 'Asia/Almaty', now: IMPORT_TIME });

    expect(batches[0]!.format).toBe('telegram');
    expect(texts(batches)).toEqual(['Снег не убирают']);
    expect(batches.flatMap((batch) => batch.posts)).toEqual(whole.posts);
  });

  it('leaves documents of other formats to the whole-file reading', async () => {
    for (const name of ['vk-wall-get-repost.json', 'youtube-comment-threads-page.json', 'jsonfeed-1.1.json']) {
      const path = fixture(name);
      expect(await streamJsonDocument(path, context(path), 1000)).toBeUndefined();
    }
  });
});
