/**
 * Peak memory and speed of reading a large Telegram Desktop export (`result.json`) into posts:
 * the file read whole, as every JSON document was before (the old path, still there for other
 * formats and forced here with `streamFromBytes: Infinity`), beside the file read as a stream,
 * as `tyndau import` now reads it. The export is generated in a temporary folder, shaped as
 * Telegram Desktop writes one (one-space indents, entity lists, service messages, replies,
 * reactions); each way of reading runs in its own process, so that its peak RSS is its own,
 * the two alternating run by run; medians are printed. Only reading is measured: no privacy gate,
 * analysis or store.
 *
 *   npx tsx bench/telegram-export-read.ts [--megabytes 75,150,300] [--runs 1]
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { readPostBatches } from '../src/ingest/read-post-batches.js';

interface Reading {
  readonly mode: 'whole' | 'stream';
  readonly posts: number;
  readonly seconds: number;
  /** User and system time of the reading process: what a quiet machine would take. */
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
}

const MESSAGES_A_WRITE = 2000;
const PHRASES = [
  'Автобус 92 опять не пришёл, ждали на остановке сорок минут',
  'Әкімдік жөндеу жұмыстарын қашан бастайды? Аула толы шұңқыр',
  'Во дворе на Толе би третью неделю не вывозят мусор',
  'Светофор на пересечении Абая и Розыбакиева не работает с утра',
  'Жылу жоқ, балалар суықта отыр, коммуналдық қызмет жауап бермейді',
  'Спасибо акимату за новый парк в Алатауском районе',
];

function readOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

/** One message as Telegram Desktop writes it, indented to its place in `messages`. */
function messageText(id: number): string {
  const phrase = PHRASES[id % PHRASES.length]!;
  const date = new Date(Date.UTC(2024, 0, 1) + id * 60_000);
  const local = date.toISOString().slice(0, 19);
  const message: Record<string, unknown> = id % 50 === 0
    ? { id, type: 'service', date: local, date_unixtime: String(date.getTime() / 1000), actor: 'Бенчмарк',
      actor_id: `user${id}`, action: 'pin_message', message_id: id - 1, text: '', text_entities: [] }
    : {
      id, type: 'message', date: local, date_unixtime: String(date.getTime() / 1000),
      from: `Житель ${id % 997}`, from_id: `user${100000 + (id % 997)}`,
      ...(id % 7 === 0 ? { reply_to_message_id: id - 3 } : {}),
      text: id % 3 === 0
        ? [`${phrase} `, { type: 'bold', text: `(сообщение ${id})` }, ' ', { type: 'hashtag', text: '#алматы' }]
        : `${phrase}, сообщение ${id}`,
      text_entities: [
        { type: 'plain', text: `${phrase} ` },
        { type: 'bold', text: `(сообщение ${id})` },
      ],
      ...(id % 5 === 0
        ? { reactions: [{ type: 'emoji', count: 3, emoji: '👍', recent: [{ from: 'Житель', from_id: 'user1', date: local }] }] }
        : {}),
    };
  return `  ${JSON.stringify(message, null, 1).replace(/\n/g, '\n  ')}`;
}

async function writeExport(path: string, megabytes: number): Promise<number> {
  const file = createWriteStream(path);
  const write = (text: string) => new Promise<void>((resolve, reject) => {
    file.write(text, (error) => (error ? reject(error) : resolve()));
  });
  await write('{\n "name": "Алматы: жалобы жителей",\n "type": "public_supergroup",\n "id": 1987654321,\n "messages": [\n');
  let id = 1;
  let written = 0;
  while (written < megabytes * 2 ** 20) {
    const part: string[] = [];
    for (let count = 0; count < MESSAGES_A_WRITE; count += 1, id += 1) part.push(messageText(id));
    const text = (id > MESSAGES_A_WRITE + 1 ? ',\n' : '') + part.join(',\n');
    written += Buffer.byteLength(text);
    await write(text);
  }
  await write('\n ]\n}\n');
  await new Promise<void>((resolve) => file.end(resolve));
  return id - 1;
}

/** The child's part: read the file one way and print what it took. */
async function readOnce(path: string, mode: Reading['mode']): Promise<void> {
  const started = process.hrtime.bigint();
  let posts = 0;
  const options = {
    timezone: 'Asia/Almaty', now: new Date('2026-12-01T00:00:00Z'), batchSize: 1000,
    streamFromBytes: mode === 'whole' ? Number.POSITIVE_INFINITY : 0,
  };
  for await (const batch of readPostBatches(path, options)) posts += batch.posts.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage();
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ mode, posts, seconds, cpuSeconds, peakRssMb } satisfies Reading));
}

function runChild(path: string, mode: Reading['mode']): Reading {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, script, '--child', mode, path], {
    encoding: 'utf8', maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`reading ${mode} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Reading;
}

async function main(): Promise<void> {
  const childAt = process.argv.indexOf('--child');
  if (childAt !== -1) {
    await readOnce(process.argv[childAt + 2]!, process.argv[childAt + 1] as Reading['mode']);
    return;
  }

  const sizes = readSizes();
  const runs = readOption('runs', 1);
  const exports: { megabytes: number; messages: number; readings: Reading[] }[] = [];
  for (const megabytes of sizes) exports.push(await measureExport(megabytes, runs));

  const results = fileURLToPath(new URL('./results/telegram-export-read.json', import.meta.url));
  writeFileSync(results, `${JSON.stringify({ exports }, null, 2)}\n`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** `--megabytes 75,150,300`: the sizes of export to measure, so that growth with size shows. */
function readSizes(): number[] {
  const at = process.argv.indexOf('--megabytes');
  return at === -1 ? [75, 150, 300] : process.argv[at + 1]!.split(',').map(Number);
}

async function measureExport(megabytes: number, runs: number): Promise<{ megabytes: number; messages: number; readings: Reading[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'tyndau-telegram-bench-'));
  try {
    const path = join(dir, 'result.json');
    const messages = await writeExport(path, megabytes);
    const size = statSync(path).size;
    process.stdout.write(`export: ${messages.toLocaleString('en')} messages, ${(size / 2 ** 20).toFixed(0)} MB\n`);

    const readings: Reading[] = [];
    for (let run = 0; run < runs; run += 1) {
      for (const mode of ['whole', 'stream'] as const) {
        const reading = runChild(path, mode);
        readings.push(reading);
        process.stdout.write(
          `  ${mode.padEnd(6)} ${reading.posts.toLocaleString('en')} posts in ${reading.seconds.toFixed(1)} s ` +
            `(${Math.round(reading.posts / reading.seconds).toLocaleString('en')} posts/s; ` +
            `${Math.round(reading.posts / reading.cpuSeconds).toLocaleString('en')} a CPU second), ` +
            `peak RSS ${reading.peakRssMb.toLocaleString('en')} MB\n`,
        );
      }
    }
    for (const mode of ['whole', 'stream'] as const) {
      const own = readings.filter((reading) => reading.mode === mode);
      const rate = median(own.map((reading) => reading.posts / reading.seconds));
      const cpuRate = median(own.map((reading) => reading.posts / reading.cpuSeconds));
      const peak = median(own.map((reading) => reading.peakRssMb));
      process.stdout.write(
        `  median ${mode}: ${Math.round(rate).toLocaleString('en')} posts/s, ` +
          `${Math.round(cpuRate).toLocaleString('en')} a CPU second, peak RSS ${peak} MB\n`,
      );
    }
    return { megabytes: Math.round(size / 2 ** 20), messages, readings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
