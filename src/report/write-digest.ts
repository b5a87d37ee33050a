import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { periodCollection, type PeriodCollection } from '../insight/collection-outages.js';
import { buildPeriodInsight } from '../insight/period-insight.js';
import { buildWeakPoints } from '../insight/weak-points.js';
import { subjectTrend } from '../insight/weekly-trend.js';
import type { Project, ReportLanguage } from '../project/project.js';
import { isAgencyReader } from '../store/agency-rollups.js';
import { openCollectionLedger } from '../store/open-collection-ledger.js';
import type { Store } from '../store/store.js';
import { buildDigestDocument, type ChartPainter } from './digest-document.js';
import { renderDigestHtml } from './digest-html.js';
import { renderDigestMarkdown } from './digest-markdown.js';
import { readModelAccuracy } from './model-accuracy.js';
import { readSentimentCorrection, shippedModelsFolderOrNone } from './sentiment-correction.js';
import { makeFolder } from '../make-folder.js';

export interface DigestOptions {
  readonly store: Store;
  readonly project: Project;
  /** First day of the period, `YYYY-MM-DD`, in the project's zone. */
  readonly from: string;
  /** Last day of the period, included. */
  readonly to: string;
  readonly outDir: string;
  /** Defaults to the project's report language. */
  readonly language?: ReportLanguage;
  /** Where the model cards are read from; defaults to the shipped models/ folder. */
  readonly modelsFolder?: string;
  /** The moment the digest is written, which cuts short a period not yet over; defaults to now. */
  readonly now?: Date;
}

export interface DigestFiles {
  readonly markdownPath: string;
  readonly htmlPath: string;
}

/**
 * Writes `digest.md` and a self-contained `digest.html` for the period from `from` to `to`:
 * volumes, sentiment, subjects, issues against the previous period, platforms, outlets,
 * districts, slices, weak points by agency, excerpts and the methodology, in the project's language.
 */
export async function writeDigest(options: DigestOptions): Promise<DigestFiles> {
  const { project } = options;
  const modelsFolder = options.modelsFolder ?? shippedModelsFolderOrNone();
  const sentimentCorrection = readSentimentCorrection(modelsFolder);
  const insight = buildPeriodInsight(options.store, {
    period: { from: options.from, to: options.to },
    minGroupSize: project.privacy.minGroupSize,
    sentimentCorrection,
  });
  const weakPoints = isAgencyReader(options.store)
    ? buildWeakPoints(options.store, {
      period: { from: options.from, to: options.to },
      minGroupSize: project.privacy.minGroupSize,
    })
    : null;
  const charts = await import('./digest-charts.js');
  const painter: ChartPainter = {
    volume: charts.volumeChart,
    sentiment: charts.sentimentChart,
    comparison: charts.comparisonChart,
    counts: charts.countChart,
  };
  const document = buildDigestDocument({
    insight,
    weakPoints,
    project,
    language: options.language ?? project.reportLanguage,
    accuracy: readModelAccuracy(modelsFolder),
    charts: painter,
    sentimentCorrection,
    collection: collectionOf(options),
    subjectTrend: subjectTrend(options.store, {
      period: insight.period,
      minGroupSize: project.privacy.minGroupSize,
      confusions: sentimentCorrection?.subjects,
      subjectIds: insight.subjects.shown.map((entry) => entry.subjectId),
    }),
  });

  makeFolder(options.outDir);
  const markdownPath = join(options.outDir, 'digest.md');
  const htmlPath = join(options.outDir, 'digest.html');
  await writeFile(markdownPath, renderDigestMarkdown(document), 'utf8');
  await writeFile(htmlPath, renderDigestHtml(document), 'utf8');
  return { markdownPath, htmlPath };
}

/** Outages of the project's live sources in the period; null when the store keeps no ledger. */
function collectionOf(options: DigestOptions): PeriodCollection | null {
  const ledger = openCollectionLedger(options.store);
  if (ledger === null) return null;
  const live = options.project.sources.filter((source) => source.kind !== 'files');
  const period = { from: options.from, to: options.to };
  return periodCollection(ledger, live, period, options.project.timezone, options.now ?? new Date());
}

