import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  SMALL_ROW_POSTS, type GroupConfusion, type SentimentCorrection, type SentimentShares,
} from '../insight/period-insight.js';
import { shippedModelsFolder } from '../models/index.js';
import type { ClassifierConfusion, HeldOutCheck } from '../insight/prevalence.js';
import type { ReportLanguage } from '../project/project.js';
import { DIGEST_LABELS } from './digest-labels.js';
import { calibrationSourceName } from './test-set-names.js';

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
    overall: groupsAt(record.overall, `${path} "overall"`),
    subjects: groupsAt(record.subjects, `${path} "subjects"`),
  };
}

const LANGUAGES = new Set(['ru', 'kk', 'kk-latn', 'en', 'mixed', 'other']);
const KINDS = new Set(['article', 'social']);

/** One confusion per language and kind of post; a file of the older one-confusion shape fails. */
function groupsAt(value: unknown, where: string): GroupConfusion[] {
  if (!Array.isArray(value)) {
    throw new Error(
      `${where}: expected a list of { language, kind, labels, counts, source }, one per group ` +
        'of posts; retrain the sentiment models to rewrite it',
    );
  }
  return value.map((entry: unknown, index) => {
    const group = entry as Partial<GroupConfusion> | undefined;
    if (!LANGUAGES.has(String(group?.language)) || !KINDS.has(String(group?.kind))) {
      throw new Error(
        `${where}[${index}]: language must be one of ${[...LANGUAGES].join(', ')} and kind ` +
          'article or social; retrain the sentiment models to rewrite it',
      );
    }
    const confusion = confusionAt(entry, `${where}[${index}]`);
    return { ...confusion, language: group!.language!, kind: group!.kind! };
  });
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
  if (candidate.heldOut !== undefined) heldOutAt(candidate.heldOut, labels.length, `${where}.heldOut`);
  return candidate as ClassifierConfusion;
}

/** A held-out check must give both errors and one residual per label for every cluster. */
function heldOutAt(value: unknown, labels: number, where: string): void {
  const check = value as Partial<HeldOutCheck> | undefined;
  const valid =
    typeof check?.clusters === 'string' &&
    Number.isFinite(check.classifiedError) &&
    Number.isFinite(check.correctedError) &&
    Array.isArray(check.residuals) &&
    check.residuals.every(
      (residual) =>
        Array.isArray(residual) &&
        residual.length === labels &&
        residual.every((share) => Number.isFinite(share) && Math.abs(share) <= 1),
    );
  if (!valid) {
    throw new Error(
      `${where}: expected { clusters, classifiedError, correctedError, residuals: one list of ` +
        `${labels} shares between -1 and 1 per cluster }; retrain the sentiment models to rewrite it`,
    );
  }
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
  const describe = (groups: readonly GroupConfusion[]): string =>
    groups.length === 0
      ? NO_GROUP[language]
      : groups
          .map((group) => `${DIGEST_LABELS[language].languages[group.language]}, ` +
            `${KIND_NAMES[language][group.kind]}: ` +
            `${calibrationSourceName(group.source, language)}, ${count(examples(group))}`)
          .join('; ');
  return CORRECTED[language](describe(correction.overall), describe(correction.subjects));
}

const KIND_NAMES: Readonly<Record<ReportLanguage, Readonly<Record<'article' | 'social', string>>>> = {
  ru: { article: 'новости', social: 'соцсети' },
  kk: { article: 'жаңалықтар', social: 'әлеуметтік желілер' },
  en: { article: 'news', social: 'social' },
};

const NO_GROUP: Readonly<Record<ReportLanguage, string>> = {
  ru: 'ни для одной группы',
  kk: 'ешбір топ үшін емес',
  en: 'no group',
};

