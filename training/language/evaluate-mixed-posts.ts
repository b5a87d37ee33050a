/**
 * Issues and overall sentiment on Kazakh posts with Russian sentences, labelled by hand
 * (test/fixtures/analyze/mixed-posts): whether reading each sentence with its own language's
 * rules gets them right where the post's language would not.
 *
 *   vite-node training/language/evaluate-mixed-posts.ts [--errors]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { SentimentLabel } from '../../src/analyze/analysis.js';
import { createAnalyzer } from '../../src/analyze/pipeline.js';
import { packageRoot } from '../../src/package-root.js';
import { loadProject } from '../../src/project/load-project.js';

interface LabelledPost {
  readonly id: string;
  readonly text: string;
  readonly issues: readonly string[];
  readonly sentiment: SentimentLabel;
}

const FIXTURE = join(packageRoot(), 'test', 'fixtures', 'analyze', 'mixed-posts', 'kazakh-posts-with-russian-sentences.jsonl');

async function main(): Promise<void> {
  const showErrors = process.argv.includes('--errors');
  const project = await loadProject(join(packageRoot(), 'examples', 'almaty', 'tyndau.yaml'), {
    TYNDAU_SECRET: 'mixed-posts-evaluation-secret-0123',
  });
  const analyzer = await createAnalyzer(project);
  const posts = readFileSync(FIXTURE, 'utf8').split('\n').filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledPost);

  let found = 0;
  let labelled = 0;
  let right = 0;
  let exact = 0;
  let sentimentRight = 0;
  const languages = new Map<string, number>();
  for (const post of posts) {
    const analysis = analyzer.analyze({ text: post.text });
    const issues = analysis.issues.map((issue) => issue.issueId);
    languages.set(analysis.language.code, (languages.get(analysis.language.code) ?? 0) + 1);
    found += issues.length;
    labelled += post.issues.length;
    right += issues.filter((issue) => post.issues.includes(issue)).length;
    const same = issues.length === post.issues.length && issues.every((issue) => post.issues.includes(issue));
    if (same) exact++;
    if (analysis.sentiment.label === post.sentiment) sentimentRight++;
    if (showErrors && (!same || analysis.sentiment.label !== post.sentiment)) {
      console.log(`  ${post.id} [${post.issues.join(',')}] → [${issues.join(',')}], ` +
        `${post.sentiment} → ${analysis.sentiment.label} (${analysis.language.code}): ${post.text}`);
    }
  }
  const precision = right / found;
  const recall = right / labelled;
  console.log(`${posts.length} posts, languages ${JSON.stringify(Object.fromEntries(languages))}`);
  console.log(`issues: micro precision ${percent(precision)} %, recall ${percent(recall)} %, ` +
    `F1 ${(2 * precision * recall / (precision + recall)).toFixed(3)}; all right in ${exact} posts`);
  console.log(`overall sentiment right in ${sentimentRight} of ${posts.length} (${percent(sentimentRight / posts.length)} %)`);
}

function percent(share: number): string {
  return (100 * share).toFixed(1);
}

await main();
