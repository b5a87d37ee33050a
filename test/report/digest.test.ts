import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DIGEST_LABELS } from '../../src/report/digest-labels.js';
import { writeDigest } from '../../src/report/write-digest.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { ReportLanguage } from '../../src/project/project.js';
import { hostileWeek, WEEK } from './hostile-week.js';
import { makeProject } from './make-project.js';

let folder: string;
let store: SqliteStore;
const digests = new Map<ReportLanguage, { markdown: string; html: string }>();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-digest-'));
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(hostileWeek());
  for (const language of ['ru', 'kk', 'en'] as const) {
    const outDir = join(folder, language);
    const files = await writeDigest({ store, project: makeProject('ru'), ...WEEK, outDir, language });
    digests.set(language, { markdown: readFileSync(files.markdownPath, 'utf8'), html: readFileSync(files.htmlPath, 'utf8') });
  }
});

afterAll(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

function digest(language: ReportLanguage): { markdown: string; html: string } {
  return digests.get(language)!;
}

describe('weekly digest', () => {
  it.each(['ru', 'kk', 'en'] as const)('has every section heading in %s, in both files', (language) => {
    const { markdown, html } = digest(language);
    const headings = Object.values(DIGEST_LABELS[language].sections);

    expect(headings).toHaveLength(12);
    for (const heading of headings) {
      expect(markdown).toContain(`## ${heading}\n`);
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    expect(html).toContain(`<html lang="${language}">`);
  });

  it('uses the taxonomy labels of the digest language', () => {
    expect(digest('ru').html).toContain('Общественный транспорт');
    expect(digest('kk').html).toContain('Қоғамдық көлік');
    expect(digest('en').html).toContain('Public transport');
    expect(digest('en').html).toContain('Auezov District');
  });

  it('escapes script tags and markup from post text in the HTML', () => {
    const { html } = digest('en');

    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; Яма на [Толе би](javascript:alert(1))');
    expect(html).not.toContain('href="javascript:');
  });

  it('keeps post text from adding links, emphasis, cells or HTML in the Markdown', () => {
    const { markdown } = digest('en');

    expect(markdown).toContain(
      '> \\<script>alert("xss")\\</script> Яма на \\[Толе би\\](javascript:alert(1)) \\| \\*\\*срочно\\*\\*',
    );
    expect(markdown).not.toMatch(/(^|[^\\])<script/);
  });

  it('links news articles only by plain http(s) URLs', () => {
    const { html, markdown } = digest('en');

    expect(html).toContain('<a href="https://vlast.kz/transport/');
    expect(html).not.toContain('javascript:alert(document.cookie)');
    expect(markdown).not.toContain('javascript:alert(document.cookie)');
  });

  it('is self-contained: no scripts, no external styles, images or fonts, and a policy that forbids them', () => {
    const { html } = digest('ru');

    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<(script|link|iframe|img|object|embed)\b/i);
    expect(html).not.toMatch(/\bsrc=|@import|url\(/i);
    expect(html.match(/<svg\b/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('leaves out groups under the minimum size: the 9-post issue and the 3-article outlet', () => {
    const { html, markdown } = digest('en');
    const outlets = markdown.slice(markdown.indexOf('## News outlets'), markdown.indexOf('## Districts'));

    expect(html).not.toContain('Outages');
    expect(markdown).not.toContain('Outages');
    // Vlast.kz goes with it: the 13 news articles of the summary minus its 10 were the other 3.
    expect(outlets).toBe('## News outlets\n\n| Outlet | Articles |\n| --- | --- |\n| Other (2) | 13 |\n\n');
    expect(markdown).toContain('Not shown, with fewer than 10 posts each: 1 more.');
    expect(markdown).toContain('| 2024-11-11 | <10 | 0 |');
  });

  // The demo digest said "474 оригинальных публикаций и 1 репостов" above a day table and a
  // platform table that both showed the same repost as <10. Counts now follow their name, so
  // that 1, 3 and 34 all read right ("1 original posts", "34 оригинальных публикаций" did not).
  it.each([
    ['ru', 'Оригинальных публикаций: 34, репостов: <10; с новостных сайтов: 13, из социальных сетей: 21.'],
    ['kk', '34 түпнұсқа жарияланым және <10 репост; 13 жаңалық сайттарынан, 21 әлеуметтік желілерден.'],
    ['en', 'Original posts: 34; reposts: <10; from news sites: 13, from social platforms: 21.'],
  ] as const)('hides a small repost count in the %s summary, as its tables do', (language, summary) => {
    const { markdown, html } = digest(language);

    expect(markdown).toContain(summary);
    expect(html).not.toMatch(/\b2 (reposts|репостов|репост)\b/);
  });

  it('shows the issue ranking with change against the previous period', () => {
    const { markdown } = digest('en');

    expect(markdown).toContain('| Public transport | 13 | 38% | 20 | −7 | −35% | significant: share fell (p < 0.001) |');
    // The previous count is hidden, and so is the exact p-value that would give it away.
    expect(markdown).toContain('| Roads and traffic | 12 | 35% | <10 | — | — | not significant |');
  });

  it('states sample sizes, the suppression rule and the share of first-seen dates in the methodology', () => {
    const { markdown } = digest('en');
    const methodology = markdown.slice(markdown.indexOf('## Methodology'));

    expect(methodology).toContain('Sample: original posts 34, reposts <10 (news articles 13, social posts and comments 21); ' +
      'original posts in the previous period of equal length (2024-11-04 to 2024-11-10): 24.');
    expect(methodology).toContain('with fewer than 10 posts are not shown on their own');
    // 3 undated posts is a small count, and 36 beside 34 originals would give away the 2 reposts;
    // a share beside the hidden count (8 % of 36) would give the 3 away.
    expect(methodology).toContain('Posts without a date in their source: <10 of 34+; they are counted');
    expect(methodology).not.toMatch(/\b36\b/);
  });

  it('reads the models’ measured accuracy from the shipped model cards', () => {
    const { markdown } = digest('en');

    expect(markdown).toMatch(/\| Sentiment of a post \| KazSAnDRA polarity test \| 16,797 \| macro-F1 \(positive and negative\) 0\.746/);
    expect(markdown).toMatch(/\| Sentiment toward a subject \| RuSentNE-2023 validation \| 2,845 \| macro-F1 0\.\d+; macro-F1 \(positive and negative\) 0\.49/);
    expect(markdown).toMatch(/\| Language identification \| NTREX-128 test, Kazakh sentences \| 944 \| accuracy 0\.99\d* \|/);
    expect(markdown).toMatch(/\| Subject mentions \| RuSentNE-2023 validation, persons in inflected forms \| 251 \| precision 0\.9\d*; recall 0\.9\d*; F1 0\.9\d* \|/);
    // A card's comparisons of one part of a model tried alone are for its authors, not the digest.
    expect(markdown).not.toMatch(/targetModelAlone|overallModelOnClauseAlone|\| shipped \|/);
  });

  it('says "not measured" for every stage when no model card has figures', async () => {
    const cards = join(folder, 'cards');
    const outDir = join(folder, 'no-cards');
    await import('node:fs/promises').then((fs) => fs.mkdir(cards, { recursive: true }));
    writeFileSync(join(cards, 'broken.json'), '{ not json');
    writeFileSync(join(cards, 'language.json'), JSON.stringify({ stage: 'language', evaluation: { test: { 'kaz-ru-tweets': { examples: 500, accuracy: 0.91 } } } }));

    const files = await writeDigest({ store, project: makeProject('en'), ...WEEK, outDir, modelsFolder: cards });
    const markdown = readFileSync(files.markdownPath, 'utf8');

    expect(markdown).toContain('| Language identification | kaz-ru-tweets | 500 | accuracy 0.91 |');
    expect(markdown).toContain('| Sentiment of a post | — | — | not measured |');
    expect(markdown).toContain('| Sentiment toward a subject | — | — | not measured |');
  });

  it('says so when the period has no posts', async () => {
    const outDir = join(folder, 'empty');
    const files = await writeDigest({ store, project: makeProject('en'), from: '2023-01-01', to: '2023-01-07', outDir });
    const markdown = readFileSync(files.markdownPath, 'utf8');

    expect(markdown).toContain('## Summary\n\nNo posts in this period.');
    expect(markdown).toContain('Not enough posts to show (fewer than 10).');
    // A table with no group at all says so, not "fewer than 10", which a reader takes for a few.
    expect(markdown).toContain('## Districts\n\nNo such posts in this period.\n');
    expect(markdown).toContain('## News outlets\n\nNo such posts in this period.\n');
  });

  it('refuses a period written the wrong way round', async () => {
    await expect(writeDigest({ store, project: makeProject('en'), from: '2024-11-17', to: '2024-11-11', outDir: folder }))
      .rejects.toThrow('insight: period: from 2024-11-17 is after to 2024-11-11; swap them');
  });
});
