import type { Command } from 'commander';

import { importFile } from '../collect/index.js';
import { formatLocation } from '../ingest/ingest-files.js';
import { openQueue } from '../worker/jetstream-queue.js';
import { publishRawPosts } from '../worker/publish-raw-posts.js';
import { DEFAULT_QUEUE_BASE, queueNames } from '../worker/queue-names.js';
import { inputFiles } from './input-files.js';
import { openProject, UsageError } from './context.js';
import { natsUrlOf } from './deployment.js';
import { printableLine } from '../text/printable.js';

/** Skips are listed one per line up to this many; the rest are counted. */
const SKIPS_LISTED = 20;
// Only used if the stream has to be created here, before any worker made it.
const DEFAULT_ACK_WAIT_MS = 60_000;

export function registerPublish(program: Command): void {
  program
    .command('publish')
    .description('distributed mode: read files and publish their raw posts to NATS JetStream for workers')
    .requiredOption('-p, --project <file>', 'project file (tyndau.yaml) with queue.nats')
    .option('--queue-name <name>', 'base name of the streams and subjects', process.env['TYNDAU_QUEUE_NAME'] ?? DEFAULT_QUEUE_BASE)
    .argument('<files...>', 'files to publish, - for standard input; the format is detected from the content')
    .action(async (named: string[], options: { project: string; queueName: string }) => {
      const project = await openProject(options.project);
      const natsUrl = natsUrlOf(project);
      if (natsUrl === null) {
        throw new UsageError('publish: set queue.nats in the project file (or TYNDAU_NATS_URL); see docs/scaling.md');
      }
      const { files, release } = await inputFiles(named);
      const queue = await openQueue({ url: natsUrl, names: queueNames(options.queueName), ackWaitMs: DEFAULT_ACK_WAIT_MS });
      const collectedAt = new Date();
      try {
        for (const file of files) {
          const batch = await importFile(file, { timezone: project.timezone });
          const published = await publishRawPosts(queue, batch.posts, collectedAt);
          process.stdout.write(`${printableLine(file)}: ${batch.format}, ${published} published, ${batch.skipped.length} skipped\n`);
          for (const skip of batch.skipped.slice(0, SKIPS_LISTED)) {
            process.stdout.write(`  skipped ${printableLine(formatLocation(skip.location))}: ${printableLine(skip.reason)}\n`);
          }
          if (batch.skipped.length > 0) process.exitCode = 2;
        }
      } finally {
        await queue.connection.drain();
        release();
      }
    });
}
