import type { Command } from 'commander';

import { createLogger } from '../log/logger.js';
import { openContext } from './context.js';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('re-run the analysis stages over every stored post (after a model or project change)')
    .requiredOption('-p, --project <file>', 'project file (tyndau.yaml)')
    .action(async (options: { project: string }) => {
      const context = await openContext(options.project);
      const started = Date.now();
      try {
        const count = context.store.reanalyze((post) => context.analyzer.analyze(post), 1000);
        const seconds = (Date.now() - started) / 1000;
        createLogger().info('analyze.done', { posts: count, seconds });
        process.stdout.write(`re-analysed ${count} posts in ${seconds.toFixed(1)} s\n`);
      } finally {
        context.store.close();
      }
    });
}
