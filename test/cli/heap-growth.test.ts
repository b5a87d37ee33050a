import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

import { describe, expect, it } from 'vitest';

import { limitHeapGrowth } from '../../src/cli/heap-growth.js';

// Keeps some tens of MB live in a thread while allocating short-lived garbage, the way analysis
// does, and reports the largest heap V8 committed on the way.
const CHURN = `
const { parentPort } = require('node:worker_threads');
const live = new Map();
let largest = 0;
for (let i = 0; i < 1500000; i++) {
  live.set(i % 400000, { word: 'слово' + i, stems: [i, i + 1] });
  const garbage = new Array(16).fill(i);
  if (i % 20000 === 0) largest = Math.max(largest, process.memoryUsage().heapTotal);
}
parentPort.postMessage(largest);
`;

function largestHeap(): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CHURN, { eval: true });
    worker.once('message', (largest: number) => resolve(largest));
    worker.once('error', reject);
  });
}

describe('the heap growth limit', () => {
  it('keeps a busy thread heap near its live data', async () => {
    setFlagsFromString('--heap-growing-percent=0');
    const unlimited = await largestHeap();
    limitHeapGrowth();
    const limited = await largestHeap();
    // V8's own growth let this heap reach about twice the limited one.
    expect(limited / unlimited).toBeLessThan(0.75);
  });
});
