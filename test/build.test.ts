import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * The README's first command is `npm ci && npm run demo`, which compiles with tsconfig.build.json:
 * a file under src/, bench/ or training/ that pulls in test-only code breaks it while every test
 * still passes (a bench importing a test helper did).
 */
describe('the build behind npm run demo', () => {
  it('type-checks with tsconfig.build.json', () => {
    const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
    const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noEmit'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
