/**
 * Builds the demo corpus in examples/demo-corpus/ from real public text: RuSentNE news sentences
 * packed as news feeds and KazSAnDRA reviews packed as social posts, in the file formats tyndau
 * imports. Run once by a maintainer when the corpus should change; neither the demo nor the tests
 * run it, and it needs the corpora in ../shared/data (or --data DIR).
 *
 *   npx tsc -p examples/tsconfig.json && node dist/examples/build-demo-corpus.js [--data DIR]
 *
 * The output is the same byte for byte on every run: the sampling and the made-up dates come
 * from one seeded generator. examples/README.md explains the choices; the figures it quotes are
 * in demo-corpus-manifest.json, written here.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

import { loadProject } from '../src/project/load-project.js';
import { packageRoot } from '../src/package-root.js';
import { atomFeed } from './corpus-builder/atom-feed.js';
import {
  DateAssigner,
  WINDOW_DAYS,
  WINDOW_END,
  WINDOW_START,
} from './corpus-builder/assign-dates.js';
import type { CorpusText } from './corpus-builder/corpus-text.js';
import { personaNumber, type DemoRecord } from './corpus-builder/demo-record.js';
import { sampleOutlet } from './corpus-builder/feed-outlet.js';
import { jsonFeed } from './corpus-builder/json-feed.js';
import {
  fileCounts,
  importCorpusFile,
  subjectCounts,
  type FileCounts,
} from './corpus-builder/measure-corpus.js';
import type { PackedRecords } from './corpus-builder/packed-records.js';
import { SeededRandom } from './corpus-builder/random.js';
import {
  KAZSANDRA_FILE,
  RUSENTNE_FILE,
  readKazSAnDRA,
  readRuSentNe,
} from './corpus-builder/read-corpora.js';
import { jsonlRecords, semicolonCsv } from './corpus-builder/record-files.js';
import { rssFeed } from './corpus-builder/rss-feed.js';
import { selectTexts, type Selection } from './corpus-builder/select-texts.js';
import { telegramExport } from './corpus-builder/telegram-export.js';
import { vkWallPages } from './corpus-builder/vk-wall-pages.js';
import { youtubeCommentThreadPages } from './corpus-builder/youtube-comment-threads.js';

const SEED = 20_251_130;
/** Share of records left undated in the formats where real files often lack dates. */
const UNDATED_SHARE = 0.12;
/** People posting in the demo: placeholders numbered 0001–0300, so that some post often. */
const PERSONAS = 300;

interface FilePlan {
  readonly path: string;
  readonly corpus: 'news' | 'social';
  readonly count: number;
  readonly undatedShare: number;
  readonly description: string;
  readonly pack: (records: DemoRecord[], random: SeededRandom) => PackedRecords;
}

const PLANS: readonly FilePlan[] = [
  {
    path: 'rusentne-sample-feed-1.rss.xml',
    corpus: 'news',
    count: 400,
    undatedShare: UNDATED_SHARE,
    description: 'RSS 2.0, UTF-8, headlines only (the sentence is the <title>)',
    pack: (records) => rssFeed(sampleOutlet(1), records, { encoding: 'utf-8', textIn: 'title' }),
  },
  {
    path: 'rusentne-sample-feed-2.windows-1251.rss.xml',
    corpus: 'news',
    count: 400,
    undatedShare: 0,
    description: 'RSS 2.0 in windows-1251, declared in the XML prolog; text in <description>',
    pack: (records) =>
      rssFeed(sampleOutlet(2), records, { encoding: 'windows-1251', textIn: 'description' }),
  },
  {
    path: 'rusentne-sample-feed-3.atom.xml',
    corpus: 'news',
    count: 400,
    undatedShare: 0,
    description: 'Atom 1.0, headlines only',
    pack: (records) => atomFeed(sampleOutlet(3), records),
  },
  {
    path: 'rusentne-sample-feed-4.feed.json',
    corpus: 'news',
    count: 400,
    undatedShare: UNDATED_SHARE,
    description: 'JSON Feed 1.1, text in content_text',
    pack: (records) => jsonFeed(sampleOutlet(4), records),
  },
  {
    path: 'telegram-export/result.json',
    corpus: 'social',
    count: 600,
    undatedShare: 0,
    description: 'Telegram Desktop export of a public group: replies and three service messages',
    pack: (records, random) =>
      telegramExport(
        records,
        { chatName: 'KazSAnDRA sample chat (synthetic)', replyShare: 0.1, serviceMessages: 3 },
        random,
      ),
  },
  {
    path: 'youtube-comment-threads.json',
    corpus: 'social',
    count: 450,
    undatedShare: 0,
    description: 'YouTube Data API v3 commentThreads pages of one video, with replies',
    pack: (records, random) =>
      youtubeCommentThreadPages(
        records,
        { videoId: 'synthDemo01', threadsPerPage: 100, replyShare: 0.2 },
        random,
      ),
  },
  {
    path: 'vk-wall-get.json',
    corpus: 'social',
    count: 450,
    undatedShare: 0,
    description: 'VK API wall.get pages of a community wall; 12 reposts by another community',
    pack: (records, random) =>
      vkWallPages(records, { postsPerPage: 100, reposts: 12, latest: WINDOW_END }, random),
  },
  {
    path: 'kazsandra-reviews.jsonl',
    corpus: 'social',
    count: 450,
    undatedShare: UNDATED_SHARE,
    description: 'JSON Lines, one review a line',
    pack: (records) => jsonlRecords(records, 'reviews-jsonl'),
  },
  {
    path: 'kazsandra-reviews.csv',
    corpus: 'social',
    count: 450,
    undatedShare: UNDATED_SHARE,
    description: 'CSV as Excel saves it: UTF-8 with BOM, semicolons, CRLF, day-first local times',
    pack: (records) => semicolonCsv(records, 'reviews-csv'),
  },
];

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

