import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadProject } from '../src/project/load-project.js';
import { packageRoot } from '../src/package-root.js';
import type { Project } from '../src/project/project.js';

/** A key for benchmark stores only; they are deleted after the run. */
const BENCH_SECRET = 'bench-secret-not-for-production';

/**
 * Writes the Almaty example project into `dir`, storing into `storeFile` there, with a secret
 * read from the environment as in any real project.
 */
export function writeBenchProject(dir: string, storeFile: string): string {
  const example = readFileSync(join(packageRoot(), 'examples', 'almaty', 'tyndau.yaml'), 'utf8');
  const path = join(dir, 'tyndau.yaml');
  writeFileSync(path, example
    .replace(/secret:.*$/m, 'secret: env:TYNDAU_BENCH_SECRET')
    .replace(/^( {2}sqlite:).*$/m, `$1 ${storeFile}`));
  return path;
}

export function loadBenchProject(path: string): Promise<Project> {
  return loadProject(path, { ...process.env, TYNDAU_BENCH_SECRET: BENCH_SECRET });
}
