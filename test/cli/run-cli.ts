import { spawnSync } from 'node:child_process';

import { inject } from 'vitest';

import './build-cli.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the transpiled `tyndau` CLI as a child process, the way a user runs it. */
export function runCli(
  args: readonly string[],
  options: { input?: string; env?: Readonly<Record<string, string>>; cwd?: string; timeoutMs?: number } = {},
): CliRun {
  const result = spawnSync(process.execPath, [inject('cliEntry'), ...args], {
    encoding: 'utf8',
    input: options.input,
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
    // A run that does not end is killed and throws (ETIMEDOUT) rather than holding up the suite.
    ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
