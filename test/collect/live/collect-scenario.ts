import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';

import { FixtureServer } from './fixture-server.js';

/** Feed items in the scenario; two are a syndicated pair, one is copied into the channel. */
const FEED_ITEMS = 10;
const ARTICLE_DELAY_MS = 15;

const TOPICS = [
  'ремонт дорог на проспекте Абая', 'отключение горячей воды в Алмалинском районе',
  'вывоз мусора в Медеуском районе', 'новые автобусные маршруты в Алатауском районе',
  'освещение дворов в Бостандыкском районе', 'строительство школы в Наурызбайском районе',
  'очереди в поликлиниках Ауэзовского района', 'пробки на Аль-Фараби',
  'качество воздуха зимой', 'парковки в центре города',
];

function paragraph(topic: string, index: number): string {
  return `Жители города обсуждают тему: ${topic}. В управлении сообщили, что работы по этому ` +
    `вопросу продолжаются, и пообещали отчитаться о ходе дел через две недели. Номер заметки ${index}.`;
}

/**
 * A small world to collect from: a news feed whose article pages answer slowly, a Telegram
 * channel of two preview pages and a VK wall. Item 9 repeats item 8's text (a syndicated copy) and
 * a Telegram message repeats item 3's, so near-duplicate grouping is part of what must survive.
 */
export function serveScenario(server: FixtureServer): void {
  const items = TOPICS.slice(0, FEED_ITEMS).map((topic, index) => {
    return `<item><title>${topic}</title><link>${server.url(`/news/${index}`)}?utm_source=rss</link>` +
      `<guid>${index}</guid><pubDate>Fri, 10 Jan 2025 ${String(index + 8).padStart(2, '0')}:00:00 +0500</pubDate>` +
      `<description>${topic}</description></item>`;
  });
  server.serve('/rss', `<?xml version="1.0"?><rss version="2.0"><channel><title>Вестник</title>` +
    `<link>${server.origin}</link>${items.join('')}</channel></rss>`, { 'content-type': 'application/rss+xml' });

  TOPICS.forEach((topic, index) => {
    const body = index === 9 ? paragraph(TOPICS[8]!, 8) : paragraph(topic, index);
    server.route(`/news/${index}`, (_request, response) => {
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
          `<html><head><title>${topic}</title></head><body><article><h1>${topic}</h1>` +
          `<p>${body}</p><p>${body.replace('Жители', 'Горожане')}</p></article></body></html>`,
        );
      }, ARTICLE_DELAY_MS);
    });
  });

  const message = (id: number, text: string): string =>
    `<div class="tgme_widget_message" data-post="city_chat/${id}"><div class="tgme_widget_message_text">${text}</div>` +
    `<a class="tgme_widget_message_date"><time datetime="2025-01-10T0${id % 10}:00:00+00:00"></time></a></div>`;
  server.route('/s/city_chat', (request, response) => {
    const older = request.url?.includes('before=');
    const page = older
      ? [message(1, 'Когда починят дорогу у школы?'), message(2, 'Во дворе опять темно.')]
      : [message(3, `${paragraph(TOPICS[3]!, 3)} ${paragraph(TOPICS[3]!, 3).replace('Жители', 'Горожане')}`), message(4, 'Спасибо за уборку снега.')];
    const more = older ? '' : '<div class="tme_messages_more" data-before="3"></div>';
    response.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body>${more}${page.join('')}</body></html>`);
  });

  server.serve('/method/wall.get', JSON.stringify({ response: { count: 2, items: [
    { id: 11, owner_id: -7, from_id: 70, date: 1736480000, post_type: 'post', text: 'Фонари на Жандосова не горят.' },
    { id: 10, owner_id: -7, from_id: 71, date: 1736470000, post_type: 'post', text: 'Когда откроют каток в парке?' },
  ] } }));
}

/** A project folder for the scenario, with its own store file. */
export function writeScenarioProject(server: FixtureServer): { dir: string; projectPath: string; storePath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tyndau-collect-'));
  const projectPath = join(dir, 'tyndau.yaml');
  writeFileSync(projectPath, `name: crash-test
city: Almaty
sources:
  - { id: news, kind: feed, location: "${server.url('/rss')}" }
  - { id: chat, kind: telegram, location: city_chat }
  - { id: wall, kind: vk, location: "-7" }
collect:
  allowPrivateAddresses: true
  hostIntervalSeconds: 0
  telegram: { baseUrl: "${server.origin}" }
  vk: { baseUrl: "${server.url('/method')}", accessToken: env:TEST_VK_TOKEN }
privacy:
  secret: crash-test-secret-0123456789
`);
  return { dir, projectPath, storePath: join(dir, 'tyndau.sqlite') };
}

/** Every stored post as `id amplifies-id`, sorted: what two runs must agree on. */
export function storedPosts(storePath: string): string[] {
  const database = new Database(storePath, { readonly: true });
  try {
    const rows = database.prepare('SELECT id, amplifies_id FROM posts ORDER BY id').all() as { id: string; amplifies_id: string | null }[];
    return rows.map((row) => `${row.id} ${row.amplifies_id ?? '-'}`);
  } finally {
    database.close();
  }
}
