import { describe, expect, it } from 'vitest';

import type { RawPost } from '../../src/collect/raw-post.js';
import { decodeRawPost, encodeRawPost } from '../../src/worker/raw-post-message.js';

const COLLECTED_AT = new Date('2024-11-20T12:00:00Z');

describe('raw posts on the queue', () => {
  it('carry only the fields of a raw post, even when the object handed over holds an author', () => {
    const raw = {
      kind: 'social', platform: 'telegram', nativeId: '4711', text: 'Автобус 92 опять не пришёл',
      publishedAt: new Date('2024-11-12T04:30:00Z'), location: { file: 'result.json', index: 3 },
      author: 'Иван Петров', from_id: 'user123456', username: '@ivan_p', avatar: 'https://t.me/i/userpic/1.jpg',
    } as unknown as RawPost;

    const message = JSON.parse(new TextDecoder().decode(encodeRawPost(raw, COLLECTED_AT))) as Record<string, unknown>;

    expect(Object.keys(message).sort()).toEqual(['collectedAt', 'kind', 'location', 'nativeId', 'platform', 'publishedAt', 'text']);
    expect(JSON.stringify(message)).not.toMatch(/Иван|user123456|ivan_p|userpic/);
  });

  it('come back as the same raw post and collection time', () => {
    const raw: RawPost = {
      kind: 'article', platform: 'news', nativeId: 'https://vlast.kz/a/1', title: 'Ремонт дорог',
      text: 'Ремонт дорог начнётся весной', outlet: 'Vlast.kz', url: 'https://vlast.kz/a/1',
      declaredLanguage: 'ru', location: { file: 'vlast.rss', line: 12 },
    };

    expect(decodeRawPost(encodeRawPost(raw, COLLECTED_AT))).toEqual({ raw, collectedAt: COLLECTED_AT });
  });

  it('name the field that makes a message unreadable', () => {
    const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    const good = { kind: 'social', platform: 'vk', nativeId: '1', text: 'x', location: { file: 'f' }, collectedAt: '2024-11-20T12:00:00Z' };

    expect(() => decodeRawPost(encode({ ...good, platform: 'myspace' }))).toThrow('queue message: platform "myspace" is unknown');
    expect(() => decodeRawPost(encode({ ...good, publishedAt: 'вчера' }))).toThrow('queue message: publishedAt is not an ISO time');
    expect(() => decodeRawPost(encode([good]))).toThrow('queue message: not a JSON object');
  });
});
