import { describe, expect, it } from 'vitest';

import { readChannelPreview } from '../../src/collect/telegram/channel-preview.js';
import { importTelegramExport } from '../../src/collect/telegram/import-telegram-export.js';
import { messageText } from '../../src/collect/telegram/message-text.js';
import { fixture, importFixture } from './fixture.js';

function message(id: number, text: string): object {
  return { id, type: 'message', text, date_unixtime: '1731385800' };
}

describe('Telegram Desktop export import', () => {
  it('joins an array of strings and entity objects, dropping a mentioned person', async () => {
    const batch = await importFixture('telegram-channel-result.json');
    expect(batch.format).toBe('telegram');
    expect(batch.posts[0]!.text).toBe('Аким Досаев обещал починить дорогу — спросите у [NAME].');
  });

  it('uses chat id and message id as the native id and links a reply to its message', async () => {
    const batch = await importFixture('telegram-channel-result.json');
    expect(batch.posts.map((post) => [post.nativeId, post.parentNativeId])).toEqual([
      ['1234567890:2', undefined],
      ['1234567890:3', '1234567890:2'],
      ['1234567890:5', undefined],
      ['1234567890:6', undefined],
    ]);
    const kinds = new Set(batch.posts.map((post) => `${post.kind} ${post.platform}`));
    expect([...kinds]).toEqual(['social telegram']);
  });

  it('prefers date_unixtime to the offset-less date, read alone in the project zone', async () => {
    const batch = await importFixture('telegram-channel-result.json');
    // Message 2: date says 14:30 (the exporting computer's clock), date_unixtime says 04:30 UTC.
    expect(batch.posts[0]!.publishedAt).toEqual(new Date('2024-11-12T04:30:00Z'));
    expect(batch.posts[3]!.publishedAt).toEqual(new Date('2024-11-12T13:00:00Z'));
  });

  it('notes service messages and media without text; skips a message without id', async () => {
    const batch = await importFixture('telegram-channel-result.json');
    expect(batch.posts).toHaveLength(4);
    expect(batch.skipped).toEqual([
      {
        location: { file: fixture('telegram-channel-result.json'), index: 6, path: '/messages/6' },
        reason: 'message has no id',
      },
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      '1 service message (a join, pin or call) is not a post; left out',
      '1 message without text (media, a sticker) not imported',
    ]);
  });

  it('marks a forward as an amplification, not an original', async () => {
    const batch = await importFixture('telegram-channel-result.json');
    const forward = batch.posts.find((post) => post.nativeId === '1234567890:5')!;
    expect(forward.amplifiesNativeId).toMatch(/^forward:content:[0-9a-f]{32}$/);
    expect(forward.text).toBe('Пересланное сообщение о пробках на Аль-Фараби.');
  });

  it('refuses a personal chat, naming the file', async () => {
    await expect(importFixture('telegram-personal-chat.json')).rejects.toThrow(
      `${fixture('telegram-personal-chat.json')}: this Telegram export is a personal_chat, ` +
        'a private conversation',
    );
  });

  it('joins only strings and entity texts, ignoring anything else in the array', () => {
    const link = { type: 'link', text: 'https://x.kz' };
    const parts = ['a', { type: 'italic', text: 'b' }, link, 42, null];
    expect(messageText(parts)).toBe('abhttps://x.kz');
  });

  it('reads the chats of a whole-account export and leaves private chats, groups and channels out', () => {
    const account = {
      personal_information: { first_name: 'zzcanary-account-owner' },
      chats: {
        list: [
          { type: 'personal_chat', id: 1, messages: [message(1, 'личное')] },
          { type: 'public_supergroup', id: 2, messages: [message(7, 'Про автобусы')] },
          { type: 'private_supergroup', id: 3, messages: [message(8, 'Чат нашего подъезда')] },
          { type: 'private_group', id: 4, messages: [message(9, 'Семейный чат')] },
          { type: 'private_channel', id: 5, messages: [message(10, 'Закрытый канал')] },
          { type: 'public_channel', id: 6, messages: [message(11, 'Новости района')] },
          { type: 'replies', id: 7, messages: [message(12, 'Ответ на ваш комментарий')] },
        ],
      },
    };
    const context = { file: 'result.json', timezone: 'Asia/Almaty', now: new Date() };
    const batch = importTelegramExport(account, context);
    expect(batch.posts.map((post) => [post.nativeId, post.text])).toEqual([
      ['2:7', 'Про автобусы'], ['6:11', 'Новости района'],
    ]);
    expect(batch.notes?.map((note) => [note.location.path, note.note])).toEqual([
      ['/chats/list/0', 'a personal_chat is a private conversation; not imported'],
      ['/chats/list/2', 'a private_supergroup is a private conversation; not imported'],
      ['/chats/list/3', 'a private_group is a private conversation; not imported'],
      ['/chats/list/4', 'a private_channel is a private conversation; not imported'],
      ['/chats/list/6', 'the "Replies" chat (answers to the account\'s comments) is a private conversation; not imported'],
    ]);
  });
});

