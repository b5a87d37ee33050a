import { describe, expect, it } from 'vitest';

import type { RawPost } from '../../src/collect/raw-post.js';
import { PrivacyGate } from '../../src/privacy/gate.js';
import { hashNativeId } from '../../src/privacy/hash-native-id.js';
import { SUBJECTS } from './subjects.js';

const SECRET = 'gate-test-secret';
const gate = new PrivacyGate({ secret: SECRET, subjects: SUBJECTS });
const FIRST_SEEN = new Date('2025-03-10T08:47:13.250Z');

const telegramPost: RawPost = {
  kind: 'social',
  platform: 'telegram',
  nativeId: '4821',
  text: 'Айгуль Ким: на Сайна опять яма, звоните 87011234567',
  publishedAt: new Date('2025-03-09T14:37:52Z'),
  url: 'https://t.me/almaty_chat/4821',
  outlet: 'Алматы чат',
  amplifiesNativeId: '4700',
  parentNativeId: '4800',
  declaredLanguage: 'ru',
  location: { file: 'result.json', index: 3 },
};

const newsArticle: RawPost = {
  kind: 'article',
  platform: 'news',
  nativeId: 'https://tengrinews.kz/news/1',
  title: 'Ерболат Досаев встретился с жителями, Наталья Ким пожаловалась',
  text: 'Жительница Наталья Викторовна Ким оставила номер 8 777 123 45 67.',
  publishedAt: new Date('2025-03-09T14:37:52Z'),
  url: 'https://tengrinews.kz/news/1',
  outlet: 'Tengrinews',
  location: { file: 'feed.xml', line: 40 },
};

describe('PrivacyGate.admit: social posts', () => {
  const post = gate.admit(telegramPost, FIRST_SEEN);

  it('loses its URL and outlet', () => {
    expect(post.url).toBeNull();
    expect(post.outlet).toBeNull();
  });

  it('keeps only the hour of its time', () => {
    expect(post.publishedAt.toISOString()).toBe('2025-03-09T14:00:00.000Z');
    expect(post.dateSource).toBe('source');
  });

  it('stores keyed hashes of its id, the post it repeats and the post it answers', () => {
    expect(post.id).toBe(hashNativeId(SECRET, 'telegram', '4821'));
    expect(post.amplifiesId).toBe(hashNativeId(SECRET, 'telegram', '4700'));
    expect(post.parentId).toBe(hashNativeId(SECRET, 'telegram', '4800'));
    expect(JSON.stringify(post)).not.toMatch(/4821|4700|4800/);
  });

  it('is redacted and counts what was replaced', () => {
    expect(post.text).toBe('[NAME]: на Сайна опять яма, звоните [PHONE]');
    expect(post.redactions).toEqual({ phone: 1, name: 1 });
    expect(post.title).toBeNull();
  });

  it('counts each kind of hidden contact data under its own key', () => {
    const text =
      'Помогите! Звоните ＋７ ７０１ １２３ ４５ ６７ или 8️⃣7️⃣0️⃣2️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣, пишите ' +
      'help.ksk (at) mail.ru, карта 4400 43** **** 1234, счёт KZ84722C000012345678';
    expect(gate.redactText(text)).toEqual({
      text: 'Помогите! Звоните [PHONE] или [PHONE], пишите [EMAIL], карта [CARD], счёт [IBAN]',
      counts: { email: 1, iban: 1, card: 1, phone: 2 },
    });
  });

  it('counts plates, flat numbers and identity documents each under its own key', () => {
    const complaint = gate.admit({
      ...telegramPost,
      text: 'Машина 777 ABA 02 опять на тротуаре у дома Абая 15, кв. 42; хозяин потерял паспорт N12345678, ' +
        'а рядом стоит А123ВС 777',
    }, FIRST_SEEN);
    expect(complaint.text).toBe(
      'Машина [PLATE] опять на тротуаре у дома Абая 15, кв. [FLAT]; хозяин потерял паспорт [DOCUMENT], ' +
        'а рядом стоит [PLATE]',
    );
    expect(complaint.redactions).toEqual({ document: 1, plate: 2, flat: 1 });
  });

  it('keeps platform, kind and declared language', () => {
    expect([post.kind, post.platform, post.declaredLanguage]).toEqual(['social', 'telegram', 'ru']);
  });

  it('takes the first-seen time, rounded to the hour, when the source gave no date', () => {
    const undated = gate.admit({ ...telegramPost, publishedAt: undefined }, FIRST_SEEN);
    expect(undated.publishedAt.toISOString()).toBe('2025-03-10T08:00:00.000Z');
    expect(undated.dateSource).toBe('first-seen');
  });

  it('treats an unreadable date as no date', () => {
    const broken = gate.admit({ ...telegramPost, publishedAt: new Date('not a date') }, FIRST_SEEN);
    expect(broken.dateSource).toBe('first-seen');
  });
});

