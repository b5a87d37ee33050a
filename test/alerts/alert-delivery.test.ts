/**
 * Alert delivery on the daily schedule: the replayed spike goes to a webhook, a Telegram bot API
 * and an SMTP sink, all on loopback, each with the alert's explanation as plain text.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AlertHistory } from '../../src/alerts/alert-history.js';
import type { Alert } from '../../src/alerts/alert.js';
import { deliverAlerts } from '../../src/delivery/deliver-alerts.js';
import { NO_DELIVERY } from '../../src/delivery/delivery-settings.js';
import { runDue } from '../../src/delivery/scheduler.js';
import { createMemoryLogger } from '../../src/log/logger.js';
import { DigestArchive } from '../../src/report/digest-archive.js';
import { openStateDatabase } from '../../src/state/state-database.js';
import { addDays } from '../../src/store/day-range.js';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeProject } from '../report/make-project.js';
import { startSmtpSink, type SmtpSink } from '../server/smtp-sink.js';
import { buildReplayedStore, SPIKE_DAY } from './replayed-series.js';

interface Received {
  readonly path: string;
  readonly body: Record<string, unknown>;
}

let store: SqliteStore;
let sink: SmtpSink;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];

beforeAll(async () => {
  store = buildReplayedStore({ spike: 'distinct' });
  sink = await startSmtpSink();
  receiver = createServer(async (request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    received.push({ path: request.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await sink.close();
  store.close();
});

describe('alert delivery', () => {
  it('sends the day\'s alert once to the webhook, Telegram and e-mail, with its words and excerpts', async () => {
    const state = openStateDatabase(':memory:');
    const project = makeProject('ru');
    const context = {
      project,
      store,
      alerts: new AlertHistory(state),
      digests: new DigestArchive(state),
      logger: createMemoryLogger(),
      delivery: {
        dashboardUrl: null,
        smtp: { host: '127.0.0.1', port: sink.port, secure: false, user: null, password: null, from: 'tyndau@city.example' },
        digest: null,
        alerts: {
          hour: 7,
          email: ['duty@city.example'],
          webhook: `${receiverUrl}/hooks/tyndau`,
          telegram: { apiBase: receiverUrl, token: '123:test-token', chatId: '-1001' },
          language: null,
        },
      },
    };
    // 07:10 in Almaty on the day after the spike.
    const now = new Date(`${addDays(SPIKE_DAY, 1)}T02:10:00Z`);
    const memory = { alertsJudged: null };

    await runDue(context, now, memory);
    await runDue(context, new Date(now.getTime() + 60_000), memory);

    const webhook = received.filter((entry) => entry.path === '/hooks/tyndau');
    expect(webhook).toHaveLength(1);
    // Without dashboardUrl in delivery.yaml the body is as before it existed, and nothing links.
    expect(Object.keys(webhook[0]!.body)).toEqual(['project', 'text', 'alert']);
    expect(String(webhook[0]!.body.text)).not.toContain('#/search');
    const alert = webhook[0]!.body.alert as { day: string; type: string; topTerms: string[] };
    expect(alert.day).toBe(SPIKE_DAY);
    expect(alert.type).toBe('spike');

    const telegram = received.filter((entry) => entry.path === '/bot123:test-token/sendMessage');
    expect(telegram).toHaveLength(1);
    expect(telegram[0]!.body.chat_id).toBe('-1001');
    expect(telegram[0]!.body.parse_mode).toBeUndefined();
    const text = String(telegram[0]!.body.text);
    expect(text.split('\n')[0]).toBe(`Всплеск: Общественный транспорт · Алмалинский район (${SPIKE_DAY})`);
    for (const term of alert.topTerms) expect(text).toContain(term);
    expect(text.match(/^— «/gm)).toHaveLength(3);

    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]!.subject).toBe(`tyndau · Всплеск: Общественный транспорт · Алмалинский район (${SPIKE_DAY})`);
    expect(sink.messages[0]!.text?.trim()).toBe(text);
  });

  it('links the alert to the search of its posts on the dashboard, in the alert\'s language, when the address is set', async () => {
    const state = openStateDatabase(':memory:');
    const context = {
      project: makeProject('ru'), store, logger: createMemoryLogger(),
      alerts: new AlertHistory(state),
      digests: new DigestArchive(state),
      delivery: {
        dashboardUrl: 'https://city.example/tyndau/',
        smtp: { host: '127.0.0.1', port: sink.port, secure: false, user: null, password: null, from: 'tyndau@city.example' },
        digest: null,
        alerts: {
          hour: 7, email: ['linked@city.example'], webhook: `${receiverUrl}/hooks/linked`,
          telegram: { apiBase: receiverUrl, token: '456:linked', chatId: '-1002' }, language: 'kk' as const,
        },
      },
    };
    const mailed = sink.messages.length;

    await runDue(context, new Date(`${addDays(SPIKE_DAY, 1)}T02:10:00Z`), { alertsJudged: null });

    // The query of the dashboard's alert card: issue:transport district:almaly date:DAY..DAY.
    const link = `https://city.example/tyndau/#/search?q=issue%3Atransport+district%3Aalmaly+date%3A${SPIKE_DAY}..${SPIKE_DAY}+NOT+scope%3Aelsewhere`;
    const line = `Осы күнгі барлық жарияланымдар панельде: ${link}`;
    const webhook = received.filter((entry) => entry.path === '/hooks/linked');
    expect(webhook).toHaveLength(1);
    expect(webhook[0]!.body.searchUrl).toBe(link);
    expect(String(webhook[0]!.body.text).split('\n').at(-1)).toBe(line);
    const telegram = received.filter((entry) => entry.path === '/bot456:linked/sendMessage');
    expect(String(telegram[0]!.body.text).split('\n').at(-1)).toBe(line);
    expect(sink.messages).toHaveLength(mailed + 1);
    expect(sink.messages[mailed]!.text?.trim().split('\n').at(-1)).toBe(line);
  });

  // Telegram takes 4,096 characters; an alert whose excerpts run past that is cut, and the link
  // to the rest of the day's posts, which comes last, matters most then.
  it('keeps the dashboard link whole in a Telegram message cut to fit', async () => {
    const fixture = join(import.meta.dirname, '..', 'fixtures', 'delivery', 'alert-transport-spike-in-medeu.json');
    const alert = JSON.parse(readFileSync(fixture, 'utf8')) as Alert;
    const long = { ...alert, excerpts: [{ ...alert.excerpts[0]!, text: 'Автобус 12 не пришёл, ждали час. '.repeat(150) }] };
    const settings = {
      ...NO_DELIVERY,
      dashboardUrl: 'https://tyndau.city.example',
      alerts: {
        hour: 7, email: [], webhook: null, language: 'en' as const,
        telegram: { apiBase: receiverUrl, token: '789:long', chatId: '-1003' },
      },
    };

    const report = await deliverAlerts([long], makeProject('en'), settings);

    expect(report).toEqual({ sent: 1, failures: [] });
    const text = String(received.find((entry) => entry.path === '/bot789:long/sendMessage')!.body.text);
    expect(text.length).toBeLessThanOrEqual(4000);
    expect(text.split('\n').at(-1)).toBe('All the day\'s posts on the dashboard: ' +
      'https://tyndau.city.example/#/search?q=issue%3Atransport+district%3Amedeu+date%3A2025-12-31..2025-12-31+NOT+scope%3Aelsewhere');
  });

  // The mailer counted a message the server took for one recipient and refused for another
  // (greylisting's 451) as sent: the refused duty officer was never told, and nothing was logged.
  it('reports a recipient the mail server refused while it took the alert for the others', async () => {
    const greylisting = await startSmtpSink((address) => address === 'night-duty@city.example');
    const state = openStateDatabase(':memory:');
    const logger = createMemoryLogger();
    const context = {
      project: makeProject('ru'), store, logger,
      alerts: new AlertHistory(state),
      digests: new DigestArchive(state),
      delivery: {
        dashboardUrl: null,
        smtp: { host: '127.0.0.1', port: greylisting.port, secure: false, user: null, password: null, from: 'tyndau@city.example' },
        digest: null,
        alerts: { hour: 7, email: ['duty@city.example', 'night-duty@city.example'], webhook: null, telegram: null, language: null },
      },
    };

    await runDue(context, new Date(`${addDays(SPIKE_DAY, 1)}T02:10:00Z`), { alertsJudged: null });
    await greylisting.close();

    expect(greylisting.messages).toHaveLength(1);
    const log = logger.lines.join('');
    expect(log).toContain('alert delivery failed');
    expect(log).toContain('refused night-duty@city.example');
    expect(log).toContain('451');
  });
});
