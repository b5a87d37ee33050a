import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { decodeBytes } from '../../src/collect/encoding/decode-bytes.js';
import { fixture, importFixture } from './fixture.js';

/**
 * Every fixture carries its identity-bearing fields (author names, handles, profile URLs, user
 * ids, bylines) with a unique `zzcanary-…` value. None may reach a RawPost, a skip reason or a
 * note. VK's numeric ids (`from_id`, `signer_id`, `created_by`, the profiles block) and the
 * Telegram user id of a mentioned person are canaries too.
 */
const CANARY = /zzcanary-[\w-]+/g;
const NUMERIC_CANARIES = [
  '99001122',
  ...Array.from({ length: 8 }, (_, index) => String(990011223 + index)),
];

// Plain text of posts alone (`text-posts-…`) has no author to drop, and the XXE target file is read
// only through an entity in another fixture: imported itself, its text is a post's.
const NOT_IMPORTABLE = /^(html-|json-unknown|text-posts-|xxe-)/;
const FIXTURE_DIR = dirname(fixture('x'));
const FIXTURES = readdirSync(FIXTURE_DIR).filter(
  (name) => statSync(join(FIXTURE_DIR, name)).isFile() && !NOT_IMPORTABLE.test(name),
);

function canariesIn(name: string): string[] {
  const text = decodeBytes(readFileSync(fixture(name))).text;
  return [...new Set(text.match(CANARY) ?? [])];
}

describe('identity-bearing fields are dropped while parsing', () => {
  it('every importable fixture carries canaries', () => {
    const without = FIXTURES.filter((name) => canariesIn(name).length === 0);
    expect(without).toEqual([]);
  });

  for (const name of FIXTURES) {
    it(`no canary of ${name} reaches the import result`, async () => {
      let output: string;
      try {
        output = JSON.stringify(await importFixture(name));
      } catch (error) {
        output = (error as Error).message;
      }
      const canaries = [...canariesIn(name), ...NUMERIC_CANARIES];
      const leaked = canaries.filter((canary) => output.includes(canary));
      expect(leaked).toEqual([]);
    });
  }

  it('covers author, handle, id and profile fields of every social format', () => {
    const fields = (name: string) => canariesIn(name).join(' ');
    const telegram = /tg-from-name.*tg-from-id.*tg-signature.*tg-mention-name/;
    const vk = /vk-first-name.*vk-last-name.*vk-screen-name.*vk-photo/;
    expect(fields('telegram-channel-result.json')).toMatch(telegram);
    expect(fields('youtube-comment-threads-page.json')).toMatch(/display.*avatar.*url.*channel-id/);
    expect(fields('vk-wall-get-repost.json')).toMatch(vk);
    expect(fields('rss-windows-1251-prolog.xml')).toMatch(/editor.*author.*dc-creator/);
    expect(fields('atom-kazakh-entries.xml')).toMatch(/atom-author-name.*atom-author-uri.*atom-author\b/);
  });
});
