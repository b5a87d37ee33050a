/**
 * The bundled demo project and corpus, read as files. Records are counted straight from each
 * format's structure, independently of tyndau's importers (the builder already checks those
 * against what it wrote), so a broken or hand-edited corpus file shows here.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { packageRoot } from '../../src/package-root.js';
import { loadProject } from '../../src/project/load-project.js';

const EXAMPLES = join(packageRoot(), 'examples');
const CORPUS = join(EXAMPLES, 'demo-corpus');
const WINDOW_START = Date.parse('2025-10-06T00:00:00+05:00');
const WINDOW_END = Date.parse('2025-12-01T00:00:00+05:00');

interface ManifestFile {
  readonly path: string;
  readonly format: string;
  readonly posts: number;
  readonly undated: number;
  readonly bytes: number;
}

interface Manifest {
  readonly files: readonly ManifestFile[];
  readonly totals: { readonly posts: number; readonly undated: number; readonly bytes: number };
}

const manifest = JSON.parse(
  readFileSync(join(EXAMPLES, 'demo-corpus-manifest.json'), 'utf8'),
) as Manifest;

function read(path: string): string {
  return readFileSync(join(CORPUS, path), 'utf8');
}

function json<T>(path: string): T {
  return JSON.parse(read(path)) as T;
}

/** Posts and undated posts in each file, counted from the format's own structure. */
interface Counted {
  readonly posts: number;
  readonly undated: number;
  /** Every publication time given, in milliseconds. */
  readonly times: readonly number[];
}

function countXmlItems(xml: string, item: string, dateTag: string): Counted {
  const items = xml.split(`<${item}>`).slice(1);
  const times = items.flatMap((body) => {
    const date = new RegExp(`<${dateTag}>([^<]+)</${dateTag}>`).exec(body)?.[1];
    return date ? [Date.parse(date)] : [];
  });
  return { posts: items.length, undated: items.length - times.length, times };
}

type JsonFeed = { items: { date_published?: string }[] };
type TelegramExport = { messages: { type: string; date_unixtime: string }[] };
type YoutubeComment = { snippet: { publishedAt: string } };
type YoutubePage = {
  items: {
    snippet: { topLevelComment: YoutubeComment };
    replies?: { comments: YoutubeComment[] };
  }[];
};
type VkPage = {
  response: { items: { date: number; from_id: number; signer_id?: number; owner_id: number }[] };
};

const COUNTERS: Readonly<Record<string, () => Counted>> = {
  'rusentne-sample-feed-1.rss.xml': () =>
    countXmlItems(read('rusentne-sample-feed-1.rss.xml'), 'item', 'pubDate'),
  'rusentne-sample-feed-2.windows-1251.rss.xml': () =>
    countXmlItems(
      new TextDecoder('windows-1251').decode(
        readFileSync(join(CORPUS, 'rusentne-sample-feed-2.windows-1251.rss.xml')),
      ),
      'item',
      'pubDate',
    ),
  'rusentne-sample-feed-3.atom.xml': () =>
    countXmlItems(read('rusentne-sample-feed-3.atom.xml'), 'entry', 'updated'),
  'rusentne-sample-feed-4.feed.json': () => {
    const items = json<JsonFeed>('rusentne-sample-feed-4.feed.json').items;
    const times = items.flatMap((item) =>
      item.date_published ? [Date.parse(item.date_published)] : [],
    );
    return { posts: items.length, undated: items.length - times.length, times };
  },
  'telegram-export/result.json': () => {
    const messages = json<TelegramExport>('telegram-export/result.json').messages.filter(
      (message) => message.type === 'message',
    );
    return {
      posts: messages.length,
      undated: 0,
      times: messages.map((message) => Number(message.date_unixtime) * 1000),
    };
  },
  'youtube-comment-threads.json': () => {
    const comments = json<YoutubePage[]>('youtube-comment-threads.json').flatMap((page) =>
      page.items.flatMap((thread) => [
        thread.snippet.topLevelComment,
        ...(thread.replies?.comments ?? []),
      ]),
    );
    return {
      posts: comments.length,
      undated: 0,
      times: comments.map((comment) => Date.parse(comment.snippet.publishedAt)),
    };
  },
  'vk-wall-get.json': () => {
    const posts = json<VkPage[]>('vk-wall-get.json').flatMap((page) => page.response.items);
    return { posts: posts.length, undated: 0, times: posts.map((post) => post.date * 1000) };
  },
  'kazsandra-reviews.jsonl': () => {
    const records = read('kazsandra-reviews.jsonl')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { date?: string });
    const times = records.flatMap((record) => (record.date ? [Date.parse(record.date)] : []));
    return { posts: records.length, undated: records.length - times.length, times };
  },
  'kazsandra-reviews.csv': () => {
    const rows = parse(read('kazsandra-reviews.csv'), {
      bom: true,
      delimiter: ';',
      columns: true,
    }) as Record<string, string>[];
    const times = rows.flatMap((row) => {
      const match = /^(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d)$/.exec(row.date ?? '');
      return match
        ? [Date.parse(`${match[3]}-${match[2]}-${match[1]}T${match[4]}:${match[5]}:00+05:00`)]
        : [];
    });
    return { posts: rows.length, undated: rows.length - times.length, times };
  },
};

