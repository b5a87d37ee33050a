/**
 * Creates a folder and its missing parents, one at a time. Node's own recursive mkdir never
 * returns on a file system that answers a new folder with "no such file" while its parent
 * exists (/proc on Linux: `tyndau init /proc/x` hung); here that answer is an error like any other.
 */
import { mkdirSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function makeFolder(path: string): void {
  const missing: string[] = [];
  for (let folder = resolve(path); ; folder = dirname(folder)) {
    const found = statOrNothing(folder);
    if (found?.isDirectory()) break;
    if (found !== undefined) throw throughFile(folder, missing.at(-1));
    missing.push(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Another process made it in the meantime: that is what was wanted.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(folder).isDirectory()) continue;
      throw error;
    }
  }
}

/** What is at `path`; undefined when nothing is, or a file stands in a parent's place. */
function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/**
 * The error mkdir gives when `file` is in the way: of the folder wanted itself (EEXIST), or of a
 * folder to be made under it (ENOTDIR), so that callers word it as they word mkdir's own.
 */
function throughFile(file: string, below: string | undefined): NodeJS.ErrnoException {
  const [code, errno, words, path] = below === undefined
    ? ['EEXIST', -17, 'file already exists', file]
    : ['ENOTDIR', -20, 'not a directory', below];
  return Object.assign(new Error(`${code}: ${words}, mkdir '${path}'`), { code, errno, path, syscall: 'mkdir' });
}