describe('PrivacyGate.admit: news articles', () => {
  const post = gate.admit(newsArticle, FIRST_SEEN);

  it('keeps outlet, URL and exact time', () => {
    expect(post.outlet).toBe('Tengrinews');
    expect(post.url).toBe('https://tengrinews.kz/news/1');
    expect(post.publishedAt.toISOString()).toBe('2025-03-09T14:37:52.000Z');
  });

  it('takes the exact first-seen time when the source gave no date', () => {
    const undated = gate.admit({ ...newsArticle, publishedAt: undefined }, FIRST_SEEN);
    expect(undated.publishedAt.toISOString()).toBe('2025-03-10T08:47:13.250Z');
    expect(undated.dateSource).toBe('first-seen');
  });

  it('redacts title and text, keeps the subject, and adds up the counts of both', () => {
    expect(post.title).toBe('Ерболат Досаев встретился с жителями, [NAME] пожаловалась');
    expect(post.text).toBe('Жительница [NAME] оставила номер [PHONE].');
    expect(post.redactions).toEqual({ name: 2, phone: 1 });
  });

  it('has no links to other posts when the source gave none', () => {
    expect([post.amplifiesId, post.parentId]).toEqual([null, null]);
  });

  // A newsletter's or an alert's link to the article carried the subscriber, stored as given.
  it.each([
    [
      'https://tengrinews.kz/news/bez-vody-123/?email=asel.nurlanova%40mail.ru&phone=87012223344&page=2',
      'https://tengrinews.kz/news/bez-vody-123/?page=2',
      { email: 1, phone: 1 },
    ],
    ['https://example.kz/news?user=aigerim_88&uid=52&id=7', 'https://example.kz/news?id=7', {}],
    ['https://example.kz/news/5#contact-8-701-222-33-44', 'https://example.kz/news/5', { phone: 1 }],
    ['https://www.nur.kz/society/aigerim-iin-900101300126-postradala/', 'https://www.nur.kz/', { iin: 1 }],
    ['https://www.nur.kz/society/2024/11/20/avtobus-92-7701234567/', 'https://www.nur.kz/society/2024/11/20/avtobus-92-7701234567/', {}],
  ])('takes a reader\'s contact data out of the address %s', (url, stored, counts) => {
    const article = gate.admit({ ...newsArticle, url, title: 'Новость', text: 'Свет отключили' }, FIRST_SEEN);
    expect(article.url).toBe(stored);
    expect(article.redactions).toEqual(counts);
  });
});

describe('PrivacyGate', () => {
  it('refuses an empty secret', () => {
    expect(() => new PrivacyGate({ secret: '', subjects: [] })).toThrow(/secret is empty/);
  });

  it('refuses a post without a native id, naming where it came from', () => {
    expect(() => gate.admit({ ...telegramPost, nativeId: '' }, FIRST_SEEN)).toThrow(
      'privacy gate: result.json record 3 has no native id; the importer must give one',
    );
  });

  it('gives the same id on re-import and another id under another secret', () => {
    const again = new PrivacyGate({ secret: SECRET, subjects: [] }).admit(telegramPost, FIRST_SEEN);
    const other = new PrivacyGate({ secret: 'another', subjects: [] }).admit(telegramPost, FIRST_SEEN);
    expect(again.id).toBe(gate.admit(telegramPost, new Date()).id);
    expect(other.id).not.toBe(again.id);
  });

  it('redactText gives what admit stores', () => {
    expect(gate.redactText(telegramPost.text)).toEqual({
      text: '[NAME]: на Сайна опять яма, звоните [PHONE]',
      counts: { phone: 1, name: 1 },
    });
  });
});
