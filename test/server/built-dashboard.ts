import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { build } from 'vite';

import { packageRoot } from '../../src/package-root.js';

/** Builds the dashboard into a temporary folder, so tests never depend on a stale web/dist. */
export async function buildDashboard(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'tyndau-web-'));
  await build({
    configFile: join(packageRoot(), 'web', 'vite.config.ts'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'error',
  });
  return outDir;
}
