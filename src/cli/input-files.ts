import { createWriteStream, fstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** How a command line names standard input among the files to read. */
export const STANDARD_INPUT = '-';

export interface InputFiles {
  readonly files: string[];
  /** Removes what reading standard input left behind; call when the files are read. */
  readonly release: () => void;
}

/**
 * The files to read, with `-` standing for standard input (`zcat export.jsonl.gz | tyndau import
 * -p tyndau.yaml -`). A pipe, a redirected file or a terminal is read in place through
 * /dev/stdin; a socket, which is what a program that starts tyndau often passes and which
 * /dev/stdin cannot open, is first copied to a temporary file. Standard input can be read once.
 */
export async function inputFiles(named: readonly string[]): Promise<InputFiles> {
  const uses = named.filter((file) => file === STANDARD_INPUT).length;
  if (uses > 1) throw new Error('- (standard input) is named more than once; it can be read only once');
  if (uses === 0) return { files: [...named], release: () => undefined };

  let path = '/dev/stdin';
  let release = (): void => undefined;
  if (fstatSync(0).isSocket()) {
    const folder = mkdtempSync(join(tmpdir(), 'tyndau-stdin-'));
    release = () => rmSync(folder, { recursive: true, force: true });
    path = join(folder, 'stdin');
    try {
      await pipeline(process.stdin, createWriteStream(path));
    } catch (error) {
      release();
      throw error;
    }
  }
  return { files: named.map((file) => (file === STANDARD_INPUT ? path : file)), release };
}
