import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';

import { createAnalyzer, type Analyzer } from '../../src/analyze/pipeline.js';
import { ALMATY_PROJECT } from '../fixtures/analyze/almaty-project.js';

let analyzer: Analyzer;

beforeAll(async () => {
  analyzer = await createAnalyzer(ALMATY_PROJECT);
});

describe('analysis of one post', () => {
  test('soft hyphens and zero-width spaces inside a name still match the subject', () => {
    const text = readFileSync(new URL('../fixtures/text/soft-hyphen-zero-width-inside-name.txt', import.meta.url), 'utf8');
    const analysis = analyzer.analyze({ text });

    expect(analysis.mentions).toEqual([
      { subjectId: 'mayor', start: 0, end: 11, form: 'Аким Алматы', how: 'alias' },
      { subjectId: 'mayor', start: 12, end: 20, form: 'До\u00ADса\u200Bев', how: 'alias' },
    ]);
    expect(analysis.normalised).toBe('аким алматы досаев пообещал, что ремонт дорог закончат к сентябрю.\n');
    expect(analysis.subjectSentiment.map((sentiment) => sentiment.subjectId)).toEqual(['mayor']);
  });

  test('every field of a resident complaint', () => {
    const analysis = analyzer.analyze({ text: 'В Ауэзовском районе третий день нет горячей воды, пенсионеры жалуются, а акимат Алматы молчит' });

    expect(analysis.language).toEqual({ code: 'ru', shares: { ru: 1 }, confidence: 0.97 });
    expect(analysis.mentions.map((mention) => `${mention.subjectId}:${mention.form}`)).toEqual(['akimat:акимат Алматы']);
    // The pensioners are who the outage affects (a slice), not an issue of their own.
    expect(analysis.issues.map((hit) => hit.issueId)).toEqual(['outages']);
    expect(analysis.slices).toEqual(['elderly']);
    expect(analysis.districts).toEqual(['auezov']);
    expect(analysis.sentiment.label).toBe('negative');
  });

  test('"акимат" in a post naming a neighbourhood of the city is the city\'s akimat', () => {
    const named = analyzer.analyze({ text: 'Спасибо акимату, в Аксае наконец дали свет' });
    expect(named.districts).toEqual(['auezov']);
    expect(named.mentions.map((mention) => `${mention.subjectId}:${mention.form}`)).toEqual(['akimat:акимату']);

    expect(analyzer.analyze({ text: 'Спасибо акимату, наконец дали свет' }).mentions).toEqual([]);
  });

  test('a title before an official named right after it is the official\'s, not a body\'s', async () => {
    const project = { ...ALMATY_PROJECT, subjects: [
      ...ALMATY_PROJECT.subjects.filter((subject) => subject.id === 'mayor').map((subject) => ({ ...subject, ambiguousAliases: [] })),
      { id: 'city-akimat', kind: 'body' as const, name: 'Акимат', aliases: [], context: ['Алматы'], ambiguousAliases: ['аким'] },
    ] };
    const own = await createAnalyzer(project);
    const analysis = own.analyze({ text: 'Аким Досаев обещал отремонтировать дорогу в Алатауском районе' });
    expect(analysis.mentions.map((mention) => `${mention.subjectId}:${mention.form}`)).toEqual(['mayor:Досаев']);
  });

  test('a Kazakh post', () => {
    const analysis = analyzer.analyze({ text: 'Алматы қаласының әкімдігі Түрксіб ауданында жаңа аялдамалар салады' });

    expect(analysis.language.code).toBe('kk');
    expect(analysis.mentions.map((mention) => `${mention.subjectId}:${mention.how}`)).toEqual(['akimat:alias']);
    expect(analysis.issues.map((hit) => hit.issueId)).toEqual(['transport']);
    expect(analysis.districts).toEqual(['turksib']);
  });
});

describe('titles', () => {
  test('the title is analysed with the text; its mentions are marked and measured in it', () => {
    const analysis = analyzer.analyze({
      title: 'Досаев ответил на жалобы',
      text: 'Аким Алматы Ерболат Досаев пообещал заменить автобусы на маршруте 32',
    });

    expect(analysis.mentions).toEqual([
      { subjectId: 'mayor', start: 0, end: 6, form: 'Досаев', how: 'alias', inTitle: true },
      { subjectId: 'mayor', start: 0, end: 11, form: 'Аким Алматы', how: 'alias' },
      { subjectId: 'mayor', start: 12, end: 26, form: 'Ерболат Досаев', how: 'alias' },
    ]);
    expect(analysis.normalised.startsWith('досаев ответил на жалобы\nаким алматы')).toBe(true);
    expect(analysis.issues.map((hit) => hit.issueId)).toEqual(['transport']);
  });
});

test('a batch gives the same results as posts one by one', () => {
  const inputs = [
    { text: 'Пробки на Аль-Фараби' },
    { text: 'Almaty qalasynda avtobus aialdamasy joq' },
    { text: 'Power outage in Medeu district' },
  ];
  expect(analyzer.analyzeBatch(inputs)).toEqual(inputs.map((input) => analyzer.analyze(input)));
});

describe('Russian typed in Latin letters', () => {
  test('is analysed as Russian in its Cyrillic reading; mentions stay in the text as written', () => {
    const [complaint] = readFileSync(new URL('../fixtures/text/russian-in-latin.txt', import.meta.url), 'utf8').split('\n');
    const analysis = analyzer.analyze({ text: complaint! });

    expect(analysis.language).toEqual({ code: 'ru', shares: { ru: 1 }, confidence: 0.9 });
    expect(analysis.issues.map((hit) => hit.issueId)).toEqual(['outages']);
    expect(analysis.districts).toEqual(['auezov']);
    expect(analysis.sentiment.label).toBe('negative');
    expect(analysis.mentions.map((mention) => `${mention.subjectId}:${complaint!.slice(mention.start, mention.end)}`)).toEqual(['akimat:akimat Almaty']);
    expect(analysis.normalised.split('\n')[1]).toBe('в ауезовском районе третий ден нет горячей воды, пенсионеры жалуются, а акимат алматы молчит');
  });

  test('the reading is worked out again when only the issue stage reruns', () => {
    const text = 'Avtobus 92 opyat ne prishel, zhdem uzhe chas na ostanovke';
    const whole = analyzer.analyze({ text });
    const rerun = analyzer.analyze({
      text,
      rerun: { stages: ['issues'], prior: { normalised: whole.normalised, language: whole.language, sentiment: whole.sentiment, mentions: [] } },
    });

    expect(whole.issues.map((hit) => hit.issueId)).toEqual(['transport']);
    expect(rerun.issues).toEqual(whole.issues);
  });
});
