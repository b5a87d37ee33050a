import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { decodeModelFile, type ModelFile } from './model-file.js';

// This module runs as src/models/*.ts under vitest and as dist/src/models/*.js once built; the
// package's models/ folder is two or three levels up accordingly.
const MODEL_FOLDER_CANDIDATES = [
  new URL('../../models/', import.meta.url),
  new URL('../../../models/', import.meta.url),
];

/** The package's `models/` folder, where the shipped model files and their cards live. */
export function shippedModelsFolder(): string {
  for (const candidate of MODEL_FOLDER_CANDIDATES) {
    const folder = fileURLToPath(candidate);
    if (existsSync(folder)) return folder;
  }
  throw new Error(
    `models: no models/ folder two or three levels above ${import.meta.url}; reinstall tyndau`,
  );
}

/** Path of a shipped model file, e.g. `shippedModelPath('sentiment-overall.bin')`. */
export function shippedModelPath(fileName: string): string {
  return join(shippedModelsFolder(), fileName);
}

export async function loadModelFile(path: string): Promise<ModelFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(
      `model file ${path}: cannot read it (${reason}); run the training command or reinstall tyndau`,
    );
  }
  return decodeModelFile(bytes, path);
}
