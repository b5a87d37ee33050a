/**
 * The weekly digest on its schedule: rendered to PDF by headless Chromium, archived, and e-mailed
 * to an SMTP sink on loopback with the PDF attached. The PDF must carry the charts.
 */
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AlertHistory } from '../../src/alerts/alert-history.js';
import { runDue } from '../../src/delivery/scheduler.js';
import { createMemoryLogger } from '../../src/log/logger.js';
import { loadProject } from '../../src/project/load-project.js';
import type { Project } from '../../src/project/project.js';
import { DigestArchive } from '../../src/report/digest-archive.js';
import { shortDay } from '../../src/report/short-day.js';
import { lastDatedDay } from '../../src/server/api/period.js';
import { openStateDatabase, type StateDatabase } from '../../src/state/state-database.js';
import { addDays } from '../../src/store/day-range.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { copyOfDemoProject } from './demo-project.js';
import { readPdf } from './read-pdf.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

let project: Project;
let store: SqliteStore;
let state: StateDatabase;
let sink: SmtpSink;

beforeAll(async () => {
  const demo = await copyOfDemoProject();
  project = await loadProject(demo.projectPath, {});
  store = openSqliteStore(project.storePath, { timezone: project.timezone });
  state = openStateDatabase(join(demo.dir, 'state.sqlite'));
  sink = await startSmtpSink();
}, 300_000);

afterAll(async () => {
  await sink?.close();
  state?.close();
  store?.close();
});