describe('the demo project', () => {
  it('loads, with its secret from the environment', async () => {
    const project = await loadProject(join(EXAMPLES, 'almaty', 'tyndau.yaml'), {
      TYNDAU_SECRET: 'demo-test-secret-0123456789',
    });

    expect(project.subjects.map((subject) => subject.id)).toEqual([
      'mayor',
      'akimat',
      'government',
      'police',
      'public-service-centres',
    ]);
    expect(project.privacy.secret).toBe('demo-test-secret-0123456789');
    expect(project.districts).toHaveLength(8);
  });

  it('has one source per corpus file, each of which exists', async () => {
    const project = await loadProject(join(EXAMPLES, 'almaty', 'tyndau.yaml'), {
      TYNDAU_SECRET: 'demo-test-secret-0123456789',
    });
    const locations = project.sources.map((source) => relative(CORPUS, source.location));

    expect(locations).toEqual(manifest.files.map((file) => file.path));
    for (const source of project.sources)
      expect(existsSync(source.location), source.location).toBe(true);
  });
});

describe('the demo corpus', () => {
  it('holds the files the manifest lists, in every format the importers read', () => {
    expect(manifest.files.map((file) => [file.path, file.format])).toEqual([
      ['rusentne-sample-feed-1.rss.xml', 'rss'],
      ['rusentne-sample-feed-2.windows-1251.rss.xml', 'rss'],
      ['rusentne-sample-feed-3.atom.xml', 'atom'],
      ['rusentne-sample-feed-4.feed.json', 'jsonfeed'],
      ['telegram-export/result.json', 'telegram'],
      ['youtube-comment-threads.json', 'youtube'],
      ['vk-wall-get.json', 'vk'],
      ['kazsandra-reviews.jsonl', 'jsonl'],
      ['kazsandra-reviews.csv', 'csv'],
    ]);
  });

  it.each(manifest.files.map((file) => [file.path, file] as const))(
    '%s has the posts and undated posts the manifest says',
    (path, file) => {
      const counted = COUNTERS[path]!();

      expect({ posts: counted.posts, undated: counted.undated }).toEqual({
        posts: file.posts,
        undated: file.undated,
      });
      expect(statSync(join(CORPUS, path)).size).toBe(file.bytes);
    },
  );

  it('has 3,000 to 5,000 posts, about 5% of them undated, in under 5 MB', () => {
    const { posts, undated, bytes } = manifest.totals;

    expect(posts).toBe(4012);
    expect(undated / posts).toBeGreaterThan(0.04);
    expect(undated / posts).toBeLessThan(0.06);
    expect(bytes).toBeLessThan(5_000_000);
  });

  it('dates every dated post inside the eight weeks ending on Sunday 30 November 2025, Almaty time', () => {
    const times = manifest.files.flatMap((file) => COUNTERS[file.path]!().times);

    expect(times).toHaveLength(manifest.totals.posts - manifest.totals.undated);
    expect(times.every((time) => time >= WINDOW_START && time < WINDOW_END)).toBe(true);
  });

  it('declares windows-1251 in the prolog of the windows-1251 feed and is not UTF-8 there', () => {
    const bytes = readFileSync(join(CORPUS, 'rusentne-sample-feed-2.windows-1251.rss.xml'));
    const text = new TextDecoder('windows-1251').decode(bytes);

    expect(text.startsWith('<?xml version="1.0" encoding="windows-1251"?>')).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(text).toMatch(/<description>[А-Яа-яЁё«]/);
  });

  it('gives every identity field a placeholder that is clearly not a real person', () => {
    const telegram = json<{ messages: { from?: string; from_id?: string; actor?: string }[] }>(
      'telegram-export/result.json',
    );
    for (const message of telegram.messages) {
      expect(message.from ?? message.actor).toMatch(/^Synthetic member \d{4}$/);
    }

    const youtube = read('youtube-comment-threads.json');
    const authors = [...youtube.matchAll(/"authorDisplayName": "([^"]+)"/g)].map(
      (match) => match[1],
    );
    expect(authors).toHaveLength(450);
    expect(authors.every((author) => /^@synthetic-viewer-\d{4}$/.test(author!))).toBe(true);

    const vkPosts = json<VkPage[]>('vk-wall-get.json').flatMap((page) => page.response.items);
    expect(
      vkPosts.every(
        (post) =>
          Math.abs(post.from_id) > 999_999_990_000 && Math.abs(post.owner_id) > 999_999_990_000,
      ),
    ).toBe(true);

    const bylines = [
      ...read('rusentne-sample-feed-1.rss.xml').matchAll(/<author>([^<]+)<\/author>/g),
    ].map((match) => match[1]);
    expect(
      bylines.every((byline) =>
        /^byline-\d{4}@example\.invalid \(Synthetic Byline \d{4}\)$/.test(byline!),
      ),
    ).toBe(true);
  });

  it('gives no two records the same id, so that none is taken for a re-import of another', () => {
    const rows = readFileSync(join(EXAMPLES, 'demo-corpus-provenance.tsv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((row) => row.split('\t'));
    // Telegram message ids count from 1 in every chat; the importer qualifies them with the chat.
    const ids = rows.map(([file, id]) => (file === 'telegram-export/result.json' ? `chat:${id}` : id));

    expect(new Set(ids).size).toBe(4000);
  });

  it('traces every text to its upstream corpus, file and id', () => {
    const rows = readFileSync(join(EXAMPLES, 'demo-corpus-provenance.tsv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1);
    const corpora = rows.map((row) => row.split('\t')[2]);

    expect(rows).toHaveLength(4000);
    expect(corpora.filter((corpus) => corpus === 'RuSentNE')).toHaveLength(1600);
    expect(corpora.filter((corpus) => corpus === 'KazSAnDRA')).toHaveLength(2400);
  });
});