function total(corpus: FilePlan['corpus']): number {
  return PLANS.filter((plan) => plan.corpus === corpus).reduce((sum, plan) => sum + plan.count, 0);
}

async function main(): Promise<void> {
  const dataDir = argument('data', join(packageRoot(), '..', 'shared', 'data'));
  const examplesDir = join(packageRoot(), 'examples');
  const corpusDir = join(examplesDir, 'demo-corpus');
  const random = new SeededRandom(SEED);

  const news = selectTexts(
    readRuSentNe(dataDir),
    { count: total('news'), admits: () => true, fillsUp: () => true },
    random,
  );
  // App reviews are taken only when they touch city services (eGov, transport cards, schools);
  // 2GIS place reviews (clinics, parks, schools, offices) also fill up the rest.
  const social = selectTexts(
    readKazSAnDRA(dataDir),
    {
      count: total('social'),
      admits: (text) => text.domain === 'mapping' || text.domain === 'appstore',
      fillsUp: (text) => text.domain === 'mapping',
    },
    random,
  );

  const dates = new DateAssigner(random);
  const queues: Record<FilePlan['corpus'], CorpusText[]> = {
    news: [...news.texts],
    social: [...social.texts],
  };
  const provenance = ['file\trecord\tcorpus\tupstream_file\tupstream_id\tdomain'];
  const written: { plan: FilePlan; expectedPosts: number; undated: number; bytes: number }[] = [];

  for (const plan of PLANS) {
    const records = queues[plan.corpus].splice(0, plan.count).map((source, index): DemoRecord => ({
      id: String(index + 1).padStart(4, '0'),
      source,
      date: dates.next(plan.undatedShare),
      persona: personaNumber(1 + random.below(PERSONAS)),
    }));
    const packed = plan.pack(records, random);

    const path = join(corpusDir, plan.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, packed.content);
    records.forEach((record, index) => {
      const { corpus, upstreamFile, upstreamId, domain } = record.source;
      provenance.push(
        [plan.path, packed.recordIds[index], corpus, upstreamFile, upstreamId, domain ?? ''].join(
          '\t',
        ),
      );
    });
    written.push({
      plan,
      expectedPosts: records.length + packed.extraPosts,
      undated: records.filter((record) => record.date === undefined).length,
      bytes: statSync(path).size,
    });
  }
  writeFileSync(join(examplesDir, 'demo-corpus-provenance.tsv'), provenance.join('\n') + '\n');

  // Read everything back with tyndau's own importers: the counts below are what the demo sees.
  const project = await loadProject(join(examplesDir, 'almaty', 'tyndau.yaml'), {
    TYNDAU_SECRET: randomBytes(32).toString('base64url'),
  });
  const batches = [];
  const files: (FileCounts & { path: string; description: string; bytes: number })[] = [];
  for (const { plan, expectedPosts, undated, bytes } of written) {
    const batch = await importCorpusFile(join(corpusDir, plan.path), project.timezone);
    const counts = fileCounts(batch);
    if (counts.posts !== expectedPosts || counts.undated !== undated || counts.skipped !== 0) {
      throw new Error(
        `demo corpus: ${plan.path} reads back as ${counts.posts} posts (${counts.undated} undated, ` +
          `${counts.skipped} skipped); written were ${expectedPosts} (${undated} undated)`,
      );
    }
    batches.push(batch);
    files.push({ path: plan.path, description: plan.description, bytes, ...counts });
  }

  const manifest = {
    builtBy: 'examples/build-demo-corpus.ts',
    seed: SEED,
    dateWindow: {
      from: WINDOW_START.toISOString(),
      to: WINDOW_END.toISOString(),
      days: WINDOW_DAYS,
      timezone: 'Asia/Almaty',
    },
    sources: {
      RuSentNE: { file: RUSENTNE_FILE, texts: news.texts.length, selected: news.byReason },
      KazSAnDRA: {
        file: KAZSANDRA_FILE,
        texts: social.texts.length,
        selected: social.byReason,
        domains: domainCounts(social),
      },
    },
    files,
    totals: {
      posts: files.reduce((sum, file) => sum + file.posts, 0),
      undated: files.reduce((sum, file) => sum + file.undated, 0),
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    },
    subjectMentions: await subjectCounts(batches, project),
  };
  writeFileSync(
    join(examplesDir, 'demo-corpus-manifest.json'),
    JSON.stringify(manifest, null, 2) + '\n',
  );

  process.stdout.write(
    `demo corpus: ${manifest.totals.posts} posts (${manifest.totals.undated} undated) in ${files.length} files, ` +
      `${(manifest.totals.bytes / 1_048_576).toFixed(2)} MiB, in ${relative(process.cwd(), corpusDir)}\n`,
  );
  for (const [subjectId, counts] of Object.entries(manifest.subjectMentions)) {
    process.stdout.write(`  ${subjectId}: ${counts.posts} posts, ${counts.mentions} mentions\n`);
  }
}

function domainCounts(selection: Selection): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const text of selection.texts)
    counts[text.domain ?? ''] = (counts[text.domain ?? ''] ?? 0) + 1;
  return counts;
}

await main();
