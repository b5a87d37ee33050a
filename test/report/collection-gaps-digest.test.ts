import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { localMidnight, periodCollection } from '../../src/insight/collection-outages.js';
import type { Project, ReportLanguage, Source } from '../../src/project/project.js';
import { writeDigest } from '../../src/report/write-digest.js';
import { LocalDayCalendar } from '../../src/store/local-day.js';
import { SqliteCollectionLedger } from '../../src/store/sqlite/sqlite-collection-ledger.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { hostileWeek, WEEK } from './hostile-week.js';
import { loadLedgerFixture } from './ledger-fixture.js';
import { makeProject } from './make-project.js';

const FILES: Source = { id: 'exports', kind: 'files', location: 'exports/*.jsonl', intervalMinutes: 60 };

let folder: string;
let store: SqliteStore;
let liveSources: Source[];
let now: Date;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-gaps-digest-'));
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(hostileWeek());
  ({ sources: liveSources, now } = loadLedgerFixture('three-sources-down.json', new SqliteCollectionLedger(store)));
});

afterAll(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

async function digestOf(project: Project, language: ReportLanguage, name: string): Promise<{ markdown: string; html: string }> {
  const files = await writeDigest({ store, project, ...WEEK, outDir: join(folder, name), language, now });
  return { markdown: readFileSync(files.markdownPath, 'utf8'), html: readFileSync(files.htmlPath, 'utf8') };
}

function withSources(sources: readonly Source[]): Project {
  return { ...makeProject('en'), sources };
}

/** The shaded stretches of the posts-per-day chart, as [left, right] x coordinates. */
function shadedColumns(html: string): [number, number][] {
  return [...html.matchAll(/<polygon points="([^"]+)" fill="rgb\(230,126,34\)"/g)].map((match) => {
    const xs = match[1]!.split(' ').filter((_, index) => index % 2 === 0).map(Number);
    return [Math.min(...xs), Math.max(...xs)];
  });
}

