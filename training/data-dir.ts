import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

import { shippedModelsFolder } from '../src/models/index.js';

/**
 * The folder of public labelled corpora: `shared/data` beside the repository's parent (as CI
 * lays it out), else the machine-wide copy.
 */
export function defaultDataDir(): string {
  const beside = resolve(shippedModelsFolder(), '..', '..', 'shared', 'data');
  return existsSync(beside) ? beside : '/work/shared/data';
}
