import { describe, expect, it } from 'vitest';

import { importFixture } from './fixture.js';

describe('a row whose link is at another platform than its source column says', () => {
  // A listening export's row said vk.com in its source column and linked instagram.com/p/…: it
  // was stored as a VK post, though a post at a platform's address is that platform's.
  it('is the platform of its link; a link to no platform leaves the column\'s', async () => {
    const batch = await importFixture('csv-source-vk-link-elsewhere.csv');

    expect(batch.posts.map((post) => [post.location.line, post.kind, post.platform])).toEqual([
      [2, 'social', 'instagram'],
      [3, 'social', 'vk'],
      [4, 'social', 'youtube'],
      [5, 'social', 'facebook'],
      [6, 'social', 'vk'],
    ]);
    expect(JSON.stringify(batch.posts)).not.toContain('zzcanary');
  });
});