describe('the scheduled digest', () => {
  it('is rendered to PDF, archived and e-mailed with the PDF attached; the PDF has the charts', async () => {
    const lastDay = lastDatedDay(store)!;
    // The morning after the demo's last dated day, at the digest hour, in Almaty (UTC+5).
    const now = new Date(`${addDays(lastDay, 1)}T03:30:00Z`);
    const weekday = ((new Date(`${lastDay}T12:00:00Z`).getUTCDay() + 1) % 7) || 7;
    const digests = new DigestArchive(state);
    const context = {
      project,
      store,
      alerts: new AlertHistory(state),
      digests,
      logger: createMemoryLogger(),
      delivery: {
        dashboardUrl: null,
        smtp: { host: '127.0.0.1', port: sink.port, secure: false, user: null, password: null, from: 'tyndau@city.example' },
        digest: { to: ['analyst@city.example'], weekday, hour: 8, language: null },
        alerts: null,
      },
    };

    await runDue(context, now, { alertsJudged: null });
    await runDue(context, now, { alertsJudged: null });

    expect(sink.messages).toHaveLength(1);
    const mail = sink.messages[0]!;
    expect(mail.subject).toBe(`Еженедельный дайджест: Алматы — демо, ${addDays(lastDay, -6)} … ${lastDay}`);
    // Without dashboardUrl in delivery.yaml the text is as before it existed: no link.
    expect(mail.text).not.toContain('://');
    expect(mail.attachments).toHaveLength(1);
    const attachment = mail.attachments[0]!;
    expect(attachment.contentType).toBe('application/pdf');
    expect(attachment.filename).toBe(`tyndau-digest-${addDays(lastDay, -6)}-${lastDay}.pdf`);

    const pages = await readPdf(new Uint8Array(attachment.content));
    const texts = pages.flatMap((page) => page.texts);
    // Day labels drawn inside the volume chart's SVG, as a Russian reader writes them (DD.MM);
    // tables write whole dates.
    for (let back = 6; back >= 0; back--) expect(texts).toContain(shortDay(addDays(lastDay, -back), 'ru'));
    expect(texts.join(' ')).toContain('Еженедельный дайджест');
    expect(pages.reduce((sum, page) => sum + page.paths, 0)).toBeGreaterThan(40);

    const archived = digests.list();
    expect(archived).toHaveLength(1);
    expect(archived[0]!).toMatchObject({ from: addDays(lastDay, -6), to: lastDay, language: 'ru', emailedTo: ['analyst@city.example'] });
  });

  it('is made on the next day when its hour was missed, and its e-mail tried again until it goes', async () => {
    const lastDay = lastDatedDay(store)!;
    const weekday = ((new Date(`${lastDay}T12:00:00Z`).getUTCDay() + 1) % 7) || 7;
    const closed = await startSmtpSink();
    await closed.close(); // a port on loopback that nothing listens on: the mail server is down
    const digests = new DigestArchive(state);
    const logger = createMemoryLogger();
    const delivery = (port: number) => ({
      dashboardUrl: 'https://tyndau.city.example',
      smtp: { host: '127.0.0.1', port, secure: false, user: null, password: null, from: 'tyndau@city.example' },
      digest: { to: ['analyst@city.example', 'editor@city.example'], weekday, hour: 8, language: 'en' as const },
      alerts: null,
    });
    const context = { project, store, alerts: new AlertHistory(state), digests, logger, delivery: delivery(closed.port) };
    const memory = { alertsJudged: null };
    // Almaty is UTC+5: 08:00 local is 03:00 UTC. The server was down from 08:00 to 11:00.
    const at = (hours: number, minutes = 0) =>
      new Date(Date.parse(`${addDays(lastDay, 1)}T03:00:00Z`) + (hours * 60 + minutes) * 60_000);
    const sent = sink.messages.length;

    await runDue(context, at(3), memory);

    const english = () => digests.list().filter((entry) => entry.language === 'en');
    expect(english()).toMatchObject([{ from: addDays(lastDay, -6), to: lastDay, emailedTo: [] }]);
    expect(logger.lines.join('')).toContain('digest e-mail failed; tried again in ten minutes');

    await runDue({ ...context, delivery: delivery(sink.port) }, at(3, 5), memory);
    expect(sink.messages.length).toBe(sent);

    await runDue({ ...context, delivery: delivery(sink.port) }, at(3, 11), memory);
    await runDue({ ...context, delivery: delivery(sink.port) }, at(3, 30), memory);
    expect(sink.messages.length).toBe(sent + 1);
    expect(sink.messages[sent]!.subject).toBe(`Weekly digest: Almaty demo, ${addDays(lastDay, -6)} … ${lastDay}`);
    expect(sink.messages[sent]!.text?.trim().split('\n').at(-1)).toBe('Dashboard: https://tyndau.city.example/');
    expect(english()[0]!.emailedTo).toEqual(['analyst@city.example', 'editor@city.example']);

    // A recipient added later that day gets it alone; a day after the hour nothing more is done.
    const three = { ...delivery(sink.port), digest: { ...delivery(sink.port).digest, to: ['analyst@city.example', 'editor@city.example', 'mayor-office@city.example'] } };
    await runDue({ ...context, delivery: three }, at(20), memory);
    expect(sink.messages.length).toBe(sent + 2);
    expect(sink.messages[sent + 1]!.to).toMatchObject({ text: 'mayor-office@city.example' });
    await runDue({ ...context, delivery: { ...three, digest: { ...three.digest, to: [...three.digest.to, 'late@city.example'] } } }, at(24), memory);
    expect(sink.messages.length).toBe(sent + 2);
    expect(english()).toHaveLength(1);
  });

  // A mail server greylisting one recipient (451, try later) took the message for the other:
  // both were marked as having it, and the refused one never got it.
  it('is e-mailed again to a recipient the server refused for now, and to nobody else', async () => {
    const lastDay = lastDatedDay(store)!;
    const weekday = ((new Date(`${lastDay}T12:00:00Z`).getUTCDay() + 1) % 7) || 7;
    let greylisting = true;
    const greylist = await startSmtpSink((address) => greylisting && address === 'editor@city.example');
    try {
      const digests = new DigestArchive(state);
      const logger = createMemoryLogger();
      const context = {
        project, store, alerts: new AlertHistory(state), digests, logger,
        delivery: {
          dashboardUrl: null,
          smtp: { host: '127.0.0.1', port: greylist.port, secure: false, user: null, password: null, from: 'tyndau@city.example' },
          digest: { to: ['analyst@city.example', 'editor@city.example'], weekday, hour: 8, language: 'kk' as const },
          alerts: null,
        },
      };
      const memory = { alertsJudged: null };
      const at = (minutes: number) => new Date(Date.parse(`${addDays(lastDay, 1)}T03:00:00Z`) + minutes * 60_000);
      const kazakh = () => digests.list().filter((entry) => entry.language === 'kk');

      await runDue(context, at(1), memory);
      expect(greylist.messages).toHaveLength(1);
      expect(kazakh()[0]!.emailedTo).toEqual(['analyst@city.example']);
      expect(logger.lines.join('')).toContain('editor@city.example');

      greylisting = false;
      await runDue(context, at(2), memory);
      expect(greylist.messages).toHaveLength(1);
      await runDue(context, at(12), memory);
      await runDue(context, at(13), memory);
      expect(greylist.messages).toHaveLength(2);
      expect(greylist.messages[1]!.to).toMatchObject({ text: 'editor@city.example' });
      expect(kazakh()[0]!.emailedTo).toEqual(['analyst@city.example', 'editor@city.example']);
    } finally {
      await greylist.close();
    }
  }, 120_000);

  // A digest that could not be made (here the store fails; no browser for the PDF does the same)
  // was made again on every one-minute tick of its day.
  it('is made again ten minutes after making it failed, not on every tick', async () => {
    const lastDay = lastDatedDay(store)!;
    const weekday = ((new Date(`${lastDay}T12:00:00Z`).getUTCDay() + 1) % 7) || 7;
    let reads = 0;
    const failing = new Proxy(store, {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        if (typeof value !== 'function') return value;
        if (typeof key === 'string' && key.startsWith('read')) {
          return () => {
            reads += 1;
            throw new Error('disk I/O error');
          };
        }
        return (value as (...parts: unknown[]) => unknown).bind(target);
      },
    });
    const context = {
      project, store: failing, alerts: new AlertHistory(state), digests: new DigestArchive(state), logger: createMemoryLogger(),
      delivery: {
        dashboardUrl: null,
        smtp: { host: '127.0.0.1', port: sink.port, secure: false, user: null, password: null, from: 'tyndau@city.example' },
        digest: { to: ['analyst@city.example'], weekday, hour: 8, language: 'en' as const },
        alerts: null,
      },
    };
    const memory = { alertsJudged: null };
    const at = (minutes: number) => new Date(Date.parse(`${addDays(lastDay, 8)}T03:00:00Z`) + minutes * 60_000);

    await expect(runDue(context, at(0), memory)).rejects.toThrow('disk I/O error');
    const once = reads;
    expect(once).toBeGreaterThan(0);
    await runDue(context, at(1), memory);
    await runDue(context, at(9), memory);
    expect(reads).toBe(once);
    await expect(runDue(context, at(10), memory)).rejects.toThrow('disk I/O error');
    expect(reads).toBe(2 * once);
  });
});
