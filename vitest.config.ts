import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Transpiles src/ once so CLI tests can run `tyndau` as a child process.
    globalSetup: ['test/cli/build-cli.ts'],
  },
});
