import { describe, expect, it } from 'vitest';

import { importFixture, postFacts } from './fixture.js';

const comment = { platform: 'youtube', amplifies: undefined, path: undefined };

describe("Google Takeout's YouTube comments (comments.csv)", () => {
  it('reads the segments of an export made before mid-2024, and a text written plainly', async () => {
    const batch = await importFixture('csv-google-takeout-youtube-comments-wrapped-segments.csv');

    const thread = 'UgxTk1aB2cD3eF4gH5iJ6AaABAg';
    expect(postFacts(batch)).toEqual([
      { ...comment, id: thread, text: 'Дороги в Алматы ужасные, акимат ничего не делает',
        at: '2025-12-05T08:03:11.434Z', parent: 'vidAlmaty01', line: 2 },
      { ...comment, id: `${thread}.9zYxWvUtSrQ`, text: 'Согласна, особенно на Рыскулова',
        at: '2025-12-05T09:30:00.100Z', parent: thread, line: 3 },
      { ...comment, id: 'UgwLm9nO8pQ7rS6tU5vW4AaABAg', text: 'Старый экспорт: текст без сегментов',
        at: '2025-12-04T18:00:00.000Z', parent: 'vidAlmaty02', line: 4 },
    ]);
    expect(batch.skipped).toEqual([]);
  });

  it('reads the bare segments of a later export, a line break as a segment, an old-style id', async () => {
    const batch = await importFixture('csv-google-takeout-youtube-comments-bare-segments.csv');

    expect(postFacts(batch)).toEqual([
      { ...comment, id: 'UgiNMzGz_nAsjXfCoAEC',
        text: '> Когда уберут снег?\nВо дворах Алмалинского района так и не убрали',
        at: '2025-12-05T10:15:00.956Z', parent: 'vidAlmaty03', line: 2 },
      { ...comment, id: 'UgzR7sT6uV5wX4yZ3aB2AaABAg', text: '@aliya_almaty спасибо за видео',
        at: '2025-12-05T11:00:00.000Z', parent: 'vidAlmaty03', line: 3 },
    ]);
  });
});

describe("Google Takeout's YouTube live chat messages (live chats.csv)", () => {
  it('are read as comments on their stream', async () => {
    const batch = await importFixture('csv-google-takeout-youtube-live-chats.csv');

    expect(postFacts(batch)).toEqual([
      { ...comment, id: 'UgwsSD8yrDW7_h6F5vZ4AaABDqgB5OC1kgI', text: '"Ответьте про тарифы" когда снизят?',
        at: '2025-12-05T12:00:00.510Z', parent: 'liveAlmaty1', line: 2 },
    ]);
  });
});