const CORRECTED: Readonly<Record<ReportLanguage, (overall: string, subjects: string) => string>> = {
  ru: (overall, subjects) =>
    'Доли тональности исправлены на ошибки классификатора (скорректированный подсчёт по матрице ' +
    'ошибок) отдельно для каждой группы публикаций по языку и виду, по матрице, измеренной на ' +
    `размеченных текстах этой группы: общая тональность — ${overall}; тональность к объектам — ` +
    `${subjects}. Группы складываются с весами по числу публикаций. Публикации групп без своей ` +
    'матрицы, а также групп, чьи доли матрица не может дать, учтены как их назвал классификатор; ' +
    'под каждой таблицей сказано, какая доля публикаций исправлена. Интервалы — 95\u00a0% ' +
    'бутстреп-интервалы: они учитывают и случайность выборки публикаций, и неточность матриц.',
  kk: (overall, subjects) =>
    'Тональділік үлестері жіктеуіштің қателеріне түзетілген (қателер матрицасы бойынша түзетілген ' +
    'санау) жарияланымдардың тілі мен түрі бойынша әр топ үшін бөлек, сол топтың белгіленген ' +
    `мәтіндерінде өлшенген матрица бойынша: жалпы тональділік — ${overall}; нысандарға ` +
    `тональділік — ${subjects}. Топтар жарияланымдар санымен өлшеніп қосылады. Өз матрицасы жоқ ` +
    'топтардың, сондай-ақ үлестерін матрица бере алмайтын топтардың жарияланымдары жіктеуіш ' +
    'атағандай есептелген; әр кестенің астында жарияланымдардың қандай үлесі түзетілгені ' +
    'айтылған. Аралықтар — 95% бутстреп аралықтары: іріктеменің кездейсоқтығын да, ' +
    'матрицалардың дәлсіздігін де ескереді.',
  en: (overall, subjects) =>
    'Sentiment shares are corrected for classifier error (adjusted classify-and-count) separately ' +
    'for each group of posts by language and kind, with the confusion matrix measured on ' +
    `labelled texts of that group: overall tone ${overall}; tone toward subjects ${subjects}. ` +
    'Groups are pooled weighted by their posts. Posts of a group with no matrix of its own, or ' +
    'whose shares the matrix cannot produce, are counted as classified; each table says which ' +
    'share of posts was corrected. Intervals are 95% bootstrap intervals that cover both the ' +
    'sampling of posts and the uncertainty of the matrices.',
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

interface CoverageSentences {
  readonly corrected: (share: string) => string;
  readonly classified: string;
  readonly uncalibrated: (share: string) => string;
  readonly outOfRange: (share: string) => string;
  readonly declined: (share: string) => string;
  /** `posts`: the size below which a row is counted as classified. */
  readonly small: (share: string, posts: number) => string;
}

const COVERAGE: Readonly<Record<ReportLanguage, CoverageSentences>> = {
  ru: {
    corrected: (share) => `Доля публикаций, исправленных по матрице ошибок своей группы: ${share}.`,
    classified: 'Учтено как назвал классификатор',
    uncalibrated: (share) => `${share} — для их языка и вида нет матрицы`,
    outOfRange: (share) =>
      `${share} — их доли матрица своей группы дать не может (поправка дала бы 0\u00a0% без измерения)`,
    declined: (share) =>
      `${share} — на размеченных неделях поправка для их группы ошибалась больше подсчёта; ` +
      'их интервал включает ошибки подсчёта на тех неделях',
    small: (share, posts) =>
      `${share} — в строках меньше ${posts} публикаций, где поправка ненадёжна: доля как назвал ` +
      'классификатор, с интервалом Уилсона',
  },
  kk: {
    corrected: (share) => `Өз тобының қателер матрицасы бойынша түзетілгені: жарияланымдардың ${share}.`,
    classified: 'Жіктеуіш атағандай есептелгені',
    uncalibrated: (share) => `${share} — олардың тілі мен түріне матрица жоқ`,
    outOfRange: (share) =>
      `${share} — олардың үлестерін өз тобының матрицасы бере алмайды (түзету өлшемсіз 0% берер еді)`,
    declined: (share) =>
      `${share} — белгіленген апталарда олардың тобына түзету санаудан көбірек қателесті; ` +
      'аралығы сол апталардағы санау қателерін қамтиды',
    small: (share, posts) =>
      `${share} — ${posts} жарияланымнан аз жолдарда, мұнда түзету сенімсіз: үлес жіктеуіш атағандай, ` +
      'Уилсон аралығымен',
  },
  en: {
    corrected: (share) => `Corrected with their own group's confusion: ${share} of posts.`,
    classified: 'Counted as classified',
    uncalibrated: (share) => `${share} with no calibration for their language and kind`,
    outOfRange: (share) =>
      `${share} whose shares their group's calibration cannot produce (correcting would print 0% as if measured)`,
    declined: (share) =>
      `${share} of a group whose correction erred more than counting on labelled held-out weeks; ` +
      'their interval includes the errors counting made there',
    small: (share, posts) =>
      `${share} in rows of fewer than ${posts} posts, where a correction is unreliable: the share as ` +
      'classified, with a Wilson interval',
  },
};

/**
 * Which share of the posts behind `sentiments` was corrected and which was counted as classified,
 * and why; null when every post was corrected or no calibration was at hand.
 */
export function correctionCoverage(
  sentiments: readonly SentimentShares[],
  language: ReportLanguage,
  percent: (share: number) => string,
): string | null {
  let total = 0;
  let corrected = 0;
  let uncalibrated = 0;
  let outOfRange = 0;
  let declined = 0;
  let small = 0;
  for (const sentiment of sentiments) {
    total += sentiment.total;
    corrected += sentiment.correctedPosts;
    uncalibrated += sentiment.uncalibratedPosts;
    outOfRange += sentiment.outOfRangePosts;
    declined += sentiment.declinedPosts;
    small += sentiment.smallRowPosts;
  }
  if (total === 0 || uncalibrated + outOfRange + declined + small === 0) return null;

  const sentences = COVERAGE[language];
  const reasons = [
    ...(uncalibrated > 0 ? [sentences.uncalibrated(percent(uncalibrated / total))] : []),
    ...(outOfRange > 0 ? [sentences.outOfRange(percent(outOfRange / total))] : []),
    ...(declined > 0 ? [sentences.declined(percent(declined / total))] : []),
    ...(small > 0 ? [sentences.small(percent(small / total), SMALL_ROW_POSTS)] : []),
  ];
  return `${sentences.corrected(percent(corrected / total))} ${sentences.classified}: ${reasons.join('; ')}.`;
}
