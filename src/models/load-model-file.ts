import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { packageRoot } from '../package-root.js';
import { decodeModelFile, type ModelFile } from './model-file.js';

/**
 * Where a shipped model file lives: `models/NAME` under the package root, found by walking up
 * from this module, so the same code works from `src/` under vitest and from `dist/src/`.
 */
export function shippedModelPath(fileName: string): string {
  return join(packageRoot(), 'models', fileName);
}

export async function loadModelFile(path: string): Promise<ModelFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`model file ${path}: cannot read it (${reason}); run the training command or reinstall tyndau`);
  }
  return decodeModelFile(bytes, path);
}
