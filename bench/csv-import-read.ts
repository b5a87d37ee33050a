/**
 * Peak memory of reading a large CSV export into posts, at two or more sizes, read whole (as
 * every CSV was before; forced here with `streamFromBytes: Infinity`) and as a stream, as
 * `tyndau import` reads a CSV of 16 MB or more. The CSV is generated in a temporary folder,
 * shaped as a listening tool writes one (semicolons, quoted texts with line breaks and quotes,
 * a slashed day-first date, an author column that is never read). Each reading runs in its own
 * process, so that its peak RSS is its own. Only reading is measured: no privacy gate, analysis
 * or store.
 *
 *   npx tsx bench/csv-import-read.ts [--rows 50000,200000]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { readPostBatches } from '../src/ingest/read-post-batches.js';

const MODES = ['whole', 'stream'] as const;
type Mode = (typeof MODES)[number];

const TEXTS = [
  'Автобус 92 опять не пришёл, ждали на остановке сорок минут',
  '""Әкімдік жөндеу жұмыстарын қашан бастайды?""\nАула толы шұңқыр',
  'Во дворе на Толе би третью неделю не вывозят мусор; звонили в ""Тазалык"" дважды',
  'Светофор на пересечении Абая и Розыбакиева не работает с утра',
];

function csvOf(rows: number): string {
  const lines = ['Дата;Текст;Платформа;Автор'];
  for (let row = 0; row < rows; row += 1) {
    const day = String(1 + (row % 28)).padStart(2, '0');
    const text = TEXTS[row % TEXTS.length]!;
    lines.push(`${day}/11/2026 ${String(row % 24).padStart(2, '0')}:15;"${text}, запись ${row}";vk;Житель ${row % 997}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function readOnce(path: string, mode: Mode): Promise<void> {
  const started = Date.now();
  let posts = 0;
  const options = {
    timezone: 'Asia/Almaty', now: new Date('2026-12-01T00:00:00Z'), batchSize: 1000,
    streamFromBytes: mode === 'whole' ? Number.POSITIVE_INFINITY : 0,
  };
  for await (const batch of readPostBatches(path, options)) posts += batch.posts.length;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ mode, posts, seconds: (Date.now() - started) / 1000, peakRssMb }));
}

function measure(path: string, mode: Mode): { mode: Mode; posts: number; seconds: number; peakRssMb: number } {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, script, '--child', mode, path], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`reading ${mode} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as ReturnType<typeof measure>;
}

const childAt = process.argv.indexOf('--child');
if (childAt !== -1) {
  await readOnce(process.argv[childAt + 2]!, process.argv[childAt + 1] as Mode);
} else {
  const rowsAt = process.argv.indexOf('--rows');
  const sizes = rowsAt === -1 ? [50_000, 200_000] : process.argv[rowsAt + 1]!.split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'tyndau-csv-bench-'));
  const results = [];
  try {
    for (const rows of sizes) {
      const path = join(dir, `export-${rows}.csv`);
      writeFileSync(path, csvOf(rows));
      const megabytes = Math.round(statSync(path).size / 2 ** 20);
      for (const mode of MODES) {
        const reading = measure(path, mode);
        results.push({ rows, megabytes, ...reading });
        process.stdout.write(`${rows.toLocaleString('en')} rows (${megabytes} MB) ${mode.padEnd(6)} ` +
          `${reading.posts.toLocaleString('en')} posts in ${reading.seconds.toFixed(1)} s, peak RSS ${reading.peakRssMb} MB\n`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(fileURLToPath(new URL('./results/csv-import-read.json', import.meta.url)), `${JSON.stringify({ results }, null, 2)}\n`);
}
