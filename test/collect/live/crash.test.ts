import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import '../../cli/build-cli.js';
import { serveScenario, storedPosts, writeScenarioProject } from './collect-scenario.js';
import { FixtureServer } from './fixture-server.js';
import { chooseKillPoints, describeKillPoint, seededRandom, type KillPoint } from './kill-points.js';

/**
 * Every fixed point (each kind of request's first and last arrival, each commit: ten) and a few
 * random ones; TYNDAU_CRASH_KILLS asks for more when hunting a fault.
 */
const KILLS = Number(process.env.TYNDAU_CRASH_KILLS ?? 14);
/** Runs side by side, each with its own fixture server, so both cores work. */
const LANES = 2;
const SEED = Number(process.env.TYNDAU_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CLI_ENTRY = inject('cliEntry');
const ENV = { ...process.env, TEST_VK_TOKEN: 'crash-test-token' };
const SOURCE_DONE = '"event":"collect.source_done"';

/**
 * The lean `tyndau collect` of collect-child.ts, transpiled beside the build of src/ that the
 * global setup made, so that its imports of src/ find the transpiled modules.
 */
function buildChildEntry(): string {
  const buildRoot = dirname(dirname(dirname(CLI_ENTRY)));
  const source = fileURLToPath(new URL('./collect-child.ts', import.meta.url));
  const target = join(buildRoot, 'test', 'collect', 'live', 'collect-child.js');
  const output = ts.transpileModule(readFileSync(source, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: source,
  });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, output.outputText);
  return target;
}

let childEntry: string;
let servers: FixtureServer[] = [];
beforeAll(async () => {
  childEntry = buildChildEntry();
  servers = await Promise.all(Array.from({ length: LANES }, () => FixtureServer.start()));
  servers.forEach(serveScenario);
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

interface ChildRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

function startChild(entry: string, args: readonly string[]): { child: ChildProcess; done: Promise<ChildRun> } {
  const child = spawn(process.execPath, [entry, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<ChildRun>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

async function collectToEnd(entry: string, projectPath: string): Promise<ChildRun> {
  const run = await startChild(entry, ['collect', '--once', '--project', projectPath]).done;
  if (run.code !== 0) throw new Error(`collect exited ${run.code ?? run.signal}: ${run.stderr}`);
  return run;
}

/** Runs a collection and kills it with SIGKILL at `point`; true when the kill came first. */
async function collectUntilKilled(server: FixtureServer, projectPath: string, point: KillPoint): Promise<boolean> {
  const { child, done } = startChild(childEntry, ['collect', '--once', '--project', projectPath]);
  const kill = (): void => {
    child.kill('SIGKILL');
  };
  const later = (delayMs: number): void => {
    setTimeout(kill, delayMs);
  };

  let requests = 0;
  const stopListening = server.onRequest((_request, response) => {
    requests++;
    if (point.on === 'commit' || requests !== point.request) return;
    if (point.on === 'arrival') kill();
    else response.on('finish', () => later(point.delayMs));
  });
  let commits = 0;
  child.stderr!.on('data', (chunk: Buffer) => {
    if (point.on !== 'commit') return;
    commits += chunk.toString().split(SOURCE_DONE).length - 1;
    if (commits >= point.commit) later(point.delayMs);
  });

  const run = await done;
  stopListening();
  return run.signal === 'SIGKILL';
}

/** Kills, restarts and compares; returns `same` or what differed. */
async function crashAndRecover(server: FixtureServer, point: KillPoint, cleanPosts: readonly string[]): Promise<string> {
  const project = writeScenarioProject(server);
  try {
    const killed = await collectUntilKilled(server, project.projectPath, point);
    const atKill = killed ? storedPostCount(project.storePath) : null;
    await collectToEnd(childEntry, project.projectPath);
    const posts = storedPosts(project.storePath);
    const verdict = posts.join('\n') === cleanPosts.join('\n')
      ? 'same'
      : `differs after a kill ${describeKillPoint(point)}: ${posts.length} posts`;
    return killed ? `${verdict}; ${atKill} posts at the kill` : `${verdict}; finished before the kill`;
  } finally {
    rmSync(project.dir, { recursive: true, force: true });
  }
}

/** Posts stored when the run was killed; 0 when it died before creating its store. */
function storedPostCount(storePath: string): number {
  try {
    return storedPosts(storePath).length;
  } catch {
    return 0;
  }
}

/** A run to the end on `server`'s scenario: its requests, commits and stored posts. */
async function cleanRun(server: FixtureServer): Promise<{ paths: string[]; commits: number; posts: string[] }> {
  const project = writeScenarioProject(server);
  try {
    const firstRequest = server.requests.length;
    const run = await collectToEnd(childEntry, project.projectPath);
    return {
      paths: server.requests.slice(firstRequest).map((request) => request.url),
      commits: run.stderr.split(SOURCE_DONE).length - 1,
      posts: storedPosts(project.storePath),
    };
  } finally {
    rmSync(project.dir, { recursive: true, force: true });
  }
}

describe('collection killed with SIGKILL', () => {
  it(`ends, once restarted, with exactly the posts of a clean run (${KILLS} kill points, seed ${SEED})`, async () => {
    // Each lane has a clean run of its own: article ids come from URLs, which hold the server's port.
    const cleanRuns = await Promise.all(servers.map(cleanRun));
    for (const clean of cleanRuns) {
      expect([clean.paths.length, clean.commits]).toEqual([15, 3]);
      expect(clean.posts.length).toBe(10 + 4 + 2);
      expect(clean.posts.filter((post) => !post.endsWith(' -')).length).toBe(2);
    }

    const random = seededRandom(SEED);
    const points = chooseKillPoints(KILLS, cleanRuns[0]!.paths, 3, random);
    expect(points.filter((point) => point.on === 'arrival').map((point) => point.request).sort((a, b) => a - b))
      .toEqual([1, 2, 3, 12, 13, 14, 15]);
    const outcomes: string[] = [];
    let next = 0;
    await Promise.all(servers.map(async (server, lane) => {
      while (next < points.length) {
        const point = points[next++]!;
        const outcome = await crashAndRecover(server, point, cleanRuns[lane]!.posts);
        outcomes.push(outcome);
        // A run can end before a kill meant for its last moments; an arrival kill always lands,
        // since the run waits for the answer.
        if (outcome.endsWith('finished before the kill')) points.push({ on: 'arrival', request: 1 + Math.floor(random() * 15) });
      }
    }));

    const verdicts = outcomes.map((outcome) => outcome.split(';')[0]);
    expect(verdicts, outcomes.join('\n')).toEqual(Array(outcomes.length).fill('same'));
    const killedAt = outcomes.flatMap((outcome) => /; (\d+) posts at the kill/.exec(outcome)?.[1] ?? []).map(Number);
    expect(killedAt.length, outcomes.join('\n')).toBe(KILLS);
    // Arrival points kill before the first commit, between commits and before the last; and a
    // killed run left whole sources' commits only: 0, 10, 10 + 4 or all 16 posts.
    expect(killedAt).toEqual(expect.arrayContaining([0, 10, 14]));
    expect(killedAt.filter((count) => ![0, 10, 14, 16].includes(count))).toEqual([]);
  }, 600_000);
});
