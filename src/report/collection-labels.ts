/**
 * The digest's words for collection gaps, in Russian, Kazakh and English: which live sources were
 * down in the period, for how long, and what that does to the counts.
 */
import type { ReportLanguage } from '../project/project.js';

export interface CollectionLabels {
  readonly heading: string;
  /** The chart's legend entry for the shaded stretches. */
  readonly shading: string;
  readonly columns: {
    readonly source: string;
    readonly platform: string;
    readonly from: string;
    readonly to: string;
    readonly duration: string;
    readonly failedRuns: string;
  };
  /** Beside a start that lies before the period. */
  readonly startedEarlier: string;
  /** Beside the period's end: no success had come by then. */
  readonly stillDown: string;
  /** Beside 0 failed runs: nothing ran, the collector itself was stopped. */
  readonly notRunning: string;
  allCollected(sources: number): string;
  summary(down: number, sources: number, longest: string): string;
  duration(days: number, hours: number, minutes: number): string;
  readonly methodology: string;
}

/** "1 d 4 h", "35 min": whole units, largest first, zero units left out. */
function durationIn(day: string, hour: string, minute: string): CollectionLabels['duration'] {
  return (days, hours, minutes) => {
    const parts = [days ? `${days} ${day}` : '', hours ? `${hours} ${hour}` : ''];
    if (minutes || (!days && !hours)) parts.push(`${minutes} ${minute}`);
    return parts.filter(Boolean).join(' ');
  };
}

const RUSSIAN: CollectionLabels = {
  heading: 'Пробелы в сборе',
  shading: 'Пробел в сборе',
  columns: {
    source: 'Источник', platform: 'Платформа', from: 'Не работал с', to: 'по', duration: 'Длительность',
    failedRuns: 'Неудачных попыток',
  },
  startedEarlier: 'раньше периода',
  stillDown: 'не восстановлен',
  notRunning: 'сбор остановлен',
  allCollected: (sources) => `Все живые источники (${sources}) собирались без пробелов.`,
  summary: (down, sources, longest) =>
    `Сбор был неполным: не работали ${down} из ${sources} живых источников (дольше всего — ${longest}); ` +
    'за дни, затенённые на графике публикаций по дням, числа занижены.',
  duration: durationIn('дн.', 'ч', 'мин'),
  methodology:
    'Пробелы в сборе. Источник считается неработавшим, если успешного сбора не было дольше двух его ' +
    'интервалов и ещё 10 минут: от последнего успешного сбора (или первой попытки, если успешных ещё не ' +
    'было) до следующего. Это и сбои источника, и остановленный сбор. Публикации за такой промежуток ' +
    'приходят позже или теряются, поэтому числа затенённых дней занижены.',
};

const KAZAKH: CollectionLabels = {
  heading: 'Жинаудағы үзілістер',
  shading: 'Жинау үзілісі',
  columns: {
    source: 'Дереккөз', platform: 'Платформа', from: 'Жұмыс істемеді:', to: 'дейін', duration: 'Ұзақтығы',
    failedRuns: 'Сәтсіз әрекеттер',
  },
  startedEarlier: 'кезеңнен бұрын',
  stillDown: 'қалпына келмеді',
  notRunning: 'жинау тоқтаған',
  allCollected: (sources) => `Барлық тірі дереккөздер (${sources}) үзіліссіз жиналды.`,
  summary: (down, sources, longest) =>
    `Жинау толық болмады: ${sources} тірі дереккөздің ${down}-і жұмыс істемеді (ең ұзағы — ${longest}); ` +
    'күндер бойынша жарияланымдар графигінде көлеңкеленген күндердің сандары кем.',
  duration: durationIn('күн', 'сағ', 'мин'),
  methodology:
    'Жинаудағы үзілістер. Дереккөз екі интервалынан және тағы 10 минуттан ұзақ сәтті жиналмаса, жұмыс ' +
    'істемеді деп саналады: соңғы сәтті жинаудан (сәтті жинау әлі болмаса — алғашқы әрекеттен) келесісіне ' +
    'дейін. Бұған дереккөздің ақаулары да, тоқтатылған жинау да кіреді. Мұндай аралықтың жарияланымдары ' +
    'кешігіп келеді немесе жоғалады, сондықтан көлеңкеленген күндердің сандары кем.',
};

const ENGLISH: CollectionLabels = {
  heading: 'Collection gaps',
  shading: 'Collection gap',
  columns: {
    source: 'Source', platform: 'Platform', from: 'Down from', to: 'Until', duration: 'Duration',
    failedRuns: 'Failed runs',
  },
  startedEarlier: 'began earlier',
  stillDown: 'still down',
  notRunning: 'collector stopped',
  allCollected: (sources) => `All ${sources} live sources were collected without gaps.`,
  summary: (down, sources, longest) =>
    `Collection was incomplete: ${down} of ${sources} live sources were down (longest ${longest}); ` +
    'counts for the days shaded on the posts-per-day chart are too low.',
  duration: durationIn('d', 'h', 'min'),
  methodology:
    'Collection gaps. A source counts as down when it went without a successful run for longer than ' +
    'twice its interval plus 10 minutes: from its last successful run (or its first attempt, when none ' +
    'has succeeded yet) to the next one. That covers a failing source and a stopped collector alike. ' +
    'Posts of such a stretch arrive late or are lost, so counts for the shaded days are too low.',
};

export const COLLECTION_LABELS: Readonly<Record<ReportLanguage, CollectionLabels>> = {
  ru: RUSSIAN,
  kk: KAZAKH,
  en: ENGLISH,
};
