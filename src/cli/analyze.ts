import type { Command } from 'commander';

import { AnalysisWorkers } from '../ingest/analysis-workers.js';
import { createLogger } from '../log/logger.js';
import { reanalyzesInBatches } from '../store/batch-reanalysis.js';
import { openContext, type CommandContext } from './context.js';
import { PARALLEL_FROM_POSTS, WORKERS_HELP, workerCount } from './worker-count.js';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('re-run the analysis stages over every stored post (after a model or project change)')
    .requiredOption('-p, --project <file>', 'project file (tyndau.yaml)')
    .option('--workers <n>', WORKERS_HELP)
    .action(async (options: { project: string; workers?: string }) => {
      workerCount(options.workers, false); // a bad value is refused before the store is opened
      const context = await openContext(options.project);
      const started = Date.now();
      try {
        const large = context.store.countPosts() >= PARALLEL_FROM_POSTS;
        const count = await reanalyze(context, workerCount(options.workers, large));
        const seconds = (Date.now() - started) / 1000;
        createLogger().info('analyze.done', { posts: count, seconds });
        process.stdout.write(`re-analysed ${count} posts in ${seconds.toFixed(1)} s\n`);
      } finally {
        context.store.close();
      }
    });
}

async function reanalyze(context: CommandContext, workers: number): Promise<number> {
  const { store } = context;
  if (workers === 0 || !reanalyzesInBatches(store)) {
    return store.reanalyze((post) => context.analyzer.analyze(post), 1000);
  }
  const pool = await AnalysisWorkers.start(context.project, workers);
  try {
    return await store.reanalyzeInBatches((posts) => pool.analyzeBatch(posts), 1000);
  } finally {
    await pool.close();
  }
}
