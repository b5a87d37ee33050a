import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import '../../cli/build-cli.js';
import { serveScenario, storedPosts, writeScenarioProject } from './collect-scenario.js';
import { FixtureServer } from './fixture-server.js';

const KILLS = 20;
const CLI_ENTRY = inject('cliEntry');
const ENV = { ...process.env, TEST_VK_TOKEN: 'crash-test-token' };

let server: FixtureServer;
beforeAll(async () => {
  server = await FixtureServer.start();
  serveScenario(server);
});
afterAll(async () => {
  await server.close();
});

/** Runs the CLI without blocking this process, which serves the fixtures the child fetches. */
function runCli(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI_ENTRY, ...args], { env: ENV });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function collectToEnd(projectPath: string): Promise<void> {
  const run = await runCli(['collect', '--once', '--project', projectPath]);
  if (run.code !== 0) throw new Error(`collect exited ${run.code}: ${run.stderr}`);
}

/** Starts a run and kills it with SIGKILL `delayMs` after its first request reaches the server. */
async function collectAndKill(projectPath: string, delayMs: number): Promise<void> {
  const before = server.requests.length;
  const child = spawn(process.execPath, [CLI_ENTRY, 'collect', '--once', '--project', projectPath], { env: ENV, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const started = new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (server.requests.length > before || child.exitCode !== null) {
        clearInterval(poll);
        resolve();
      }
    }, 2);
  });
  await Promise.race([started, exited]);
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  await exited;
}

describe('collection killed at a random moment', () => {
  it(`ends, once restarted, with exactly the posts of a clean run (${KILLS} random kill points)`, async () => {
    const clean = writeScenarioProject(server);
    const startedAt = Date.now();
    const firstRequest = server.requests.length;
    await collectToEnd(clean.projectPath);
    const cleanPosts = storedPosts(clean.storePath);
    // The collection itself, from the first request on; startup comes before it.
    const window = Math.max(50, Date.now() - startedAt - 300);
    expect(server.requests.length).toBeGreaterThan(firstRequest);
    expect(cleanPosts.length).toBe(10 + 4 + 2);
    expect(cleanPosts.filter((post) => !post.endsWith(' -')).length).toBe(2);
    rmSync(clean.dir, { recursive: true, force: true });

    const outcomes: string[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      const crashed = writeScenarioProject(server);
      const delay = Math.floor(Math.random() * window);
      await collectAndKill(crashed.projectPath, delay);
      await collectToEnd(crashed.projectPath);
      const posts = storedPosts(crashed.storePath);
      outcomes.push(posts.join('\n') === cleanPosts.join('\n') ? 'same' : `differs after a kill at ${delay} ms`);
      rmSync(crashed.dir, { recursive: true, force: true });
    }
    expect(outcomes).toEqual(Array(KILLS).fill('same'));
  }, 600_000);
});

describe('collect and status through the CLI', () => {
  it('prints per-source figures and health', async () => {
    const project = writeScenarioProject(server);
    await collectToEnd(project.projectPath);
    const status = await runCli(['status', '--project', project.projectPath, '--json']);
    const health = JSON.parse(status.stdout) as { sourceId: string; condition: string; errorStreak: number }[];
    expect(health.map((source) => [source.sourceId, source.condition, source.errorStreak])).toEqual([
      ['news', 'ok', 0], ['chat', 'ok', 0], ['wall', 'ok', 0],
    ]);
    rmSync(project.dir, { recursive: true, force: true });
  });
});
