import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { wilsonInterval } from '../../src/insight/wilson-interval.js';
import { writeDigest } from '../../src/report/write-digest.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { agencyWeeks, AGENCY_WEEK } from '../store/agency-weeks.js';
import { makeProject } from './make-project.js';
import { markdownSection } from './markdown-section.js';

let folder: string;
let store: SqliteStore;
const digests = new Map<string, { markdown: string; html: string }>();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-weak-points-digest-'));
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(agencyWeeks());
  for (const language of ['ru', 'en'] as const) {
    const files = await writeDigest({ store, project: makeProject(language), ...AGENCY_WEEK, outDir: join(folder, language), language });
    digests.set(language, { markdown: readFileSync(files.markdownPath, 'utf8'), html: readFileSync(files.htmlPath, 'utf8') });
  }
});

afterAll(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

const section = markdownSection;

describe('the weak points section of the digest', () => {
  it('ranks the agencies in a table with negative share, interval, score and change', () => {
    const weak = section(digests.get('en')!.markdown, 'Weak points by agency');
    const low = Math.floor(202 * wilsonInterval(60, 202).low);

    expect(weak).toContain('| # | Agency | Posts | Negative, uncorrected (95% CI) | Negative posts, at least (95%) | Previous period |');
    expect(weak).toContain(`| 1 | Public Health Department | 202 | 30% (24%–36%) | ≥ ${low} | 150 | +35% |`);
    expect(weak).toContain('| 2 | Almaty Metro | 12 | 100% (76%–100%) | ≥ 9 | 0 | new |');
    expect(weak).toContain('1 more agency with fewer than 10 posts is not shown.');
  });

  it('details each agency: attribution, top issues and districts, responses and excerpts', () => {
    const weak = section(digests.get('en')!.markdown, 'Weak points by agency');

    // The 2 named are hidden; the map's 200 beside them too, or 202 − 200 would give them away.
    expect(weak).toContain('Attributed: by name <10; through the map in a district 0; through the map city-wide x.');
    expect(weak).toContain('Top issues: Healthcare (202; negative, uncorrected 30%). Districts: Auezov District (20).');
    expect(weak).toContain('Response signals: Healthcare: answered (articles from its own channel: 0, from the press: <10).');
    expect(weak).toContain('### Representative excerpts: Almaty Metro');
    expect(weak).toMatch(/> Метрополитен опять встал, поезд \d+\n>\n> — Telegram · 2024-11-13/);
  });

  it('is written in the digest language, in both files', () => {
    const { markdown, html } = digests.get('ru')!;
    // A body is masculine or neuter in Russian: the metro, new this week, was "новая" as an issue is.
    expect(markdown).toMatch(/\| 2 \| [^|]+ \| 12 \| [^|]+ \| [^|]+ \| 0 \| впервые \|/);
    expect(markdown).toContain('## Слабые места: ответственные органы\n');
    expect(html).toContain('<h2>Слабые места: ответственные органы</h2>');
    expect(html).toContain('Алматинский метрополитен');
  });

  it('writes the attribution rule, the ranking method and the response rule into the methodology', () => {
    const methodology = section(digests.get('en')!.markdown, 'Methodology');
    expect(methodology).toContain('Bodies are ranked by the lower end of the 95% interval for their number of negative posts');
    expect(methodology).toContain('A response signal: in the same period at least one article on the same issue');
  });
});
