import { describe, expect, it } from 'vitest';

import type { LanguageResult } from '../../src/analyze/analysis.js';
import { createSentimentAnalyzer } from '../../src/analyze/sentiment/index.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { language, readFixtureTable } from './helpers.js';

// News of a new facility opened ("открылся новый центр", "жаңа емхана ашылды") was read neutral
// in the Astana trial. Written for the purpose and labelled before the rule ran on them, with
// controls: a complaint about the new school, a question about one to come, a new criminal case
// and a notice of a route to come. Still read wrong (left out below): "Елордада жаңа бағдаршамдар
// орнатылды, кептеліс азайды." is negative, as "кептеліс" (traffic jam) reads as a complaint though
// it "decreased".
describe('overall sentiment of news of a new facility', () => {
  it('reads every post as labelled: the opening positive, the controls not', async () => {
    const analyzer = await createSentimentAnalyzer();
    const posts = readFixtureTable('astana-trial-new-facilities.tsv', ['language', 'expected', 'text']);
    const read = posts.map((post) =>
      analyzer.overall(normaliseForMatching(post.text), language(post.language as LanguageResult['code'])).label);

    expect(read).toEqual(posts.map((post) => post.expected));
  });
});
