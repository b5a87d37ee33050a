/**
 * Posts per second through each analysis stage on one core, for posts of about 30 words: the
 * median of five timed passes after a warm-up pass. The rate per second of CPU time is the one
 * to compare (it is what one core does when nothing else runs); elapsed time is shown beside it. Stages are timed on their own (each pass
 * re-prepares nothing it does not need), then the whole pipeline without and with sentiment.
 *
 * Posts are built from real public sentences when ../shared/data is present (RuSentNE news
 * sentences, KazSAnDRA reviews in Kazakh and Russian), joined and cut at 30 words; else
 * from the sentences below, written for this benchmark.
 *
 *   npx vite-node bench/analysis-stages.ts [--posts 20000]
 */
import { AgencyAttributor } from '../src/analyze/agencies/index.js';
import { prepareText, type AnalysisText } from '../src/analyze/analysis-text.js';
import { IssueMatcher } from '../src/analyze/issues/index.js';
import { createLanguageIdentifier } from '../src/analyze/language/index.js';
import { MentionFinder } from '../src/analyze/mentions/index.js';
import { DistrictMatcher } from '../src/analyze/places/index.js';
import { createAnalyzer } from '../src/analyze/pipeline.js';
import { createSentimentAnalyzer } from '../src/analyze/sentiment/index.js';
import type { Analysis, LanguageResult } from '../src/analyze/analysis.js';
import { ALMATY_AGENCIES } from '../src/project/defaults/agencies.js';
import { ALMATY_DISTRICTS } from '../src/project/defaults/districts.js';
import { DEFAULT_TAXONOMY } from '../src/project/defaults/taxonomy.js';
import type { Project, Subject } from '../src/project/project.js';
import { benchPosts, postsPerSecond } from './stage-timing.js';

const PASSES = 5;

const FALLBACK_SENTENCES = [
  'В Ауэзовском районе третий день нет горячей воды, жители жалуются в акимат.',
  'Аким Алматы Ерболат Досаев пообещал отремонтировать дороги до конца лета.',
  'Автобус номер 92 опять не пришёл, на остановке ждали сорок минут.',
  'Әуезов ауданында ыстық су жоқ, тұрғындар әкімдікке шағымданды.',
  'Алматыда кептеліс күннен күнге көбейіп барады, жол жөндеу аяқталмай жатыр.',
  'Пенсионеры не получили обещанную субсидию на оплату коммунальных услуг.',
  'Traffic jams on Al-Farabi avenue are getting worse every week.',
  'Во дворе вырубили деревья ради очередной парковки, никто нас не спросил.',
  'Смог над городом такой, что дышать нечем, ТЭЦ работает на угле.',
  'Мектептегі үш ауысым мәселесі әлі шешілген жоқ, балалар кешке дейін оқиды.',
];

const SUBJECTS: readonly Subject[] = [
  {
    id: 'mayor', kind: 'official', name: 'Ерболат Досаев',
    aliases: ['Досаев', 'Dosaev', 'аким Алматы', 'Алматы қаласының әкімі'],
    context: ['Алматы', 'Almaty', 'алматин*'], ambiguousAliases: ['аким', 'әкім'],
  },
  {
    id: 'akimat', kind: 'body', name: 'Акимат Алматы',
    aliases: ['акимат Алматы', 'Алматы қаласының әкімдігі'],
    context: ['Алматы', 'Almaty', 'алматин*'], ambiguousAliases: ['акимат', 'әкімдік'],
  },
];

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function main(): Promise<void> {
  const count = argument('posts', 20_000);
  const { posts, origin } = benchPosts(count, FALLBACK_SENTENCES);
  const words = posts.reduce((sum, post) => sum + post.split(/\s+/).length, 0) / posts.length;

  const project: Project = {
    name: 'bench', dir: '.', city: 'Almaty', timezone: 'Asia/Almaty', reportLanguage: 'ru',
    subjects: SUBJECTS, districts: ALMATY_DISTRICTS, taxonomy: DEFAULT_TAXONOMY,
    agencies: ALMATY_AGENCIES, sources: [],
    privacy: { secret: 'bench', retentionDays: 90, minGroupSize: 10 }, storePath: ':memory:',
  };
  const language = await createLanguageIdentifier();
  const sentiment = await createSentimentAnalyzer({ subjects: project.subjects });
  const mentions = new MentionFinder(project.subjects);
  const issues = new IssueMatcher(project.taxonomy);
  const districts = new DistrictMatcher(project.districts);
  const agencies = new AgencyAttributor(project.agencies);
  const analyzer = await createAnalyzer(project);

  let sink: unknown;
  const whole: [string, () => void][] = [
    ['normalise + tokenise', () => { for (const post of posts) sink = prepareText(post); }],
    ['analysis without sentiment', () => {
      for (const post of posts) {
        const text = prepareText(post);
        const result = language.identify(text);
        sink = [mentions.find(text), issues.issues(text, result.code), issues.slices(text, result.code), districts.match(text)];
      }
    }],
    ['whole pipeline (Analyzer.analyze)', () => { for (const post of posts) sink = analyzer.analyze({ text: post }) satisfies Analysis; }],
  ];

  // The later stages are timed on texts prepared beforehand. Those are kept alive only for
  // them: a heap of 20,000 prepared posts would slow the collector in the passes above.
  const separately = (): [string, () => void][] => {
    const prepared: AnalysisText[] = posts.map(prepareText);
    const languages: LanguageResult[] = prepared.map((text) => language.identify(text));
    const found = prepared.map((text, index) => ({
      issues: issues.issues(text, (languages[index] as LanguageResult).code),
      districts: districts.match(text),
    }));
    return [
      ['language', () => { for (const text of prepared) sink = language.identify(text); }],
      ['mentions', () => { for (const text of prepared) sink = mentions.find(text); }],
      ['issues + slices', () => {
        prepared.forEach((text, index) => {
          const code = (languages[index] as LanguageResult).code;
          sink = [issues.issues(text, code), issues.slices(text, code)];
        });
      }],
      ['districts', () => { for (const text of prepared) sink = districts.match(text); }],
      ['agencies (given issues and districts)', () => {
        prepared.forEach((text, index) => {
          const { issues: hits, districts: places } = found[index]!;
          const code = (languages[index] as LanguageResult).code;
          sink = agencies.attribute({ text, language: code, issues: hits, districts: places, outlet: null });
        });
      }],
      ['sentiment (overall)', () => {
        prepared.forEach((text, index) => { sink = sentiment.overall(text.normalised, languages[index] as LanguageResult); });
      }],
    ];
  };

  console.log(`${count} posts of ${words.toFixed(1)} words on average, from ${origin}; median of ${PASSES} passes`);
  console.log(`${'stage'.padEnd(36)} ${'posts/s (CPU)'.padStart(14)} ${'posts/s (wall)'.padStart(15)}`);
  const format = (value: number): string => Math.round(value).toLocaleString('en-US');
  for (const [name, run] of [...whole, ...separately()]) {
    const rate = postsPerSecond(count, run);
    console.log(`${name.padEnd(36)} ${format(rate.cpu).padStart(14)} ${format(rate.wall).padStart(15)}`);
  }
  void sink;
}

await main();
