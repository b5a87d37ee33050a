import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, in its subfolders too: what a leak search reads byte by byte. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Sets a project written by `tyndau init` to the smallest allowed group size, so that the digest
 * shows every breakdown and excerpt it can, and keeps texts past the fixtures' dates, so that
 * search and explain read them.
 */
export function showEverything(project: string): void {
  const text = readFileSync(project, 'utf8').replace(/minGroupSize: \d+/, 'minGroupSize: 2')
    .replace(/retentionDays: \d+/, 'retentionDays: 36500');
  writeFileSync(project, text);
}
