import type { Command } from 'commander';

import type { ImportNote, SkippedRecord } from '../collect/raw-post.js';
import { readPostBatches } from '../ingest/read-post-batches.js';
import { openQueue } from '../worker/jetstream-queue.js';
import { publishRawPosts } from '../worker/publish-raw-posts.js';
import { DEFAULT_QUEUE_BASE, queueNames } from '../worker/queue-names.js';
import { inputFiles } from './input-files.js';
import { printRecordLines } from './record-lines.js';
import {
  openProject, UsageError, PROJECT_OPTION, PROJECT_OPTION_DEFAULT, PROJECT_OPTION_HELP,
} from './context.js';
import { natsUrlOf } from './deployment.js';
import { printableLine } from '../text/printable.js';

/** Posts read and published at a time. */
const BATCH_SIZE = 1000;
// Only used if the stream has to be created here, before any worker made it.
const DEFAULT_ACK_WAIT_MS = 60_000;

export function registerPublish(program: Command): void {
  program
    .command('publish')
    .description('distributed mode: read files and publish their raw posts to NATS JetStream for workers')
    .option(PROJECT_OPTION, `${PROJECT_OPTION_HELP}; it needs queue.nats`, PROJECT_OPTION_DEFAULT)
    .option('--queue-name <name>', 'base name of the streams and subjects', process.env['TYNDAU_QUEUE_NAME'] ?? DEFAULT_QUEUE_BASE)
    .argument('<files...>', 'files to publish, - for standard input; the format is detected from the content')
    .action(async (named: string[], options: { project: string; queueName: string }) => {
      const project = await openProject(options.project);
      const natsUrl = natsUrlOf(project);
      if (natsUrl === null) {
        throw new UsageError('publish: set queue.nats in the project file (or TYNDAU_NATS_URL); see docs/scaling.md');
      }
      const { files, folderNotes, release } = await inputFiles(named);
      for (const note of folderNotes) process.stdout.write(`${printableLine(note)}\n`);
      const queue = await openQueue({ url: natsUrl, names: queueNames(options.queueName), ackWaitMs: DEFAULT_ACK_WAIT_MS });
      const collectedAt = new Date();
      try {
        for (const file of files) {
          // Batch by batch, as `tyndau import` reads: a large export is streamed, not held whole.
          let format = '';
          let published = 0;
          const skipped: SkippedRecord[] = [];
          const notes: ImportNote[] = [];
          for await (const batch of readPostBatches(file, { timezone: project.timezone, now: collectedAt, batchSize: BATCH_SIZE })) {
            format ||= batch.format;
            published += await publishRawPosts(queue, batch.posts, collectedAt);
            for (const skip of batch.skipped) skipped.push(skip);
            for (const note of batch.notes ?? []) notes.push(note);
          }
          process.stdout.write(`${printableLine(file)}: ${format}, ${published} published, ${skipped.length} skipped\n`);
          // As import prints them: a column left unread or a date order guessed is no less true here.
          printRecordLines(skipped, notes, process.stdout);
          if (skipped.length > 0) process.exitCode = 2;
        }
      } finally {
        await queue.connection.drain();
        release();
      }
    });
}
