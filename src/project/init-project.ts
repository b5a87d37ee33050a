/** `tyndau init DIR`: a new project folder with the commented example project file. */
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

import { exampleProjectYaml } from './example-project.js';
import { makeFolder } from '../make-folder.js';

export const PROJECT_FILE_NAME = 'tyndau.yaml';

/**
 * Writes `DIR/tyndau.yaml` with a fresh secret, creating DIR if needed. Refuses to overwrite an
 * existing project file: its secret keys every hash already stored, and losing it cannot be undone.
 */
export async function initProject(dir: string, city?: string, cityNames: readonly string[] = []): Promise<{ path: string }> {
  const path = join(resolve(dir), PROJECT_FILE_NAME);
  makeFolder(dirname(path));

  try {
    // 'wx' fails if the file exists, in the same step as creating it. Mode 600: it holds the secret.
    await writeFile(path, exampleProjectYaml(undefined, city, cityNames), { encoding: 'utf8', flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new Error(
        `init: ${path} already exists; tyndau init does not overwrite a project file (its secret ` +
          'keys the hashes already stored). Choose another folder, or move the file away first',
      );
    }
    throw new Error(`init: cannot write ${path}: ${(error as Error).message}`);
  }
  return { path };
}
