import { describe, expect, it } from 'vitest';

import { PrivacyGate } from '../../src/privacy/gate.js';
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
      ['social', 'other', null, null, '2025-03-04T05:00:00.000Z'],
      ['social', 'other', null, null, '2025-03-04T05:00:00.000Z'],
      ['social', 'other', null, null, '2025-03-04T05:00:00.000Z'],
    ]);
  });
});
