/**
 * The A4 PDF prints the digest at its own text size. Table cells used to stay on one line: the
 * eight-column issue and agency tables and the accuracy table's test set names ran past the
 * page, and Chromium shrank every page to fit them, the new user's demo digest to 7.5 pt text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { renderDigestPdf } from '../../src/report/digest-pdf.js';
import { writeDigest } from '../../src/report/write-digest.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { agencyWeeks, AGENCY_WEEK } from '../store/agency-weeks.js';
import { makeProject } from './make-project.js';

/** The body's 15 px in points: what a page printed without shrinking shows. */
const BODY_POINTS = 11.25;

let folder: string;
let store: SqliteStore;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-digest-pdf-size-'));
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(agencyWeeks());
});

afterAll(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The size in points of the first text piece of the PDF that starts with `start`. */
async function pointsOf(pdf: Uint8Array, start: string): Promise<number | undefined> {
  const document = await getDocument({ data: pdf, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      for (const item of content.items) {
        if ('str' in item && item.str.startsWith(start)) return Math.hypot(item.transform[0]!, item.transform[1]!);
      }
    }
    return undefined;
  } finally {
    await document.destroy();
  }
}

describe('the digest as an A4 PDF', () => {
  it('keeps its text size beside the eight-column tables and the accuracy table', async () => {
    const files = await writeDigest({
      store, project: makeProject('ru'), ...AGENCY_WEEK, outDir: join(folder, 'ru'), language: 'ru',
    });
    const html = readFileSync(files.htmlPath, 'utf8');
    expect(html).toContain('<th>Значимость</th>');
    expect(html).toContain('<th>Тестовый набор</th>');

    const pdf = new Uint8Array(await renderDigestPdf(html));

    expect((await pointsOf(pdf, 'Выборка:'))?.toFixed(2)).toBe(BODY_POINTS.toFixed(2));
  }, 120_000);
});
