import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Platform } from '../../src/collect/raw-post.js';
import type { Source } from '../../src/project/project.js';
import type { CollectionLedger } from '../../src/store/collection-ledger.js';

interface RunStretch {
  readonly from: string;
  readonly to: string;
  readonly everyMinutes: number;
  readonly ok: boolean;
  readonly error?: string;
}

interface LedgerFixture {
  readonly now: string;
  readonly sources: readonly {
    readonly id: string;
    readonly kind: Source['kind'];
    readonly platform: Platform;
    readonly intervalMinutes: number;
    readonly stretches: readonly RunStretch[];
  }[];
}

const RUN_MS = 2_000;

/**
 * Writes the runs a fixture in test/fixtures/report/collection-ledger describes into `ledger`,
 * oldest first, and gives the project sources and the moment the digest is written.
 */
export function loadLedgerFixture(name: string, ledger: CollectionLedger): { sources: Source[]; now: Date } {
  const path = fileURLToPath(new URL(`../fixtures/report/collection-ledger/${name}`, import.meta.url));
  const fixture = JSON.parse(readFileSync(path, 'utf8')) as LedgerFixture;
  const runs = fixture.sources.flatMap((source) => source.stretches.flatMap((stretch) => {
    const starts: number[] = [];
    for (let at = Date.parse(stretch.from); at <= Date.parse(stretch.to); at += stretch.everyMinutes * 60_000) starts.push(at);
    return starts.map((at) => ({ source, stretch, startedAt: new Date(at), finishedAt: new Date(at + RUN_MS) }));
  }));
  runs.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());

  for (const { source, stretch, startedAt, finishedAt } of runs) {
    if (stretch.ok) {
      ledger.commitSourceRun({
        sourceId: source.id, platform: source.platform, items: [], fingerprints: [],
        cursor: { through: finishedAt.toISOString() }, startedAt, finishedAt, skipped: 0,
      });
    } else {
      ledger.recordSourceFailure(source.id, source.platform, startedAt, finishedAt, stretch.error ?? 'failed');
    }
  }
  const sources = fixture.sources.map((source): Source => ({
    id: source.id, kind: source.kind, location: `fixture:${source.id}`, intervalMinutes: source.intervalMinutes,
  }));
  return { sources, now: new Date(fixture.now) };
}
