import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * The README's first command is `npm ci && npm run demo`, which compiles with tsconfig.build.json:
 * a file under src/, bench/ or training/ that pulls in test-only code breaks it while every test
 * still passes (a bench importing a test helper did).
 */
describe('the build behind npm run demo', () => {
  it('type-checks with tsconfig.build.json', async () => {
    const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
    // Waited for without blocking: tsc takes over a minute on a loaded machine, and a thread
    // that does not answer vitest for a minute fails the whole run.
    const run = await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noEmit'], {
      cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024,
    }).then(
      ({ stdout, stderr }) => ({ output: stdout + stderr, status: 0 }),
      (error: { stdout?: string; stderr?: string; code?: number }) =>
        ({ output: (error.stdout ?? '') + (error.stderr ?? ''), status: error.code ?? -1 }),
    );
    expect(run.output).toBe('');
    expect(run.status).toBe(0);
  });
});