describe('Telegram export with text of the wrong type', () => {
  it('reads a message without its unreadable parts, noting them; skips one with nothing else readable', async () => {
    const batch = await importFixture('telegram-text-wrong-types.json');
    // Messages 10, 13, 16 and 17 were skipped whole for one bad part.
    expect(batch.posts.map((post) => [post.nativeId.split(':')[1], post.text])).toEqual([
      ['10', 'ok'],
      ['13', 'Свет опять отключили,'],
      ['16', 'Мусор не вывозят вторую неделю'],
      ['17', 'Лифт не работает'],
      ['15', 'Во дворе яма уже месяц'],
    ]);
    const notRead = ': not read, the message\'s other parts are';
    expect(batch.notes?.map((note) => [note.location.path, note.note])).toEqual([
      ['/messages/0', `text part 0 is a list, expected a string or a text entity${notRead}`],
      ['/messages/3', `text part 1 is an entity whose text is a number${notRead}`],
      ['/messages/5', `text part 1 is an entity whose text is null${notRead}`],
      ['/messages/6', `text part 0 is an entity whose text is a list${notRead}`],
      // Message 14, "text": null.
      [undefined, '1 message without text (media, a sticker) not imported'],
    ]);
    expect(batch.skipped.map((skip) => [skip.location.path, skip.reason])).toEqual([
      ['/messages/1', 'text is a number, expected a string or a list of parts'],
      ['/messages/2', 'text is an object, expected a string or a list of parts'],
      ['/messages/7', 'text part 0 is an entity whose text is null, and no other part holds text'],
    ]);
  });
});

describe('a whole-account Telegram export with damaged chats', () => {
  it('skips each chat that is not an object or holds no message list, naming its place', async () => {
    const batch = await importFixture('telegram-account-chats-damaged.json');
    expect(batch.posts.map((post) => [post.nativeId, post.text])).toEqual([['13:1', 'Автобус 92 опять не пришёл']]);
    expect(batch.skipped.map((skip) => [skip.location.path, skip.reason])).toEqual([
      ['/chats/list/0', 'chat is null, not a JSON object'],
      ['/chats/list/1', 'chat is a string, not a JSON object'],
      ['/chats/list/2', 'chat "messages" is a string, not a list of messages'],
      ['/chats/list/3', 'chat has no "messages" list'],
    ]);
  });
});

