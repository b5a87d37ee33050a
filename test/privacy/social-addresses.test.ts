import { describe, expect, it } from 'vitest';

import { PrivacyGate } from '../../src/privacy/gate.js';
import { parseQuery } from '../../src/query/parser.js';
import { IMPORT_TIME, importFixture } from '../collect/fixture.js';

// A listening export's rows at Instagram, Facebook and Twitter addresses, with a "СМИ" column
// and no platform tyndau knows, were read as news articles: they kept the address of the
// person's profile or post and the exact minute, and search showed the link beside the text.
describe('a post at a social platform\'s address', () => {
  it('is a social post, whatever its source called it: no address, no outlet, the hour only', async () => {
    const batch = await importFixture('csv-articles-at-social-platform-addresses.csv');
    const gate = new PrivacyGate({ secret: 'social-addresses-test', subjects: [] });
    const posts = batch.posts.map((raw) => gate.admit(raw, IMPORT_TIME));

    expect(posts.map((post) => [post.kind, post.platform, post.outlet, post.url, post.publishedAt.toISOString()])).toEqual([
      ['article', 'news', 'Tengrinews.kz', 'https://tengrinews.kz/kazakhstan_news/avtobus-92-123456/', '2025-03-04T05:17:00.000Z'],
      ['social', 'instagram', null, null, '2025-03-04T05:00:00.000Z'],
      ['social', 'facebook', null, null, '2025-03-04T05:00:00.000Z'],
      ['social', 'x', null, null, '2025-03-04T05:00:00.000Z'],
    ]);
  });

  // Instagram, Facebook, TikTok and X were stored on "other" before tyndau named them: the same
  // file imported again must still find its posts.
  it('is keyed as it was when its platform was "other"', async () => {
    const batch = await importFixture('csv-articles-at-social-platform-addresses.csv');
    const gate = new PrivacyGate({ secret: 'social-addresses-test', subjects: [] });
    const [, instagram] = batch.posts;

    expect(gate.admit(instagram!, IMPORT_TIME).id).toBe(gate.admit({ ...instagram!, platform: 'other' }, IMPORT_TIME).id);
  });

  it('is that platform\'s post when an export names Instagram, TikTok, Twitter, X or Facebook, and can be searched by it', async () => {
    const batch = await importFixture('csv-listening-export-named-social-platforms.csv');
    const gate = new PrivacyGate({ secret: 'social-addresses-test', subjects: [] });
    const posts = batch.posts.map((raw) => gate.admit(raw, IMPORT_TIME));

    expect(posts.map((post) => [post.kind, post.platform])).toEqual([
      ['social', 'instagram'], ['social', 'tiktok'], ['social', 'x'], ['social', 'x'], ['social', 'facebook'],
      ['social', 'other'],
    ]);
    expect(JSON.stringify(posts)).not.toContain('zzcanary');
    expect(parseQuery('platform:twitter').root).toMatchObject({ filter: { field: 'platform', platform: 'x' } });
    expect(parseQuery('platform:IG').root).toMatchObject({ filter: { field: 'platform', platform: 'instagram' } });
    expect(parseQuery('platform:tiktok OR platform:instagram').root).toMatchObject({
      type: 'or',
      children: [{ filter: { field: 'platform', platform: 'tiktok' } }, { filter: { field: 'platform', platform: 'instagram' } }],
    });
  });
});
