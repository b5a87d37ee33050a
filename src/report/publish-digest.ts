import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Project, ReportLanguage } from '../project/project.js';
import { dayCount, PeriodError, type DayRange } from '../store/day-range.js';
import type { Store } from '../store/store.js';
import type { ArchivedDigest, DigestArchive } from './digest-archive.js';
import { renderDigestPdf } from './digest-pdf.js';
import { writeDigest } from './write-digest.js';

export interface PublishOptions {
  readonly store: Store;
  readonly project: Project;
  readonly archive: DigestArchive;
  readonly period: DayRange;
  readonly language: ReportLanguage;
  /** Defaults to `digests/` beside the project file. */
  readonly digestsFolder?: string;
}

export const DIGEST_PDF = 'digest.pdf';

/**
 * The longest period a digest is printed for. Its tables run a row a day: Chromium printed a
 * year in about 2 s and failed outright on 111 years (40,542 rows, "Printing failed").
 */
export const MAX_DIGEST_DAYS = 366;

/** Throws, naming the limit, when `period` is too long to print as one digest. */
export function assertPrintablePeriod(period: DayRange): void {
  const days = dayCount(period);
  if (days > MAX_DIGEST_DAYS) {
    throw new PeriodError(
      { code: 'too-long', from: period.from, to: period.to, days, maxDays: MAX_DIGEST_DAYS },
      `digest: ${period.from} … ${period.to} is ${days.toLocaleString('en')} days; a digest covers at most ` +
        `${MAX_DIGEST_DAYS} (a year): make one a year, or export the aggregates for the whole period`,
    );
  }
}

/**
 * Digests being written, by folder. A second request for the same digest while the first is
 * being written (a double click on "make the digest", the schedule meeting a user) waits for it:
 * two Chromium runs wrote one digest.pdf at once and archived it twice.
 */
const publishing = new Map<string, Promise<ArchivedDigest>>();

/** Writes the period's digest as Markdown, HTML and PDF into its own folder and archives it. */
export function publishDigest(options: PublishOptions): Promise<ArchivedDigest> {
  const { period, language, project } = options;
  assertPrintablePeriod(period);
  const folder = join(options.digestsFolder ?? join(project.dir, 'digests'), `${period.from}_${period.to}_${language}`);
  const running = publishing.get(folder);
  if (running) return running;

  const published = writeAndArchive(options, folder).finally(() => publishing.delete(folder));
  publishing.set(folder, published);
  return published;
}

async function writeAndArchive(options: PublishOptions, folder: string): Promise<ArchivedDigest> {
  const { period, language, project } = options;
  const files = await writeDigest({
    store: options.store, project, from: period.from, to: period.to, outDir: folder, language,
  });
  const pdf = await renderDigestPdf(await readFile(files.htmlPath, 'utf8'));
  await writeFile(join(folder, DIGEST_PDF), pdf);
  return options.archive.add({ from: period.from, to: period.to, language, folder });
}
