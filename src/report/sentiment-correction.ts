import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { SentimentCorrection } from '../insight/period-insight.js';
import { shippedModelsFolder } from '../models/index.js';
import type { ClassifierConfusion } from '../insight/prevalence.js';
import type { ReportLanguage } from '../project/project.js';

/** Written by training next to the sentiment models: their confusion on labelled posts. */
export const CALIBRATION_FILE = 'sentiment-calibration.json';

/**
 * The sentiment models' measured confusion from `folder`, for correcting shares; undefined when
 * the folder has no calibration file (shares are then shown as classified).
 */
export function readSentimentCorrection(folder: string): SentimentCorrection | undefined {
  if (folder === '') return undefined;
  const path = join(folder, CALIBRATION_FILE);
  if (!existsSync(path)) return undefined;

  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not JSON (${(error as Error).message}); retrain or restore it`);
  }
  const record = parsed as Record<string, unknown>;
  return {
    overall: confusionAt(record.overall, `${path} "overall"`),
    subjects: confusionAt(record.subjects, `${path} "subjects"`),
  };
}

/**
 * The shipped models folder, or '' when the package has none: every figure is then reported as
 * not measured and every share as classified, rather than failing the digest or the dashboard.
 */
export function shippedModelsFolderOrNone(): string {
  try {
    return shippedModelsFolder();
  } catch {
    return '';
  }
}

function confusionAt(value: unknown, where: string): ClassifierConfusion {
  const candidate = value as Partial<ClassifierConfusion> | undefined;
  const labels = candidate?.labels;
  const counts = candidate?.counts;
  const valid =
    Array.isArray(labels) &&
    labels.every((label) => typeof label === 'string') &&
    Array.isArray(counts) &&
    counts.length === labels.length &&
    counts.every(
      (row) =>
        Array.isArray(row) &&
        row.length === labels.length &&
        row.every((count) => Number.isInteger(count) && count >= 0),
    ) &&
    typeof candidate?.source === 'string';
  if (!valid) {
    throw new Error(
      `${where}: expected { labels, counts[truth][predicted] of whole numbers, source }; ` +
        'retrain the sentiment models to rewrite it',
    );
  }
  return candidate as ClassifierConfusion;
}

function examples(confusion: ClassifierConfusion): number {
  return confusion.counts.flat().reduce((sum, count) => sum + count, 0);
}

/** The methodology's sentence on how sentiment shares were corrected, in the digest language. */
export function correctionMethodology(
  correction: SentimentCorrection | undefined,
  language: ReportLanguage,
  count: (value: number) => string,
): string {
  if (correction === undefined) return NOT_CORRECTED[language];
  const overall = `${correction.overall.source}, ${count(examples(correction.overall))}`;
  const subjects = `${correction.subjects.source}, ${count(examples(correction.subjects))}`;
  return CORRECTED[language](overall, subjects);
}

const CORRECTED: Readonly<Record<ReportLanguage, (overall: string, subjects: string) => string>> = {
  ru: (overall, subjects) =>
    'Доли тональности исправлены на ошибки классификатора (скорректированный подсчёт по матрице ' +
    `ошибок): общая тональность — по матрице, измеренной на размеченных постах (${overall}), ` +
    `тональность к объектам — (${subjects}). Интервалы у этих долей — 95% бутстреп-интервалы: ` +
    'они учитывают и случайность выборки публикаций, и неточность самой матрицы ошибок.',
  kk: (overall, subjects) =>
    'Тональділік үлестері жіктеуіштің қателеріне түзетілген (қателер матрицасы бойынша түзетілген ' +
    `санау): жалпы тональділік — белгіленген жазбаларда өлшенген матрица бойынша (${overall}), ` +
    `нысандарға тональділік — (${subjects}). Бұл үлестердің аралықтары — 95% бутстреп аралықтары: ` +
    'жарияланымдар іріктемесінің кездейсоқтығын да, матрицаның өз дәлсіздігін де ескереді.',
  en: (overall, subjects) =>
    'Sentiment shares are corrected for classifier error (adjusted classify-and-count with the ' +
    `confusion matrix measured on labelled posts: overall tone ${overall}; tone toward subjects ` +
    `${subjects}). Their intervals are 95% bootstrap intervals that cover both the sampling of ` +
    'posts and the uncertainty of the confusion matrix itself.',
};

const NOT_CORRECTED: Readonly<Record<ReportLanguage, string>> = {
  ru:
    'Доли тональности даны как их назвал классификатор, без поправки на его ошибки: интервалы ' +
    'учитывают только случайность выборки.',
  kk:
    'Тональділік үлестері жіктеуіш атағандай, оның қателеріне түзетусіз берілген: аралықтар тек ' +
    'іріктеменің кездейсоқтығын ескереді.',
  en:
    'Sentiment shares are given as classified, not corrected for classifier error: their ' +
    'intervals cover sampling error only.',
};
