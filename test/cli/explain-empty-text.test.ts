import { describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

describe('tyndau explain with an empty TEXT', () => {
  // "$TEXT" unset gave '': a whole analysis of nothing was printed (language other, neutral 48 %).
  it.each(['', '  \u0007\t '])('refuses %j before opening the project', (text) => {
    const run = runCli(['explain', '--project', 'no-such-project.yaml', text]);

    expect([run.code, run.stdout, run.stderr]).toEqual([
      1, '', 'tyndau: explain: TEXT is empty; give the text in quotes, or none to read one text a line from stdin\n',
    ]);
  });
});
