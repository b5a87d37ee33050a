import { ChannelSource } from '../collect/telegram/channel-source.js';
import { FeedSource } from '../collect/feeds/feed-source.js';
import type { LiveSource } from '../collect/live-source.js';
import { VkSource } from '../collect/vk/vk-source.js';
import { YoutubeSource } from '../collect/youtube/youtube-source.js';
import type { CollectSettings, Source } from '../project/project.js';

export const DEFAULT_ENDPOINTS = Object.freeze({
  telegram: 'https://t.me',
  youtube: 'https://www.googleapis.com/youtube/v3',
  vk: 'https://api.vk.com/method',
});
const DEFAULT_MAX_PAGES = 5;
const DEFAULT_MAX_ARTICLES = 50;
const DEFAULT_YOUTUBE_KEY = 'env:YOUTUBE_API_KEY';
const DEFAULT_VK_TOKEN = 'env:VK_ACCESS_TOKEN';

/**
 * The live source a project's source entry describes. `files` sources are imported with
 * `tyndau import`, not collected, and give undefined. Credentials are read from the environment
 * here, when a source that needs them is built, and an error names the variable to set.
 */
export function liveSourceOf(source: Source, settings: CollectSettings, env: NodeJS.ProcessEnv): LiveSource | undefined {
  const maxPages = source.maxPages ?? DEFAULT_MAX_PAGES;
  switch (source.kind) {
    case 'files':
      return undefined;
    case 'feed':
      return new FeedSource({ id: source.id, url: source.location, articles: source.articles ?? true, maxArticles: DEFAULT_MAX_ARTICLES });
    case 'telegram':
      return new ChannelSource({ id: source.id, channel: source.location, baseUrl: settings.telegram?.baseUrl ?? DEFAULT_ENDPOINTS.telegram, maxPages });
    case 'youtube':
      return new YoutubeSource({
        id: source.id,
        location: source.location,
        baseUrl: settings.youtube?.baseUrl ?? DEFAULT_ENDPOINTS.youtube,
        apiKey: credential(source.id, settings.youtube?.apiKey ?? DEFAULT_YOUTUBE_KEY, env),
        dailyBudget: settings.youtube?.dailyQuota ?? 10_000,
        maxVideos: settings.youtube?.maxVideos ?? 10,
        maxPages,
      });
    case 'vk':
      return new VkSource({
        id: source.id,
        location: source.location,
        baseUrl: settings.vk?.baseUrl ?? DEFAULT_ENDPOINTS.vk,
        accessToken: credential(source.id, settings.vk?.accessToken ?? DEFAULT_VK_TOKEN, env),
        version: settings.vk?.apiVersion ?? '5.199',
        maxPages,
      });
  }
}

function credential(sourceId: string, reference: string, env: NodeJS.ProcessEnv): string {
  const name = /^env:([A-Za-z_][A-Za-z0-9_]*)$/.exec(reference)?.[1];
  if (name === undefined) {
    throw new Error(`source ${sourceId}: credentials are read from the environment only; write env:NAME`);
  }
  const value = env[name];
  if (value) return value;
  throw new Error(
    `source ${sourceId}: the environment variable ${name} is not set; export it before collecting ` +
      '(docs/sources.md says where to get one)',
  );
}
