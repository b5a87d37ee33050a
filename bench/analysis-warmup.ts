/**
 * How a worker's analysis CPU per post changes over a run, and whether two processes analysing
 * at the same time each pay more per post than one alone. Gates and analyses the posts of a
 * benchmark corpus in one process and prints the CPU a post for each slice of the run:
 *
 *   node dist/bench/analysis-warmup.js --corpus FILE [--posts 100000] [--slice 10000] [--skip 0]
 *
 * Start two copies at once (different --skip) to compare with one alone.
 */
import { importFile } from '../src/collect/index.js';
import { createAnalyzer } from '../src/analyze/pipeline.js';
import { PrivacyGate } from '../src/privacy/gate.js';
import { loadBenchProject } from './bench-project.js';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

const corpus = option('corpus')!;
const project = await loadBenchProject(option('project')!);
const slice = Number(option('slice') ?? 10_000);
const skip = Number(option('skip') ?? 0);
const count = Number(option('posts') ?? 100_000);
const batch = await importFile(corpus, { timezone: project.timezone });
const posts = batch.posts.slice(skip, skip + count);
const gate = new PrivacyGate({ secret: project.privacy.secret, subjects: project.subjects });
const analyzer = await createAnalyzer(project);
const collectedAt = new Date();
let sliceStart = cpuSeconds();
let wallStart = performance.now();
const lines: string[] = [];
posts.forEach((raw, index) => {
  const post = gate.admit(raw, collectedAt);
  analyzer.analyze({ text: post.text, title: post.title, declaredLanguage: post.declaredLanguage });
  if ((index + 1) % slice === 0) {
    const now = cpuSeconds();
    const wall = performance.now();
    lines.push(`${index + 1}\t${((now - sliceStart) / slice * 1e6).toFixed(0)} µs cpu\t${((wall - wallStart) / slice * 1e3).toFixed(0)} µs wall`);
    sliceStart = now;
    wallStart = wall;
  }
});
process.stdout.write(`${lines.join('\n')}\n`);
// With --expose-gc, the heap the run keeps: models and the per-word caches.
const collect = (globalThis as { gc?: () => void }).gc;
if (collect) {
  batch.posts.length = 0;
  posts.length = 0;
  collect();
  process.stdout.write(`live heap after the run: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB\n`);
}
