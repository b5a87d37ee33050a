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
        smtp: { host: '127.0.0.1', port: sink.port, secure: false, user: null, password: null, from: 'tyndau@city.example' },
        digest: { to: ['analyst@city.example'], weekday, hour: 8, language: null },
        alerts: null,
      },
    };

    await runDue(context, now, { alertsJudged: null });
    await runDue(context, now, { alertsJudged: null });

    expect(sink.messages).toHaveLength(1);
    const mail = sink.messages[0]!;
    expect(mail.subject).toBe(`Еженедельный дайджест: Almaty demo, ${addDays(lastDay, -6)} … ${lastDay}`);
    expect(mail.attachments).toHaveLength(1);
    const attachment = mail.attachments[0]!;
    expect(attachment.contentType).toBe('application/pdf');
    expect(attachment.filename).toBe(`tyndau-digest-${addDays(lastDay, -6)}-${lastDay}.pdf`);

    const pages = await readPdf(new Uint8Array(attachment.content));
    const texts = pages.flatMap((page) => page.texts);
    // Day labels drawn inside the volume chart's SVG, as MM-DD; tables write whole dates.
    for (let back = 6; back >= 0; back--) expect(texts).toContain(addDays(lastDay, -back).slice(5));
    expect(texts.join(' ')).toContain('Еженедельный дайджест');
    expect(pages.reduce((sum, page) => sum + page.paths, 0)).toBeGreaterThan(40);

    const archived = digests.list();
    expect(archived).toHaveLength(1);
    expect(archived[0]!).toMatchObject({ from: addDays(lastDay, -6), to: lastDay, language: 'ru', emailedTo: ['analyst@city.example'] });
  });
});
