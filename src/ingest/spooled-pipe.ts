import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

import { removedOnExit } from './removed-on-exit.js';

/** A pipe's bytes kept in a temporary file, and how to remove it. */
export interface SpooledPipe {
  readonly path: string;
  readonly release: () => Promise<void>;
}

/**
 * A named pipe's bytes copied to a temporary file; undefined for anything but a pipe. A pipe
 * (`import <(zcat export.jsonl.gz)`, or `zcat export.jsonl.gz | tyndau import -`, the way the
 * README gives for compressed exports) has no size to tell a large JSON Lines export by and can
 * be read only once, so it was read whole: an export over 512 MB failed as "Invalid string
 * length" after taking gigabytes of memory. The copy is read as any file is, large ones as a
 * stream; it takes disk, not memory.
 */
export async function spooledPipe(path: string): Promise<SpooledPipe | undefined> {
  try {
    if (!(await stat(path)).isFIFO()) return undefined;
  } catch {
    return undefined; // The importer names a path it cannot read.
  }

  const folder = await mkdtemp(join(tmpdir(), 'tyndau-pipe-'));
  const forget = removedOnExit(folder);
  const release = async (): Promise<void> => {
    forget();
    await rm(folder, { recursive: true, force: true });
  };
  const copy = join(folder, 'piped');
  try {
    await pipeline(createReadStream(path), createWriteStream(copy));
  } catch (error) {
    await release();
    throw new Error(`${path}: cannot read the pipe: ${(error as Error).message}`);
  }
  return { path: copy, release };
}
