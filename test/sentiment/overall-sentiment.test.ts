import { beforeAll, describe, expect, it } from 'vitest';

import type { LanguageResult } from '../../src/analyze/analysis.js';
import {
  createSentimentAnalyzer,
  type SentimentAnalyzer,
} from '../../src/analyze/sentiment/index.js';
import { expressesGratitude, gratitude } from '../../src/analyze/sentiment/gratitude.js';
import { informationQuestion } from '../../src/analyze/sentiment/information-question.js';
import { announcesEvent, announcesSchedule } from '../../src/analyze/sentiment/schedule-announcement.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { language, readFixtureTable } from './helpers.js';

const posts = readFixtureTable('clear-cut-posts.tsv', ['language', 'expected', 'text']);
const residentsKinds = readFixtureTable('thanks-questions-and-notices.tsv', [
  'language',
  'expected',
  'text',
]);

/** One test per fixture row: the post, in its language, reads as the row expects. */
function itReadsEachPostAsExpected(
  rows: readonly Record<'language' | 'expected' | 'text', string>[],
  analyzer: () => SentimentAnalyzer,
): void {
  it.each(rows.map((post) => [post.language, post.expected, post.text] as const))(
    '%s %s: %s',
    (code, expected, text) => {
      const result = analyzer().overall(
        normaliseForMatching(text),
        language(code as LanguageResult['code']),
      );
      expect(result.label).toBe(expected);
    },
  );
}

describe('overall sentiment of clear-cut posts', () => {
  let analyzer: SentimentAnalyzer;
  beforeAll(async () => {
    analyzer = await createSentimentAnalyzer();
  });

  itReadsEachPostAsExpected(posts, () => analyzer);

  it('reads a mixed Russian–English post with the English word lists weighted by its English share', () => {
    const mixed: LanguageResult = { code: 'mixed', shares: { ru: 0.5, en: 0.5 }, confidence: 0.8 };
    const result = analyzer.overall(
      normaliseForMatching('Terrible service, ужасно, disgrace'),
      mixed,
    );
    expect(result.label).toBe('negative');
  });
});

// Found by the product's users: thanks read neutral ("Әкімдікке алғыс білдіреміз"), notices of
// planned works and questions asking for information read negative ("Во сколько открывается
// ЦОН?", "с 10 по 15 июня будет отключена горячая вода"). Complaints keep winning over thanks and
// over questions that complain.
describe('overall sentiment of thanks, questions and notices', () => {
  let analyzer: SentimentAnalyzer;
  beforeAll(async () => {
    analyzer = await createSentimentAnalyzer();
  });

  itReadsEachPostAsExpected(residentsKinds, () => analyzer);

  it('does not take "owing to", a reply to thanks or a holiday\'s name for thanks', () => {
    const plain = [
      'Ирвин получил известность благодаря его передаче',
      'Не благодари',
      'Алғыс айту күні',
    ];
    expect(plain.filter((text) => expressesGratitude(normaliseForMatching(text)))).toEqual([]);
  });

  it('takes praise for thanks, in Kazakh of either Latin alphabet, not "класс" of a school nor sarcasm', () => {
    const texts = ['Жарайсыңдар!', 'Jaraısyńdar, saıabaq ádemi boldy', 'Новый парк просто супер', 'Well done', 'Ученики 5 класса',
      'Ну конечно, молодцы, снова перекопали только что положенный асфальт'];
    expect(texts.map((text) => expressesGratitude(normaliseForMatching(text)))).toEqual([true, true, true, true, false, false]);
  });

  it('tells a thanks closing a longer post from thanks for something', () => {
    const posts = [
      'Рахмет',
      'Әкімдікке алғыс білдіреміз',
      'Билайн тарифымда тегін қосылуға болады деп тұр, қоссам ақша сұрайды, рахмет',
      'Спасибо акимату, двор наконец убрали, ещё раз спасибо',
    ];
    expect(posts.map((text) => gratitude(normaliseForMatching(text)))).toEqual([
      'thanks',
      'thanks',
      'closing',
      'thanks',
    ]);
  });

  it('tells questions that complain from questions that ask', () => {
    const questions = [
      'Где получить справку?',
      'Трамвай вернут или нет? https://t.co/abc',
      'Почему опять не убрали снег?',
      'Такси до аэропорта 12 тысяч, это нормально?',
      'Кто разрешил рубить деревья?!',
      'Неге жарық жоқ?',
      'Әлі жетілдіру керек, автобус 2 минутта өтіп кетті, қалай сонда?',
      'Автобус бүгін жүре ме? Білмеймін.',
      // "сонда" closing a question is "so what now?"; opening one it asks when.
      'Жарық тағы өшті, бұл мүлдем мүмкін емес, сонда??',
      'Сонда қашан ашылады?',
    ];
    expect(questions.map((text) => informationQuestion(normaliseForMatching(text)))).toEqual([
      'seeking',
      'asking',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'seeking',
    ]);
  });

  it('tells a Kazakh event notice from a timetable complaint, a question and a review', () => {
    const texts = [
      'Ертең саябақта концерт болады',
      'Сенбі күні Абай алаңында жәрмеңке өтеді.',
      'Erteń alańda shyrsha jaǵylady',
      'Erteń saıabaqta konsert bolady',
      'Екінті намазы 17.18-де басталады дейді, негізі 17.43-те басталуы керек',
      'Ертең концерт бола ма?',
      'клиент төмен баға койса -0.04, + койса 0.01 болады',
      'Кеше концерт болды',
    ];
    expect(texts.map((text) => announcesEvent(normaliseForMatching(text)))).toEqual([
      true, true, true, true, false, false, false, false,
    ]);
  });

  it('does not take a failure told in the future for a notice of planned works', () => {
    const text = 'Кто вам сказал, что gps не будет работать';
    expect(announcesSchedule(normaliseForMatching(text))).toBe(false);
  });
});
