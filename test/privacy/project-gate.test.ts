/**
 * Every way into the store builds its privacy gate one way. `tyndau worker` built its own from
 * the subjects alone and redacted the agencies' names (a district named after a surname) that an
 * import on one machine keeps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

const SOURCE = join(import.meta.dirname, '..', '..', 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the privacy gate of a project', () => {
  it('is built only by projectGate, with the subjects\' and the agencies\' names', () => {
    const building = sourceFiles(SOURCE)
      .filter((path) => readFileSync(path, 'utf8').includes('new PrivacyGate('))
      .map((path) => relative(SOURCE, path));

    expect(building).toEqual(['privacy/project-gate.ts']);
  });

  it('is what the import threads, the distributed worker, explain and demo use', () => {
    const users = sourceFiles(SOURCE)
      .filter((path) => /\bprojectGate\(project\)/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(SOURCE, path))
      .sort();

    expect(users).toEqual(['cli/context.ts', 'cli/demo.ts', 'cli/explain.ts', 'ingest/analysis-worker.ts', 'worker/start-worker.ts']);
  });
});
