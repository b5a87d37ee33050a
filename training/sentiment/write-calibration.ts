/**
 * Re-measures the shipped sentiment models' confusion per group of posts and rewrites
 * sentiment-calibration.json beside them, without retraining the models (the last step of
 * `npm run train`).
 *
 *   npm run train:calibration [-- --data DIR] [-- --out DIR]
 */
import { parseArgs } from 'node:util';

import { shippedModelsFolder } from '../../src/models/index.js';
import { defaultDataDir } from '../data-dir.js';
import { writeCalibration } from './calibrate.js';

const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
const started = Date.now();
const outDir = values.out ?? shippedModelsFolder();
await writeCalibration(values.data ?? defaultDataDir(), outDir);
console.log(`calibration: wrote ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
