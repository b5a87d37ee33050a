import { describe, expect, it } from 'vitest';

import { findEmails } from '../../src/privacy/redact/emails.js';
import { findHandles } from '../../src/privacy/redact/handles.js';
import { findMentionMarkup } from '../../src/privacy/redact/mention-markup.js';
import { findProfileLinks } from '../../src/privacy/redact/profile-links.js';

function found(spans: readonly { start: number; end: number }[], text: string): string[] {
  return spans.map((span) => text.slice(span.start, span.end));
}

describe('e-mails', () => {
  it('finds Latin and Cyrillic addresses', () => {
    const text = 'пишите ivan.petrov+kz@mail.ru, иван@почта.рф или A_B@sub.example.kz.';
    expect(found(findEmails(text), text)).toEqual(['ivan.petrov+kz@mail.ru', 'иван@почта.рф', 'A_B@sub.example.kz']);
  });

  it('leaves an "@" that is no address', () => {
    expect(findEmails('встреча @ 18:00, цена 5@ штука')).toEqual([]);
  });

  it('finds addresses written to hide them, each whole', () => {
    const hidden = [
      'ivan (at) mail.ru',
      'ivan(at)mail.ru',
      'ivan [at] mail [dot] ru',
      'ivan.petrov {at} gmail (dot) com',
      'ivan собака mail.ru',
      'ivan (собака) yandex (точка) kz',
      'ivan at mail dot ru',
      'ivan@mail. ru',
      'ivan@mail .ru',
      'ivan @mail.ru',
      'ivan @ mail.ru',
      'ivаn собака mаil.ru',
      'иван (at) почта.рф',
      'ivan＠mail.ru',
      'ivan﹫mail.kz',
    ];
    const text = `пишите на ${hidden.join(', или на ')}, отвечу`;
    expect(found(findEmails(text), text)).toEqual(hidden);
  });

  it('finds an address with a comma typed for its last dot, whole', () => {
    const text = 'пишите aigerim@gmail,com или erlan.88@mail,ru; a@mail.kz,com';
    expect(found(findEmails(text), text)).toEqual(['aigerim@gmail,com', 'erlan.88@mail,ru', 'a@mail.kz']);
  });

  it('leaves a comma after an "@" before no top-level domain', () => {
    expect(findEmails('встреча@кафе,завтра; vasya@home,comrades; пишите @mail,почта')).toEqual([]);
  });

  it('finds Cyrillic look-alike letters inside an address', () => {
    const text = 'почта аsеl.k@mаil.ru';
    expect(found(findEmails(text), text)).toEqual(['аsеl.k@mаil.ru']);
  });

  it('leaves "at", "собака" and "@" in sentences, links and unknown domains', () => {
    const text =
      'Look at kaspi.kz now. Найдена собака olx.kz. Пишите на test@mail. Завтра отвечу. ' +
      'http://t.co/eKcPPcU1pb @ adindex.ru, ivan (at) mail.example';
    expect(findEmails(text)).toEqual([]);
  });
});

describe('handles', () => {
  it('finds Telegram, Instagram and Cyrillic YouTube handles', () => {
    const text = 'спросите @aigerim_almaty, @marat.s_kz. и @Нурлан_Алматы!';
    expect(found(findHandles(text), text)).toEqual(['@aigerim_almaty', '@marat.s_kz', '@Нурлан_Алматы']);
  });

  it('leaves a lone "@" and the inside of an e-mail', () => {
    expect(findHandles('встреча @ 18:00; почта ivan@mail.ru')).toEqual([]);
  });
});

describe('profile links', () => {
  it.each([
    'https://vk.com/id12345',
    'vk.com/durov',
    'https://m.vk.com/wall-1_2',
    't.me/almaty_resident',
    'https://t.me/+AbCdEf123',
    'instagram.com/marat.s_kz/',
    'https://www.facebook.com/profile.php?id=1000123',
    'youtube.com/@almaty_blogger',
    'https://www.youtube.com/channel/UC1234567890',
    'tiktok.com/@aigerim',
    'ok.ru/profile/5123456',
    'x.com/almaty_news',
    'https://twitter.com/someone',
    'wa.me/77011234567',
    'tg://user?id=123456789',
  ])('finds %s', (link) => {
    const text = `смотрите ${link}, там всё`;
    expect(found(findProfileLinks(text), text)).toEqual([link]);
  });

  it('leaves news sites, video links and look-alike hosts', () => {
    const text = 'https://tengrinews.kz/news/1, https://youtube.com/watch?v=abc, netflix.com/title/1, box.com/x';
    expect(findProfileLinks(text)).toEqual([]);
  });
});

describe('mention markup', () => {
  it('replaces VK markup whole, the typed name with it', () => {
    const text = '[id123|Иван Петров], [club45|Двор на Жандосова] и @id77 (Марат) и *id88';
    expect(found(findMentionMarkup(text), text)).toEqual([
      '[id123|Иван Петров]',
      '[club45|Двор на Жандосова]',
      '@id77 (Марат)',
      '*id88',
    ]);
  });
});
