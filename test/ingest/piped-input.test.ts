import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import type { ImportBatch } from '../../src/collect/raw-post.js';
import { readPostBatches } from '../../src/ingest/read-post-batches.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'collect', 'jsonl-large-export-through-a-pipe.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'tyndau-piped-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Batches of two posts; every file from 100 bytes on counts as large. */
const OPTIONS = { timezone: 'Asia/Almaty', now: new Date('2026-11-30T12:00:00Z'), batchSize: 2, streamFromBytes: 100 };

async function batchesOf(path: string): Promise<ImportBatch[]> {
  const all: ImportBatch[] = [];
  for await (const batch of readPostBatches(path, OPTIONS)) all.push(batch);
  return all;
}

/** What each batch holds: its posts' ids and the lines it skipped. */
function shape(batches: readonly ImportBatch[]): unknown[] {
  return batches.map((batch) => [batch.posts.map((post) => post.nativeId), batch.skipped.map((skip) => skip.location.line)]);
}

const pipeCopies = (): string[] => readdirSync(tmpdir()).filter((name) => name.startsWith('tyndau-pipe-'));

describe('a large JSON Lines export given through a pipe', () => {
  it('is read as a stream as its file is, named by the pipe, and leaves no copy behind', async () => {
    const fifo = join(dir, 'export.fifo');
    execFileSync('mkfifo', [fifo]);
    const copiesBefore = pipeCopies();
    const writer = spawn('sh', ['-c', 'cat "$0" > "$1"', FIXTURE, fifo]);
    const written = new Promise((resolve) => writer.on('close', resolve));

    const piped = await batchesOf(fifo);
    await written;

    // Streamed, a batch reports the lines skipped since the one before; read whole, all came first.
    expect(shape(piped)).toEqual([[['p1', 'p2'], []], [['p4', 'p5'], [3]], [[], []]]);
    expect(shape(piped)).toEqual(shape(await batchesOf(FIXTURE)));
    expect(piped[1]!.skipped[0]!.location.file).toBe(fifo);
    expect(pipeCopies()).toEqual(copiesBefore);
  });
});

describe('the copy of a piped export', () => {
  it('is removed when the import is ended by a signal, which still ends it', async () => {
    const fifo = join(dir, 'ended.fifo');
    execFileSync('mkfifo', [fifo]);
    const script = join(dir, 'spool-and-wait.mts');
    const module = join(import.meta.dirname, '..', '..', 'src', 'ingest', 'spooled-pipe.ts');
    writeFileSync(script, `import { spooledPipe } from ${JSON.stringify(module)};
const spooled = await spooledPipe(${JSON.stringify(fifo)});
console.log(spooled.path);
setInterval(() => undefined, 1000);
`);
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    spawn('sh', ['-c', 'cat "$0" > "$1"', FIXTURE, fifo]);

    const copy = await new Promise<string>((resolve) => child.stdout.once('data', (data: Buffer) => resolve(data.toString().trim())));
    expect(existsSync(copy)).toBe(true);
    child.kill('SIGTERM');

    expect(await ended).toBe('SIGTERM');
    expect(existsSync(join(copy, '..'))).toBe(false);
  });
});

describe('the copy of standard input passed as a socket', () => {
  it('is removed when the import is ended by a signal while it is being copied', async () => {
    const script = join(dir, 'copy-stdin.mts');
    const module = join(import.meta.dirname, '..', '..', 'src', 'cli', 'input-files.ts');
    writeFileSync(script, `import { inputFiles } from ${JSON.stringify(module)};
await inputFiles(['-']);
`);
    const copiesBefore = new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('tyndau-stdin-')));
    // A program that starts tyndau passes a socket as its standard input, as Node does here.
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['pipe', 'ignore', 'inherit'] });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.stdin.write('{"id": "s1", "text": "Отопление не работает"}\n');

    let copy: string | undefined;
    while (copy === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      copy = readdirSync(tmpdir()).find((name) => name.startsWith('tyndau-stdin-') && !copiesBefore.has(name));
    }
    child.kill('SIGTERM');

    expect(await ended).toBe('SIGTERM');
    expect(existsSync(join(tmpdir(), copy))).toBe(false);
  });
});
