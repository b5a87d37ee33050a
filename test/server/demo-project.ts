/**
 * The demo project for server tests, built once per test run (the demo imports the whole bundled
 * corpus, about half a minute) and copied for each test file, which may then change its copy.
 * Test files run in parallel processes of one vitest run, so the first builds under a lock
 * folder and the others wait for its `ready` mark.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runDemo } from '../../src/cli/demo.js';

const BUILD_TIMEOUT_MS = 300_000;
const STALE_MS = 24 * 3_600_000;

export async function copyOfDemoProject(): Promise<{ dir: string; projectPath: string }> {
  const cache = await builtDemo();
  const dir = mkdtempSync(join(tmpdir(), 'tyndau-demo-copy-'));
  cpSync(cache, dir, { recursive: true, filter: (path) => !path.endsWith('.lock') && !path.endsWith('ready') });
  return { dir, projectPath: join(dir, 'tyndau.yaml') };
}

async function builtDemo(): Promise<string> {
  removeStaleCaches();
  // Forks of one vitest run share the parent process: one cache per run.
  const cache = join(tmpdir(), `tyndau-demo-cache-${process.ppid}`);
  const ready = join(cache, 'ready');
  const lock = join(tmpdir(), `tyndau-demo-cache-${process.ppid}.lock`);
  if (existsSync(ready)) return cache;

  try {
    mkdirSync(lock);
  } catch {
    await waitFor(ready);
    return cache;
  }
  try {
    mkdirSync(cache, { recursive: true });
    const quiet = { write: () => true } as unknown as NodeJS.WritableStream;
    await runDemo(cache, quiet);
    mkdirSync(ready);
    return cache;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function waitFor(path: string): Promise<void> {
  const started = Date.now();
  while (!existsSync(path)) {
    if (Date.now() - started > BUILD_TIMEOUT_MS) throw new Error(`demo cache: ${path} did not appear`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function removeStaleCaches(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('tyndau-demo-c')) continue;
    const path = join(tmpdir(), name);
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another run removed it first.
    }
  }
}
