import type { Command } from 'commander';

import type { SkippedRecord } from '../collect/raw-post.js';
import { formatLocation } from '../ingest/ingest-files.js';
import { readPostBatches } from '../ingest/read-post-batches.js';
import { openQueue } from '../worker/jetstream-queue.js';
import { publishRawPosts } from '../worker/publish-raw-posts.js';
import { DEFAULT_QUEUE_BASE, queueNames } from '../worker/queue-names.js';
import { inputFiles } from './input-files.js';
import { openProject, UsageError } from './context.js';
import { natsUrlOf } from './deployment.js';
import { printableLine } from '../text/printable.js';

/** Posts read and published at a time. */
const BATCH_SIZE = 1000;
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
          // Batch by batch, as `tyndau import` reads: a large export is streamed, not held whole.
          let format = '';
          let published = 0;
          const skipped: SkippedRecord[] = [];
          for await (const batch of readPostBatches(file, { timezone: project.timezone, now: collectedAt, batchSize: BATCH_SIZE })) {
            format ||= batch.format;
            published += await publishRawPosts(queue, batch.posts, collectedAt);
            skipped.push(...batch.skipped);
          }
          process.stdout.write(`${printableLine(file)}: ${format}, ${published} published, ${skipped.length} skipped\n`);
          for (const skip of skipped.slice(0, SKIPS_LISTED)) {
            process.stdout.write(`  skipped ${printableLine(formatLocation(skip.location))}: ${printableLine(skip.reason)}\n`);
          }
          if (skipped.length > 0) process.exitCode = 2;
        }
      } finally {
        await queue.connection.drain();
        release();
      }
    });
}