describe('collection gaps in the weekly digest', () => {
  it('lists each outage of the period with its source, span, length and failed runs', async () => {
    const { markdown } = await digestOf(withSources([...liveSources, FILES]), 'en', 'gaps-en');

    expect(markdown).toContain([
      '### Collection gaps',
      '',
      '| Source | Platform | Down from | Until | Duration | Failed runs |',
      '| --- | --- | --- | --- | --- | --- |',
      '| news | News sites | 2024-11-17 18:00 | 2024-11-18 00:00 (still down) | 6 h | 0 (collector stopped) |',
      '| chat | Telegram | 2024-11-13 10:00 | 2024-11-14 16:00 | 1 d 6 h | 29 |',
      '| wall | VK | 2024-11-11 00:00 (began earlier) | 2024-11-11 03:00 | 3 h | 3 |',
    ].join('\n'));
  });

  it('says in the summary how many sources were down and for how long at most', async () => {
    const { markdown } = await digestOf(withSources(liveSources), 'en', 'summary-en');
    const summary = markdown.slice(markdown.indexOf('## Summary'), markdown.indexOf('## Posts per day'));

    expect(summary).toContain(
      'Collection was incomplete: 3 of 3 live sources were down (longest 1 d 6 h); ' +
      'counts for the days shaded on the posts-per-day chart are too low.',
    );
  });

  it('shades the outages on the posts-per-day chart, parts of days included', async () => {
    const { html } = await digestOf(withSources(liveSources), 'en', 'chart-en');
    // The chart's plot area runs from x = 48 to x = 704: 656 pixels for 7 days.
    const x = (days: number): number => Math.round((48 + (656 / 7) * days) * 10) / 10;
    const rounded = shadedColumns(html).map(([left, right]) => [Math.round(left * 10) / 10, Math.round(right * 10) / 10]);

    // 00:00–03:00 on day 0; 10:00 on day 2 to 16:00 on day 3; 18:00 on day 6 to the end.
    expect(rounded).toEqual([
      [x(0), x(3 / 24 + 2 / 86_400)],
      [x(2 + 10 / 24 + 2 / 86_400), x(3 + 16 / 24 + 2 / 86_400)],
      [x(6 + 18 / 24 + 2 / 86_400), x(7)],
    ]);
    expect(html).toContain('>Collection gap</text>');
  });

  it('writes the gaps in Russian and Kazakh too', async () => {
    const russian = await digestOf(withSources(liveSources), 'ru', 'gaps-ru');
    const kazakh = await digestOf(withSources(liveSources), 'kk', 'gaps-kk');

    expect(russian.markdown).toContain('| chat | Telegram | 2024-11-13 10:00 | 2024-11-14 16:00 | 1 дн. 6 ч | 29 |');
    expect(russian.markdown).toContain('не работали 3 из 3 живых источников (дольше всего — 1 дн. 6 ч)');
    expect(kazakh.markdown).toContain('| wall | ВКонтакте | 2024-11-11 00:00 (кезеңнен бұрын) | 2024-11-11 03:00 | 3 сағ | 3 |');
    expect(kazakh.html).toContain('<h3>Жинаудағы үзілістер</h3>');
  });

  it('says that every source was collected when none was down in the period', async () => {
    const quietWeek = { from: '2024-11-04', to: '2024-11-10' };
    const files = await writeDigest({
      store, project: withSources(liveSources), ...quietWeek, outDir: join(folder, 'quiet'), language: 'en', now,
    });
    const markdown = readFileSync(files.markdownPath, 'utf8');
    const html = readFileSync(files.htmlPath, 'utf8');

    // The wall's failures begin at 23:00 on the 10th: within its allowed wait when the week ends.
    expect(markdown).toContain('All 3 live sources were collected without gaps.');
    expect(markdown).not.toContain('Collection was incomplete');
    expect(shadedColumns(html)).toEqual([]);
  });

  it('counts only sources that had run by the end of the period', async () => {
    const neverStarted: Source = { id: 'mayor-channel', kind: 'telegram', location: 'mayor', intervalMinutes: 30 };
    const { markdown } = await digestOf(withSources([...liveSources, neverStarted]), 'en', 'never-started');

    expect(markdown).toContain('3 of 3 live sources were down');
    expect(markdown).not.toContain('mayor-channel');
  });

  it('leaves gaps out of the digest of a project whose live sources never ran', async () => {
    const neverStarted: Source = { id: 'mayor-channel', kind: 'telegram', location: 'mayor', intervalMinutes: 30 };
    const { markdown } = await digestOf(withSources([neverStarted, FILES]), 'en', 'none-started');

    expect(markdown).not.toMatch(/Collection gaps|live sources|Collection was incomplete/);
  });

  it('leaves gaps out of the digest of a project that only imports files', async () => {
    const { markdown, html } = await digestOf(withSources([FILES]), 'en', 'files-only');

    expect(markdown).not.toMatch(/Collection gaps|live sources|Collection was incomplete/);
    expect(html).not.toContain('Collection gap');
    expect(shadedColumns(html)).toEqual([]);
    expect(markdown).toContain('## Posts per day');
  });
});

describe('period collection', () => {
  it('ends a period that reaches past now at now, so an ongoing wait is not yet a gap', () => {
    const ledger = new SqliteCollectionLedger(store);
    const midweek = new Date('2024-11-13T11:30:00+05:00');
    const collection = periodCollection(ledger, liveSources, WEEK, 'Asia/Almaty', midweek);

    // Chat's last success was at 10:00:02, 1.5 hours before: within 2 intervals and 10 minutes.
    expect(collection.outages.map((outage) => outage.sourceId)).toEqual(['wall']);
  });

  it('finds local midnight in the project zone, also on a day a clock change shortens', () => {
    expect(localMidnight(new LocalDayCalendar('Asia/Almaty'), '2024-11-11').toISOString()).toBe('2024-11-10T19:00:00.000Z');
    expect(localMidnight(new LocalDayCalendar('Europe/Berlin'), '2025-03-31').toISOString()).toBe('2025-03-30T22:00:00.000Z');
    expect(localMidnight(new LocalDayCalendar('Asia/Kathmandu'), '2025-01-01').toISOString()).toBe('2024-12-31T18:15:00.000Z');
  });
});
