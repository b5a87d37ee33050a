import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { fixture } from '../collect/fixture.js';
import { runCli } from './run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'tyndau-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('tyndau report --pdf', () => {
  it('prints the digest to an A4 PDF beside its Markdown and HTML', () => {
    const project = join(work, 'tyndau.yaml');
    expect(runCli(['init', work]).code).toBe(0);
    expect(runCli(['import', '--project', project, fixture('rss-russian-and-kazakh-dates.xml')]).code).toBe(0);

    const out = join(work, 'digest');
    const run = runCli(['report', '--project', project, '--out', out, '--language', 'kk', '--pdf'], { timeoutMs: 120_000 });

    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n').slice(1)).toEqual([
      `  ${join(out, 'digest.md')}`, `  ${join(out, 'digest.html')}`, `  ${join(out, 'digest.pdf')}`,
    ]);
    const pdf = readFileSync(join(out, 'digest.pdf')).toString('latin1');
    expect(pdf.slice(0, 5)).toBe('%PDF-');
    // A4 is 595 × 842 points; Chromium rounds it to whole device pixels (595.92 × 842.88).
    expect(pdf).toMatch(/\/MediaBox \[0 0 59[56]\.\d+ 84[12]\.\d+\]/);
  }, 180_000);
});
