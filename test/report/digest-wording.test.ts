import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SentimentLabel } from '../../src/analyze/analysis.js';
import type { ReportLanguage } from '../../src/project/project.js';
import { sentimentShares } from '../../src/insight/period-insight.js';
import { comparePeriods } from '../../src/insight/period-change.js';
import { DIGEST_LABELS } from '../../src/report/digest-labels.js';
import { NumberFormat } from '../../src/report/number-format.js';
import { significanceText } from '../../src/report/significance-text.js';
import { correctionCoverage } from '../../src/report/sentiment-correction.js';
import { writeDigest } from '../../src/report/write-digest.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from '../store/make-post.js';
import { makeProject } from './make-project.js';
import { markdownSection } from './markdown-section.js';

const fixtures = fileURLToPath(new URL('../fixtures/report/', import.meta.url));

interface Weeks {
  readonly previous: Week;
  readonly current: Week;
  readonly transportSentiments: readonly SentimentLabel[];
}
interface Week {
  readonly from: string;
  readonly to: string;
  readonly transport: number;
  readonly otherPosts: number;
}

const weeks = JSON.parse(readFileSync(join(fixtures, 'count-fell-share-rose', 'weeks.json'), 'utf8')) as Weeks;
const LANGUAGES = ['ru', 'kk', 'en'] as const;
const TRANSPORT_AGENCY = 'mobility-department';
/** Within what the fixture calibration's confusion can produce, so that shares are corrected. */
const OTHER_SENTIMENTS: readonly SentimentLabel[] = ['neutral', 'negative', 'positive', 'neutral', 'negative'];

/** Posts of both weeks: transport posts as the fixture gives them, the rest about nothing. */
function weekPosts(): StoredItem[] {
  const items: StoredItem[] = [];
  for (const [name, week] of [['previous', weeks.previous], ['current', weeks.current]] as const) {
    const day = `${week.from}T06:00:00Z`;
    for (let index = 0; index < week.transport; index++) {
      const sentiment = name === 'current' ? weeks.transportSentiments[index]! : 'negative';
      items.push(makeItem(
        { nativeId: `${name}-transport-${index}`, text: `Автобус не пришёл, рейс ${index}`, publishedAt: day },
        {
          sentiment,
          issues: ['transport'],
          agencies: [{ agencyId: TRANSPORT_AGENCY, rule: 'issue', issueId: 'transport', districtId: null, evidence: [] }],
        },
      ));
    }
    for (let index = 0; index < week.otherPosts; index++) {
      items.push(makeItem(
        { nativeId: `${name}-other-${index}`, text: `Новости города ${index}`, publishedAt: day },
        { sentiment: OTHER_SENTIMENTS[index % OTHER_SENTIMENTS.length]! },
      ));
    }
  }
  return items;
}

let folder: string;
let store: SqliteStore;
/** Corrected with the fixture calibration, then with the shipped models' cards and calibration. */
const fixtureDigests = new Map<ReportLanguage, string>();
const shippedDigests = new Map<ReportLanguage, string>();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-digest-wording-'));
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(weekPosts());
  const period = { from: weeks.current.from, to: weeks.current.to };
  for (const language of LANGUAGES) {
    const project = makeProject(language);
    const fixture = await writeDigest({
      store, project, ...period, outDir: join(folder, `fixture-${language}`), language,
      modelsFolder: join(fixtures, 'calibration'),
    });
    fixtureDigests.set(language, readFileSync(fixture.markdownPath, 'utf8'));
    const shipped = await writeDigest({ store, project, ...period, outDir: join(folder, `shipped-${language}`), language });
    shippedDigests.set(language, readFileSync(shipped.markdownPath, 'utf8'));
  }
}, 60_000);

