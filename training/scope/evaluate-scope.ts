/**
 * Precision and recall of `elsewhere` (posts about other places only, set aside from figures)
 * on posts labelled by hand: the demo corpus's dev and held-out posts and the fresh posts.
 * A demo post is imported, admitted and analysed whole, title included (the labels file keeps
 * only the beginning of its text); a fresh post's text goes through the same analysis.
 *
 *   vite-node training/scope/evaluate-scope.ts [--split dev|test|fresh] [--errors]
 *
 * `--errors` lists the posts whose `elsewhere` was wrong with the place names found in them;
 * read it for dev and fresh only, never for the held-out test split.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { PostScope } from '../../src/analyze/analysis.js';
import { prepareText } from '../../src/analyze/analysis-text.js';
import { createAnalyzer, type Analyzer } from '../../src/analyze/pipeline.js';
import { ScopeFinder } from '../../src/analyze/scope/index.js';
import { importFile } from '../../src/collect/index.js';
import { packageRoot } from '../../src/package-root.js';
import { PrivacyGate } from '../../src/privacy/gate.js';
import { loadProject } from '../../src/project/load-project.js';
import type { Project } from '../../src/project/project.js';

interface Scoped {
  readonly scope: PostScope;
  /** The title and text as analysed. */
  readonly document: string;
}

interface LabelledPost {
  readonly id: string;
  readonly split: string;
  readonly label: PostScope;
  readonly text: string;
  readonly title?: string;
}

const FIXTURES = join(packageRoot(), 'test', 'fixtures', 'scope');
const FILES = ['demo-corpus-scopes.jsonl', 'fresh-posts-scopes.jsonl'];
/** The secret the labels' post ids were made with (the demo corpus of the query tests). */
const DEMO_SECRET = 'query-test-secret-0123456789';

function readLabelled(): LabelledPost[] {
  return FILES.flatMap((file) => {
    const lines = readFileSync(join(FIXTURES, file), 'utf8').split('\n').filter((line) => line.trim() !== '');
    return lines.map((line) => JSON.parse(line) as LabelledPost);
  });
}

async function main(): Promise<void> {
  const wanted = optionValue('--split');
  const showErrors = process.argv.includes('--errors');
  const project = await loadProject(join(packageRoot(), 'examples', 'almaty', 'tyndau.yaml'), {
    TYNDAU_SECRET: DEMO_SECRET,
  });
  const analyzer = await createAnalyzer(project);
  const demoScopes = await demoCorpusScopes(project, analyzer);
  const finder = new ScopeFinder(project);
  const posts = readLabelled().filter((post) => wanted === null || post.split === wanted);
  const splits = [...new Set(posts.map((post) => post.split))];

  for (const split of splits) {
    let found = 0;
    let labelled = 0;
    let right = 0;
    for (const post of posts.filter((each) => each.split === split)) {
      const { scope, document } = demoScopes.get(post.id) ??
        { scope: analyzer.analyze({ text: post.text }).scope ?? 'none', document: post.text };
      if (scope === 'elsewhere') found++;
      if (post.label === 'elsewhere') labelled++;
      if (scope === 'elsewhere' && post.label === 'elsewhere') right++;
      if (showErrors && (scope === 'elsewhere') !== (post.label === 'elsewhere')) {
        const names = finder.namesIn(prepareText(document)).map((name) => `${name.name} (${name.owner})`);
        console.log(`  ${post.label} → ${scope}: ${post.text.slice(0, 120)}\n    names: ${names.join(', ')}`);
      }
    }
    const precision = percent(right, found);
    const recall = percent(right, labelled);
    console.log(`${split}: ${posts.filter((each) => each.split === split).length} posts, ` +
      `${labelled} labelled elsewhere, ${found} found; precision ${precision} %, recall ${recall} %`);
  }
}

/** The scope of every demo-corpus post by its id, as `tyndau demo` would store it. */
async function demoCorpusScopes(project: Project, analyzer: Analyzer): Promise<Map<string, Scoped>> {
  const gate = new PrivacyGate({ secret: project.privacy.secret, subjects: project.subjects });
  const scopes = new Map<string, Scoped>();
  for (const source of project.sources) {
    const batch = await importFile(source.location, { timezone: project.timezone });
    for (const raw of batch.posts) {
      const post = gate.admit(raw, new Date('2025-12-01T12:00:00Z'));
      if (scopes.has(post.id)) continue;
      const analysis = analyzer.analyze({
        text: post.text, title: post.title, declaredLanguage: post.declaredLanguage,
      });
      const document = post.title ? `${post.title}\n${post.text}` : post.text;
      scopes.set(post.id, { scope: analysis.scope ?? 'none', document });
    }
  }
  return scopes;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : (100 * part / whole).toFixed(1);
}

function optionValue(name: string): string | null {
  const index = process.argv.indexOf(name);
  return index < 0 ? null : process.argv[index + 1] ?? null;
}

await main();