describe('Telegram Desktop export in HTML', () => {
  it('reads the messages of messages.html with their times, replies and forwards, and no sender', async () => {
    const batch = await importFixture('telegram-desktop-html-export.html');
    expect(batch.format).toBe('telegram-html');
    expect(batch.posts.map((post) => [post.nativeId, post.text, post.publishedAt?.toISOString(), post.location.line])).toEqual([
      ['html:Алматы Онлайн чат:2@10.03.2024 12:05:00 UTC+05:00', 'Опять нет горячей воды в #Ауэзовский районе\nуже "третий" день & никто не отвечает', '2024-03-10T07:05:00.000Z', 55],
      ['html:Алматы Онлайн чат:3@10.03.2024 12:06:30 UTC+05:00', '[NAME], вы тоже без воды?', '2024-03-10T07:06:30.000Z', 87],
      ['html:Алматы Онлайн чат:4@10.03.2024 13:30:00 UTC+05:00', 'Акимат объявил о ремонте дороги на Абая', '2024-03-10T08:30:00.000Z', 103],
      // No offset in the title (older versions): the project's zone.
      ['html:Алматы Онлайн чат:6@29.02.2024 23:30:00', 'Вот такая яма на Толе би', '2024-02-29T18:30:00.000Z', 171],
      ['html:Алматы Онлайн чат:7@10.03.2024 14:06:00 UTC+05:00', 'Когда засыпят? Звоните +7 701 123 45 67', '2024-03-10T09:06:00.000Z', 211],
    ]);
    expect(batch.posts[2]!.amplifiesNativeId).toMatch(/^forward:content:/);
    expect(batch.posts[4]!.parentNativeId).toBe('html:Алматы Онлайн чат:6@29.02.2024 23:30:00');
    expect(batch.notes?.map((note) => note.note)).toEqual([
      '1 service message (a join, pin or call) is not a post; left out',
      '1 message without text (media, a sticker) not imported',
    ]);
  });
});