afterAll(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

const section = markdownSection;

function line(markdown: string, start: string): string {
  const found = markdown.split('\n').find((candidate) => candidate.startsWith(start));
  expect(found, start).toBeDefined();
  return found!;
}

describe('the digest says which way a significant change went: the share of all posts, not the count', () => {
  it.each([
    ['ru', '| Общественный транспорт | 14 | 10\u00a0% | 23 | −9 | −39\u00a0% | значимо: доля выросла (p = 0,018) |'],
    ['kk', '| Қоғамдық көлік | 14 | 10% | 23 | −9 | −39% | маңызды: үлесі өсті (p = 0,018) |'],
    ['en', '| Public transport | 14 | 10% | 23 | −9 | −39% | significant: share rose (p = 0.018) |'],
  ] as const)('in the issue table of the %s digest', (language, row) => {
    expect(fixtureDigests.get(language)).toContain(row);
  });

  it.each([
    ['ru', '| −39\u00a0% | значимо: доля выросла (p = 0,018) |'],
    ['kk', '| −39% | маңызды: үлесі өсті (p = 0,018) |'],
    ['en', '| −39% | significant: share rose (p = 0.018) |'],
  ] as const)('in the agency ranking of the %s digest', (language, cells) => {
    expect(line(fixtureDigests.get(language)!, '| 1 |')).toContain(cells);
  });

  it.each([
    ['ru', 'значимо: доля выросла (p < 0,001)'],
    ['kk', 'маңызды: үлесі өсті (p < 0,001)'],
    ['en', 'significant: share rose (p < 0.001)'],
  ] as const)('gives a p under 0.001 as a bound in %s, not as "p = 0,00"', (language, text) => {
    // The new user's week: outages new with 20 of 128 posts, none of 98 the week before.
    const change = comparePeriods({ count: 20, total: 128 }, { count: 0, total: 98 });
    expect(change.pValue).toBeLessThan(0.0005);
    const tested = { tested: true, ...change };
    const labels = DIGEST_LABELS[language];
    expect(significanceText(tested, labels, new NumberFormat(labels.locale, 10))).toBe(text);
  });

  it('calls a negative share "жағымсыз" throughout the Kazakh digest, as its tables do, not "теріс"', () => {
    const kazakh = fixtureDigests.get('kk')!;
    expect(kazakh).toContain('жарияланымдар саны, жағымсыз үлес және');
    expect(kazakh.match(/теріс/giu)).toBeNull();
  });

  it('explains in the methodology that the share, not the count, is tested', () => {
    expect(fixtureDigests.get('ru')).toContain('проверяется доля проблемы среди всех публикаций, а не их число');
    expect(fixtureDigests.get('kk')).toContain('жарияланымдар саны емес, мәселенің барлық жарияланымдағы үлесі тексеріледі');
    expect(fixtureDigests.get('en')).toContain('on the issue’s share of all posts, not on its count');
  });
});

describe('every negative share of a digest is of the kind its table says', () => {
  // 7 of 14 transport posts were classified negative. The fixture calibration corrected them to
  // "60 % (0 %–97 %)" beside the agency table's 50 %; a row of fewer than 30 posts is now the
  // classified share with a Wilson interval, and the note under the table says so.
  it.each([
    ['ru', '| Общественный транспорт | 14 |', '| 50\u00a0% (27\u00a0%–73\u00a0%) |',
      'Учтено как назвал классификатор: 100\u00a0% — в строках меньше 30 публикаций',
      '| Негатив без поправки (95\u00a0% ДИ) |', '| 14 | 50\u00a0% (27\u00a0%–73\u00a0%) |',
      'Главные проблемы: Общественный транспорт (14; негатив без поправки 50\u00a0%).',
      'Доли негатива в этом разделе даны как их назвал классификатор, без поправки на его ошибки'],
    ['kk', '| Қоғамдық көлік | 14 |', '| 50% (27%–73%) |',
      'Жіктеуіш атағандай есептелгені: 100% — 30 жарияланымнан аз жолдарда',
      '| Жағымсыз, түзетусіз (95% СА) |', '| 14 | 50% (27%–73%) |',
      'Негізгі мәселелер: Қоғамдық көлік (14; түзетусіз жағымсыз 50%).',
      'Бұл бөлімдегі жағымсыз үлестер жіктеуіш атағандай, оның қателеріне түзетусіз берілген'],
    ['en', '| Public transport | 14 |', '| 50% (27%–73%) |',
      'Counted as classified: 100% in rows of fewer than 30 posts',
      '| Negative, uncorrected (95% CI) |', '| 14 | 50% (27%–73%) |',
      'Top issues: Public transport (14; negative, uncorrected 50%).',
      'Negative shares in this section are as classified, not corrected for classifier error'],
  ] as const)('in %s: a small issue row as classified and said so, the agency table uncorrected and named so',
    (language, issueRow, classified, smallNote, column, agencyCells, issueLine, note) => {
      const markdown = fixtureDigests.get(language)!;
      const agencies = section(markdown, { ru: 'Слабые места: ответственные органы', kk: 'Әлсіз тұстар: жауапты органдар', en: 'Weak points by agency' }[language]);

      expect(line(markdown, issueRow).endsWith(classified)).toBe(true);
      expect(markdown).toContain(smallNote);
      expect(line(agencies, '| № |'.replace('№', language === 'en' ? '#' : '№'))).toContain(column);
      expect(line(agencies, '| 1 |')).toContain(agencyCells);
      expect(agencies).toContain(issueLine);
      expect(agencies).toContain(note);
    });

  it('names no share "uncorrected" when nothing in the digest is corrected', async () => {
    const outDir = join(folder, 'uncalibrated');
    const files = await writeDigest({
      store, project: makeProject('en'), from: weeks.current.from, to: weeks.current.to, outDir,
      modelsFolder: join(folder, 'no-models'),
    });
    const markdown = readFileSync(files.markdownPath, 'utf8');

    expect(markdown).toContain('| # | Agency | Posts | Negative (95% CI) |');
    expect(markdown).toContain('Top issues: Public transport (14; negative 50%).');
    expect(markdown).not.toContain('uncorrected');
  });
});

describe('the digest\'s title', () => {
  it.each([
    ['ru', 'Еженедельный дайджест: Алматы', 'Дайджест: Алматы'],
    ['kk', 'Апталық дайджест: Алматы', 'Дайджест: Алматы'],
    ['en', 'Weekly digest: Алматы', 'Digest: Алматы'],
  ] as const)('in %s calls a week\'s digest weekly and a longer period\'s not', async (language, weekly, longer) => {
    const titleOf = async (from: string, name: string) => {
      const files = await writeDigest({
        store, project: makeProject(language), from, to: weeks.current.to, outDir: join(folder, `title-${name}-${language}`),
      });
      return readFileSync(files.markdownPath, 'utf8').split('\n')[0];
    };

    expect(await titleOf(weeks.current.from, 'week')).toBe(`# ${weekly}`);
    expect(await titleOf(weeks.previous.from, 'fortnight')).toBe(`# ${longer}`);
  });

  // A Kazakh digest of a project made by `init --city` was headed by its Russian name.
  it.each([
    ['kk', 'Апталық дайджест: Алматы қаласының қызметтері'],
    ['en', 'Weekly digest: Almaty city services'],
    ['ru', 'Еженедельный дайджест: Алматы'],
  ] as const)('in %s is headed by the project\'s name in that language where the file gives one', async (language, title) => {
    const project = { ...makeProject(language), labels: { kk: 'Алматы қаласының қызметтері', en: 'Almaty city services' } };
    const files = await writeDigest({
      store, project, from: weeks.current.from, to: weeks.current.to, outDir: join(folder, `labelled-title-${language}`),
    });

    expect(readFileSync(files.markdownPath, 'utf8').split('\n')[0]).toBe(`# ${title}`);
  });
});

describe('the methodology is written in the digest language around the corpus names', () => {
  /**
   * Latin-letter words a Russian or Kazakh methodology may hold: corpus names, F1, p, z, tyndau,
   * and x, the mark of a count hidden beside a small one (as in the export).
   */
  const PROPER = new Set([
    'F1', 'RuSentNE-2023', 'RuSentNE', 'NTREX-128', 'lingua', 'KazSAnDRA', 'KazNERD', 'SentiRuEval-2015',
    'RuSentiTweet', 'Open', 'Sentiment', 'Corpus', 'tyndau', 'p', 'z', 'x',
  ]);

  it.each([['ru', 'Методология'], ['kk', 'Әдістеме']] as const)('in %s, shipped cards and calibration', (language, heading) => {
    const methodology = section(shippedDigests.get(language)!, heading);
    const latin = new Set(methodology.match(/[A-Za-z][A-Za-z0-9+-]*[A-Za-z0-9]|[A-Za-z]/g));

    expect([...latin].filter((word) => !PROPER.has(word))).toEqual([]);
  });

  it.each([
    ['ru', '| Проблемы, группы и районы (правила по ключевым словам) | предложения о городских проблемах, ' +
      '150 на русском и казахском (проблемы) | 150 | макро-F1 0,747; микро-F1 0,735 |',
    'общая тональность — русский, соцсети: RuSentiTweet, обучающая часть (твиты на русском), 8\u00a0681; ' +
      'русский, новости: RuSentNE, предложения обучающей и валидационной частей (новости на русском), 337; ' +
      'казахский, соцсети: KazSAnDRA, валидационная часть (отзывы: негатив, позитив) + KazNERD, не ' +
      'использованные в обучении предложения новостей из валидационной части (считаются нейтральными), 22\u00a0295'],
    ['kk', '| Мәселелер, топтар және аудандар (кілт сөздер ережелері) | қала мәселелері туралы сөйлемдер, ' +
      'орысша және қазақша 150 (мәселелер) | 150 | макро-F1 0,747; микро-F1 0,735 |',
    'жалпы тональділік — орыс тілі, әлеуметтік желілер: RuSentiTweet, оқыту бөлігі (орысша твиттер), 8\u00a0681;'],
    ['en', '| Issues, groups and districts (keyword rules) | civic issue sentences, 150 in Russian and Kazakh ' +
      '(issues) | 150 | macro-F1 0.747; micro-F1 0.735 |',
    'overall tone Russian, social: RuSentiTweet train (Russian tweets), 8,681;'],
  ] as const)('in %s: test sets, metric names and calibration sources, without model file names', (language, row, sources) => {
    const markdown = shippedDigests.get(language)!;
    expect(markdown).toContain(row);
    expect(markdown).toContain(sources);
    expect(markdown).not.toMatch(/\.bin\b|\.json\b|microF1/);
  });
});

describe('every percentage is written in the number format of the digest language', () => {
  it('in Russian with a no-break space before the sign, in text as in the tables', () => {
    for (const markdown of [fixtureDigests.get('ru')!, shippedDigests.get('ru')!]) {
      expect(markdown.match(/\d[ \u202f]?%/g) ?? []).toEqual([]);
      expect(markdown).toContain('Доли даны с 95\u00a0% доверительными интервалами Вильсона.');
    }
  });

  it('in the sentence on posts the correction could not fit', () => {
    const counts = new Map([['negative', 9], ['neutral', 1], ['positive', 0]] as const);
    const outOfRange = { ...sentimentShares(counts), uncalibratedPosts: 0, outOfRangePosts: 10 };
    const format = new NumberFormat('ru-RU', 10);

    expect(correctionCoverage([outOfRange], 'ru', (share) => format.percent(share))).toBe(
      'Доля публикаций, исправленных по матрице ошибок своей группы: 0\u00a0%. Учтено как назвал ' +
        'классификатор: 100\u00a0% — их доли матрица своей группы дать не может (поправка дала бы ' +
        '0\u00a0% без измерения).',
    );
  });

  it.each(['kk', 'en'] as const)('in %s with the sign right after the number', (language) => {
    for (const markdown of [fixtureDigests.get(language)!, shippedDigests.get(language)!]) {
      expect(markdown.match(/\d\s%/g) ?? []).toEqual([]);
    }
  });
});
