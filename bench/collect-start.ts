/**
 * How long a `tyndau collect --once` takes to start and to finish on the crash test's scenario
 * (a feed of 10 articles, a Telegram channel of two pages, a VK wall, all on 127.0.0.1): the lean
 * entry the crash test kills (only the collect command registered) beside the full CLI, run
 * alternately in the same session, medians and their ratio. CPU seconds (user + system, from
 * /usr/bin/time when present) show what a quiet machine would take when this one is busy.
 *
 *   npx tsx bench/collect-start.ts [--runs 5]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import ts from 'typescript';

import { transpileSources } from '../test/cli/build-cli.js';
import { serveScenario, writeScenarioProject } from '../test/collect/live/collect-scenario.js';
import { FixtureServer } from '../test/collect/live/fixture-server.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const TIME = '/usr/bin/time';

interface Sample {
  readonly firstRequestMs: number;
  readonly totalMs: number;
  readonly cpuSeconds: number | null;
}

function readOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function buildEntries(outDir: string): { lean: string; full: string } {
  transpileSources(outDir);
  const source = join(root, 'test', 'collect', 'live', 'collect-child.ts');
  const lean = join(outDir, 'test', 'collect', 'live', 'collect-child.js');
  const output = ts.transpileModule(readFileSync(source, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  mkdirSync(dirname(lean), { recursive: true });
  writeFileSync(lean, output.outputText);
  return { lean, full: join(outDir, 'src', 'cli', 'main.js') };
}

async function collectOnce(server: FixtureServer, entry: string): Promise<Sample> {
  const project = writeScenarioProject(server);
  const timed = existsSync(TIME);
  const command = timed ? TIME : process.execPath;
  const args = [entry, 'collect', '--once', '--project', project.projectPath];
  const child = spawn(command, timed ? ['-f', 'cpu %U %S', process.execPath, ...args] : args, {
    env: { ...process.env, TEST_VK_TOKEN: 'bench-token' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const started = performance.now();
  const before = server.requests.length;
  let firstRequestMs = 0;
  const stopListening = server.onRequest(() => {
    if (firstRequestMs === 0 && server.requests.length > before) firstRequestMs = performance.now() - started;
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const totalMs = performance.now() - started;
  stopListening();
  rmSync(project.dir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`bench: ${entry} exited ${code}: ${stderr}`);

  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(stderr);
  return { firstRequestMs, totalMs, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : null };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function describe(name: string, samples: readonly Sample[]): { start: number; total: number; cpu: number | null } {
  const start = median(samples.map((sample) => sample.firstRequestMs));
  const total = median(samples.map((sample) => sample.totalMs));
  const cpus = samples.flatMap((sample) => (sample.cpuSeconds === null ? [] : [sample.cpuSeconds]));
  const cpu = cpus.length > 0 ? median(cpus) : null;
  console.log(
    `${name.padEnd(10)} first request ${start.toFixed(0).padStart(6)} ms, done ${total.toFixed(0).padStart(6)} ms` +
      (cpu === null ? '' : `, CPU ${cpu.toFixed(2)} s`) + ` (median of ${samples.length})`,
  );
  return { start, total, cpu };
}

const runs = readOption('runs', 5);
const outDir = join(root, `.bench-build-${process.pid}`);
const server = await FixtureServer.start();
serveScenario(server);
try {
  const entries = buildEntries(outDir);
  const lean: Sample[] = [];
  const full: Sample[] = [];
  // Alternated, so that a change in the machine's load falls on both alike.
  for (let run = 0; run < runs; run++) {
    lean.push(await collectOnce(server, entries.lean));
    full.push(await collectOnce(server, entries.full));
  }
  const leanFigures = describe('lean', lean);
  const fullFigures = describe('full CLI', full);
  console.log(
    `full / lean: first request ${(fullFigures.start / leanFigures.start).toFixed(2)}×, ` +
      `done ${(fullFigures.total / leanFigures.total).toFixed(2)}×` +
      (leanFigures.cpu && fullFigures.cpu ? `, CPU ${(fullFigures.cpu / leanFigures.cpu).toFixed(2)}×` : ''),
  );
} finally {
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
