import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

const { runs } = JSON.parse(readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'cli', 'commands-with-an-unset-variable.json'), 'utf8',
)) as { runs: [string[], string][] };

describe('an option or argument given as empty text', () => {
  it.each(runs)('%j is refused before anything is opened or written', (args, message) => {
    const run = runCli(args);

    expect([run.code, run.stdout, run.stderr])
      .toEqual([1, '', `tyndau: ${message}; give a value (an unset shell variable gives an empty one)\n`]);
  });
});
