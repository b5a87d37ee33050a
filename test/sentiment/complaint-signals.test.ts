import { beforeAll, describe, expect, it } from 'vitest';

import type { LanguageResult } from '../../src/analyze/analysis.js';
import { signalsComplaint } from '../../src/analyze/sentiment/complaint-signals.js';
import { createSentimentAnalyzer, type SentimentAnalyzer } from '../../src/analyze/sentiment/index.js';
import { PLACEHOLDERS } from '../../src/privacy/redact/redaction-kind.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { kazakhLatinToCyrillic } from '../../src/text/transliterate-kazakh.js';
import { language, readFixtureTable } from './helpers.js';

const posts = readFixtureTable('complaints-without-tone-and-sarcasm.tsv', ['language', 'expected', 'text']);

// Residents' complaints with no word of tone ("Батареи еле тёплые"), and sarcasm whose praise
// the model took at its word ("Спасибо акимату за очередную яму"), were neutral or positive.
describe('overall sentiment of complaints without tone words and of sarcasm', () => {
  let analyzer: SentimentAnalyzer;
  beforeAll(async () => {
    analyzer = await createSentimentAnalyzer();
  });

  it.each(posts.map((post) => [post.language, post.expected, post.text] as const))('%s %s: %s', (code, expected, text) => {
    const result = analyzer.overall(normaliseForMatching(text), language(code as LanguageResult['code']));
    expect(result.label).toBe(expected);
  });
});

// Fresh posts of the Shymkent trial's kinds, labelled before the code was run on them: Kazakh
// services failing told plainly, praise in Kazakh, Russian and Latin Kazakh, and three neutral
// controls. 36 of 42 right before the rules for a bus not coming, nobody acting, no result and
// praise; 41 after; 42 since a Kazakh event notice is pulled toward neutral.
describe('overall sentiment of the Shymkent trial\'s complaints and praise', () => {
  it('reads every post as labelled, the concert notice neutral', async () => {
    const analyzer = await createSentimentAnalyzer();
    const trial = readFixtureTable('shymkent-trial-kinds.tsv', ['language', 'expected', 'text']);
    const wrong = trial.filter((post) =>
      analyzer.overall(normaliseForMatching(post.text), language(post.language as LanguageResult['code'])).label !==
        post.expected).map((post) => post.text);
    expect(wrong).toEqual([]);
  });
});

describe('overall sentiment of the Astana trial\'s winter complaints', () => {
  // Written for the trial and labelled before the rules were run on them: freezing people, a
  // stuck lift, those in charge shrugging, heat and pensions not given, fear of dogs, no sleep.
  it('reads each as negative', async () => {
    const analyzer = await createSentimentAnalyzer();
    const trial = readFixtureTable('astana-trial-winter-complaints.tsv', ['language', 'expected', 'text']);
    const wrong = trial.filter((post) =>
      analyzer.overall(normaliseForMatching(post.text), language(post.language as LanguageResult['code'])).label !==
        post.expected).map((post) => post.text);
    expect(wrong).toEqual([]);
  });

  it('leaves a trouble a Kazakh review tells as past alone', () => {
    const past = ['Ескі матраста ұйықтай алмайтын едім, енді жақсы', 'Қиналып жүр едім, енді бәрі оңай'];
    expect(past.filter((text) => signalsComplaint(normaliseForMatching(text)))).toEqual([]);
  });
});

describe('complaint signals', () => {
  it('read a bus not coming, nobody acting and a complaint without result, not news of nobody hurt', () => {
    const texts = [
      // The sarcasm that praise words turned positive among the residents' posts.
      'керемет жұмыс, үшінші күн суық су да жоқ',
      'супер, сквер закрыли на реконструкцию уже третий год',
      '12-автобус келмейді',
      'ешкім жауап бермейді',
      'арық ағып жатыр, ешкім жөндемейді',
      'үш рет шағымдандық, еш нәтиже жоқ',
      'балабақшаға орын жоқ',
      'жол апатында ешкім зардап шекпеді',
      'тексеру нәтижесі жақсы',
      'автобус уақытында келеді',
    ];
    expect(texts.map((text) => signalsComplaint(text))).toEqual([true, true, true, true, true, true, true, false, false, false]);
  });

  it('are not read in words of the same letters that complain of nothing', () => {
    const plain = [
      'Снова открыли каток в парке', 'Тағы да рахмет', 'Үш күн демалдық', 'Пробежка в парке', 'Ямайка',
      // News: a full cathedral, a law broken, a thing that could not be better.
      'Выступая в переполненном соборе, понтифик призвал к миру', 'Заң бұзылды деп хабарлады',
      'Бұдан жақсы болуы мүмкін емес', 'Жауап берілмеді деп жазды агенттік',
    ];
    expect(plain.filter((text) => signalsComplaint(normaliseForMatching(text)))).toEqual([]);
  });

  // A Russian post whose only Latin letters are the gate's placeholders is not read a second
  // time as Kazakh Latin: neither reading finds a signal in a placeholder or across its brackets.
  it('are found beside the privacy gate\'s placeholders as without them', () => {
    const texts = Object.values(PLACEHOLDERS).flatMap((placeholder) => [
      `Ждали ${placeholder} 40 минут`, `Нет ${placeholder} света`, `нет света ${placeholder}`,
      `${placeholder} пробки`, `Пробка${placeholder}`,
    ]);
    const found = texts.filter((text) => signalsComplaint(normaliseForMatching(text)));
    expect(found).toEqual(Object.values(PLACEHOLDERS).flatMap((placeholder) => [
      `нет света ${placeholder}`, `${placeholder} пробки`, `Пробка${placeholder}`,
    ]));
  });

  it('never read a placeholder as a signal in Kazakh Latin', () => {
    const readings = Object.values(PLACEHOLDERS).map((placeholder) => kazakhLatinToCyrillic(placeholder.toLowerCase()));
    expect(readings.filter((reading) => signalsComplaint(reading) || signalsComplaint(`нет ${reading}`))).toEqual([]);
  });
});

