import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { platformOfLink } from '../../src/collect/platform-of-link.js';

const links = JSON.parse(readFileSync(new URL('../fixtures/collect/platform-links.json', import.meta.url), 'utf8')) as {
  named: [string, string][];
  unnamed: string[];
};

describe('platformOfLink', () => {
  it.each(links.named)('names the platform of %s as exports copy it', (link, platform) => {
    expect(platformOfLink(link)).toBe(platform);
  });

  it.each(links.unnamed)('leaves %s unnamed (Telegram, VK and YouTube keep their keys)', (link) => {
    expect(platformOfLink(link)).toBeUndefined();
  });
});
