import { describe, expect, it } from 'vitest';

import { PrivacyGate } from '../../src/privacy/gate.js';
import { IMPORT_TIME, importFixture } from './fixture.js';

// A listening export's platform column spelt 'Tik Tok', 'X (Twitter)', 'www.instagram.com' or
// 'Инстаграмм': those posts were stored on 'other'.
describe('a platform column naming Instagram, Facebook, TikTok or X as people spell it', () => {
  it('names that platform; VK, Telegram and YouTube keep their exact names, and their keys', async () => {
    const batch = await importFixture('csv-listening-export-platform-spellings.csv');
    const gate = new PrivacyGate({ secret: 'platform-spellings-test', subjects: [] });
    const posts = batch.posts.map((raw) => gate.admit(raw, IMPORT_TIME));

    expect(posts.map((post) => post.platform)).toEqual([
      'tiktok', 'tiktok', 'x', 'x', 'instagram', 'facebook', 'instagram', 'instagram', 'other', 'other',
    ]);
    expect(JSON.stringify(posts)).not.toContain('zzcanary');
  });

  it('keys each post as it was when its platform was "other", so a second import stores nothing new', async () => {
    const batch = await importFixture('csv-listening-export-platform-spellings.csv');
    const gate = new PrivacyGate({ secret: 'platform-spellings-test', subjects: [] });

    for (const raw of batch.posts) {
      expect(gate.admit(raw, IMPORT_TIME).id).toBe(gate.admit({ ...raw, platform: 'other' }, IMPORT_TIME).id);
    }
  });
});
