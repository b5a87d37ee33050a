import { spawn, spawnSync } from 'node:child_process';

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

/**
 * `runCli` for runs that take tens of seconds (the demo): the test's thread keeps answering
 * vitest while the child runs. A synchronous wait of over a minute on a loaded machine ends the
 * whole suite with "Timeout calling onTaskUpdate" though every test passed.
 */
export function runCliAsync(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [inject('cliEntry'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: string[] = [];
    const stderr: string[] = [];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => stdout.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? -1, stdout: stdout.join(''), stderr: stderr.join('') }));
  });
}
