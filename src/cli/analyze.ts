import type { Command } from 'commander';

import { stageVersions } from '../analyze/stage-versions.js';
import { AnalysisWorkers } from '../ingest/analysis-workers.js';
import { createLogger } from '../log/logger.js';
import { reanalyzesInBatches } from '../store/batch-reanalysis.js';
import type { ReanalysisOptions } from '../store/store.js';
import { enforceRetention, PRINT_RETENTION } from '../privacy/enforce-retention.js';
import { projectIds } from '../project/project-ids.js';
import {
  openContext, type CommandContext, PROJECT_OPTION, PROJECT_OPTION_DEFAULT, PROJECT_OPTION_HELP,
} from './context.js';
import { ReanalysisRedactions } from './reanalysis-redactions.js';
import { PARALLEL_FROM_POSTS, WORKERS_HELP, workerCount } from './worker-count.js';
import { counted } from './counted.js';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('re-run the analysis stages that changed (model, taxonomy, subjects, districts, agencies) '
      + 'over the stored posts they concern')
    .option(PROJECT_OPTION, PROJECT_OPTION_HELP, PROJECT_OPTION_DEFAULT)
    .option('--workers <n>', WORKERS_HELP)
    .option('--full', 'every stage of every stored post, whatever changed')
    .action(async (options: { project: string; workers?: string; full?: boolean }) => {
      workerCount(options.workers, false); // a bad value is refused before the store is opened
      const context = await openContext(options.project, { existingStore: true });
      const started = Date.now();
      try {
        // Text past the limit is removed first: it is not analysed again, and its analysis stays.
        enforceRetention(context.store, context.project, PRINT_RETENTION);
        const large = context.store.countPosts() >= PARALLEL_FROM_POSTS;
        const versions = stageVersions(context.project);
        const redactions = new ReanalysisRedactions();
        const count = await reanalyze(context, workerCount(options.workers, large), redactions,
          { versions, full: options.full });
        // Posts without text cannot be analysed again: they only lose what the project removed.
        const pruned = context.store.pruneRemovedIds(projectIds(context.project));
        const seconds = (Date.now() - started) / 1000;
        createLogger().info('analyze.done', {
          posts: count, seconds, prunedPosts: pruned.posts, prunedResults: pruned.rows,
          redactedAgain: redactions.postsRedacted,
          personalDataRemovedFrom: redactions.postsChanged, removed: redactions.describeRemoved(),
        });
        process.stdout.write(`re-analysed ${counted(count, 'post')} in ${seconds.toFixed(1)} s\n`);
        if (pruned.posts > 0) {
          const posts = pruned.posts === 1 ? 'post' : 'posts';
          const results = pruned.rows === 1 ? 'result' : 'results';
          process.stdout.write(`${pruned.posts} ${posts} without text (past retention) kept the rest of `
            + `their analysis but lost ${pruned.rows} ${results} for subjects, issues, slices, districts `
            + 'or agencies the project no longer has\n');
        }
        const summary = redactions.summary();
        if (summary !== null) process.stdout.write(`${summary}\n`);
      } finally {
        context.store.close();
      }
    });
}

async function reanalyze(
  context: CommandContext, workers: number, redactions: ReanalysisRedactions, options: ReanalysisOptions,
): Promise<number> {
  const { store } = context;
  if (workers === 0 || !reanalyzesInBatches(store)) {
    return store.reanalyze((post) => redactions.note(post, context.analyzer.analyze(post)), 1000, options);
  }
  const pool = await AnalysisWorkers.start(context.project, workers);
  try {
    return await store.reanalyzeInBatches(
      async (posts) => redactions.noteBatch(posts, await pool.analyzeBatch(posts)), 1000, options,
    );
  } finally {
    await pool.close();
  }
}
