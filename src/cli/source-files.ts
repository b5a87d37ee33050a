import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

import type { Source } from '../project/project.js';
import { UsageError } from './context.js';

/**
 * The files a project's `files` sources name, for `tyndau import` given no file: a file, a
 * folder (read file by file later), or a wildcard in the last part (`imports/*`,
 * `exports/*.jsonl`). `tyndau init` writes such a source; nothing read it, so exports saved
 * in `imports/` as its comment said were never imported.
 * LIMITATION: a wildcard only in the last part of the path; `exports/*\/result.json` is not read.
 */
export function sourceFiles(sources: readonly Source[]): string[] {
  const locations = sources.filter((source) => source.kind === 'files');
  if (locations.length === 0) {
    throw new UsageError('import: name the files to import, or list them in the project file as a source of kind files');
  }
  const files = locations.flatMap((source) => filesAt(source.location));
  if (files.length === 0) {
    const named = locations.map((source) => `${source.id} (${source.location})`).join(', ');
    throw new UsageError(`import: the project's files sources hold no files yet: ${named}; put exports there or name the files`);
  }
  return files;
}

function filesAt(location: string): string[] {
  const pattern = basename(location);
  if (!/[*?]/.test(pattern)) return [location];

  const folder = dirname(location);
  const matches = wildcardExpression(pattern);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return []; // A folder not made yet holds no exports.
  }
  return names
    .filter((name) => !name.startsWith('.') && matches.test(name))
    .map((name) => join(folder, name))
    .filter((path) => isFileOrFolder(path))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function wildcardExpression(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'u');
}

function isFileOrFolder(path: string): boolean {
  try {
    const stat = statSync(path);
    return stat.isFile() || stat.isDirectory();
  } catch {
    return false;
  }
}