describe('Telegram Desktop export of a whole account', () => {
  it('reads the channels and groups the account has left too, and no private chat', async () => {
    const batch = await importFixture('telegram-account-export-left-chats.json');
    expect(batch.posts.map((post) => [post.nativeId, post.text, post.location.path])).toEqual([
      ['1001:1', 'Отключение воды в Бостандыкском районе', '/chats/list/0/messages/0'],
      ['1002:7', 'Во дворе на Жандосова не вывозят мусор', '/left_chats/list/0/messages/0'],
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual(['a personal_chat is a private conversation; not imported']);
  });
});

describe('Telegram forum topics, polls and newer entity types', () => {
  it('reads a poll as its question and answers, and newer entities as their text', async () => {
    const batch = await importFixture('telegram-forum-topics-polls-new-entities.json');
    expect(batch.posts.map((post) => [post.nativeId, post.text])).toEqual([
      ['1987654321:2', 'Опять яма на Абая 😡'],
      ['1987654321:3', 'Когда починят дорогу на Абая?\nНикогда\nК весне'],
      ['1987654321:4', 'Яма уже по колено\nФото у школы №5'],
      ['1987654321:5', 'Переслано: отопление дадут в среду'],
      ['1987654321:8', 'Голосуйте в опросе выше'],
      ['1987654321:9', 'Ответ на пост другого канала'],
      ['1987654321:10', 'Ответ в этом же чате'],
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      '1 service message (a join, pin or call) is not a post; left out',
      '2 messages without text (media, stickers) not imported',
    ]);
  });

  it('gives a message replying to its topic\'s opening no parent; a reply to a message keeps it', async () => {
    const batch = await importFixture('telegram-forum-topics-polls-new-entities.json');
    expect(batch.posts.slice(0, 3).map((post) => post.parentNativeId)).toEqual([undefined, undefined, '1987654321:2']);
  });

  it('gives a reply into another chat (reply_to_peer_id) no parent here; one in this chat keeps it', async () => {
    const batch = await importFixture('telegram-forum-topics-polls-new-entities.json');
    expect(batch.posts.slice(-2).map((post) => post.parentNativeId)).toEqual([undefined, '1987654321:4']);
  });

  it('does the same in an HTML export page', async () => {
    const batch = await importFixture('telegram-desktop-html-forum-topic-and-poll.html');
    expect(batch.posts.map((post) => [post.text, post.parentNativeId])).toEqual([
      ['Опять яма на Абая', undefined],
      ['Когда починят дорогу на Абая?\nНикогда\nК весне', undefined],
      ['Яма уже по колено', 'html:Алматы: жалобы жителей:2@12.11.2024 10:05:00 UTC+05:00'],
    ]);
  });
});

describe('Telegram Desktop\'s own ways of writing a message', () => {
  it('reads the control characters it writes as \\xHH, an escape JSON lacks, and keeps an escaped backslash', async () => {
    // JSON.parse refused the whole export for one pasted vertical tab.
    const batch = await importFixture('telegram-export-control-characters-as-hex-escapes.json');
    expect(batch.posts.map((post) => post.text)).toEqual([
      'Скопировано из документа:\nсвета нет третий день',
      'Установщик лежит в C:\\x64\\setup, а воды всё нет',
    ]);
    expect(batch.skipped).toEqual([]);
  });

  it('reads a message that a script left with text_entities alone, a mentioned person dropped', async () => {
    const batch = await importFixture('telegram-export-text-entities-without-text.json');
    expect(batch.posts.map((post) => post.text)).toEqual(['На Достык снова не горят фонари, спросите [NAME]']);
  });

  it('reads text_entities where a script left the text empty, and counts a photo without words as before', async () => {
    // Written for this test: an empty "text" hid the entities, and the messages were counted as media.
    const batch = await importFixture('telegram-export-empty-text-beside-text-entities.json');
    expect(batch.posts.map((post) => [post.nativeId, post.text])).toEqual([
      ['1600000009:41', 'Во дворе на Сатпаева третий день нет воды'],
      ['1600000009:42', 'Подскажите, куда звонить в акимат'],
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual(['1 message without text (media, a sticker) not imported']);
  });

  it('reads a checklist as its title and tasks, and counts an "unsupported" message apart', async () => {
    const batch = await importFixture('telegram-checklist-and-unsupported-message.json');
    expect(batch.posts.map((post) => [post.nativeId, post.text, post.parentNativeId])).toEqual([
      ['1600000003:40', 'Что починить во дворе\nОсвещение у третьего подъезда\nЛавочки на детской площадке', undefined],
      ['1600000003:42', 'Ещё бы урны поставить', '1600000003:40'],
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      '1 message of a kind this Telegram Desktop could not export ("type": "unsupported", no text ' +
        'in the file) left out; export again with a newer Telegram Desktop to read them',
    ]);
  });
});

describe('a saved page of a channel\'s web preview (t.me/s/NAME)', () => {
  it('reads its messages as the live collector does: keyed by channel and number, with replies and forwards', async () => {
    const batch = await importFixture('telegram-channel-preview-saved-page.html');
    expect(batch.format).toBe('telegram-preview');
    expect(batch.posts.map((post) => [post.nativeId, post.publishedAt?.toISOString(), post.parentNativeId, post.amplifiesNativeId])).toEqual([
      ['almaty_residents:101', '2025-01-10T04:35:12.000Z', undefined, undefined],
      ['almaty_residents:102', '2025-01-10T05:10:00.000Z', 'almaty_residents:101', 'city_news:55'],
    ]);
    expect(batch.posts[0]!.text).toBe('На остановке у ЦУМа автобусы не ходят с утра.\nКогда починят светофор? Пишите в комментариях');
    expect(batch.notes?.map((note) => note.note)).toEqual(['1 message without text (media, a sticker) not imported']);
  });
});

describe('a forward in a channel\'s web preview that names no message', () => {
  it('amplifies its text, as a forward in an export does, and does not count as an original', async () => {
    // "Forwarded from" a person (no link to a message) was read as the channel's own post.
    const batch = await importFixture('live/telegram-preview-poll-service-album-edited.html');
    const forward = batch.posts.find((post) => post.nativeId === 'almaty_residents:202')!;
    expect(forward.amplifiesNativeId).toMatch(/^forward:content:[0-9a-f]{32}$/);
    expect(JSON.stringify(batch)).not.toContain('zzcanary');
  });
});

describe('the channel title a web preview page gives its messages, for meeting the channel\'s export', () => {
  const message = '<div class="tgme_widget_message" data-post="city/7"><div class="tgme_widget_message_text">Текст</div></div>';
  const titles = (head: string, body = ''): (string | undefined)[] =>
    readChannelPreview(`<html><head>${head}</head><body>${body}${message}</body></html>`).messages.map((read) => read.channelTitle);

  it('is the header\'s title first, then og:title, then the page title without " – Telegram"', () => {
    const header = '<div class="tgme_channel_info_header_title"><span dir="auto"> Алматы | Новости </span></div>';
    expect(titles('<meta property="og:title" content="Другое"><title>Третье – Telegram</title>', header)).toEqual(['Алматы | Новости']);
    expect(titles('<meta property="og:title" content="Алматы | Новости"><title>Третье – Telegram</title>')).toEqual(['Алматы | Новости']);
    expect(titles('<title>Алматы - Новости – Telegram</title>')).toEqual(['Алматы - Новости']);
  });

  it('is none for a page that names no channel, and a message\'s sender is never taken for it', () => {
    const sender = '<a class="tgme_widget_message_owner_name"><span>zzcanary-owner</span></a>';
    expect(titles('<title>Saved page</title>', sender)).toEqual([undefined]);
  });

  it('keys each message also by its channel\'s title, its number and its time', async () => {
    const batch = await importFixture('telegram-channel-preview-saved-page.html');
    expect(batch.posts.map((post) => post.aliasNativeIds?.map((alias) => alias.replace(/:[0-9a-f]{32}:/, ':…:')))).toEqual([
      ['title:…:101@1736483712'],
      ['title:…:102@1736485800'],
    ]);
  });
});

describe('a channel\'s web preview saved by Chrome as one file (MHTML)', () => {
  it('reads the page inside, quoted-printable undone, as the saved HTML page is read', async () => {
    const batch = await importFixture('telegram-channel-preview-saved-as-mhtml.mhtml');
    const page = await importFixture('telegram-channel-preview-saved-page.html');

    expect(batch.format).toBe('telegram-preview');
    expect(batch.posts.map((post) => [post.nativeId, post.text])).toEqual(page.posts.map((post) => [post.nativeId, post.text]));
    expect(batch.posts.map((post) => post.nativeId)).toEqual(['almaty_residents:101', 'almaty_residents:102']);
  });
});

describe('a saved page cut off before its end', () => {
  it('of a Telegram Desktop HTML export keeps the messages before the cut and skips the one it cuts', async () => {
    const batch = await importFixture('telegram-desktop-html-export-cut-off.html');

    expect(batch.posts.map((post) => [post.text, post.publishedAt?.toISOString()])).toEqual([
      ['Опять нет горячей воды на Жибек Жолы', '2025-12-05T09:03:00.000Z'],
      ['Уже третий день так', '2025-12-05T09:10:00.000Z'],
    ]);
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason])).toEqual([
      [46, 'the page ends inside this message, before its closing </html> (a download or copy stopped ' +
        'short): its text may be cut, so it is not read; save or export the page again'],
    ]);
  });

  it("of a channel's web preview keeps the messages before the cut and skips the one it cuts", async () => {
    const batch = await importFixture('telegram-channel-preview-saved-page-cut-off.html');

    expect(batch.posts.map((post) => [post.nativeId, post.publishedAt?.toISOString()])).toEqual([
      ['almaty_residents:101', '2025-01-10T04:35:12.000Z'],
    ]);
    expect(batch.skipped.map((skip) => [skip.location.index, skip.reason])).toEqual([
      [102, 'the page ends inside this message, before its closing </html> (a download or copy stopped ' +
        'short): its text may be cut, so it is not read; save or export the page again'],
    ]);
  });
});

describe('a Telegram Desktop HTML page cut off inside a service message', () => {
  it('keeps every message and notes that the page is short, naming no one in the service line', async () => {
    const batch = await importFixture('telegram-desktop-html-export-cut-off-in-service-message.html');

    expect(batch.posts.map((post) => post.text)).toEqual(['Опять нет горячей воды на Жибек Жолы', 'Уже третий день так']);
    expect(batch.skipped).toEqual([]);
    const cut = batch.notes?.filter((note) => note.note.includes('</html>'));
    expect(cut?.map((note) => [note.location.line, note.note])).toEqual([
      [46, 'the page ends inside this service message, before its closing </html> (a download or copy ' +
        'stopped short): the messages after it are missing; save or export the page again'],
    ]);
    expect(JSON.stringify(batch)).not.toContain('zzcanary');
  });
});
