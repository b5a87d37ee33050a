import { describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

describe('tyndau explain with a TEXT of nothing to read', () => {
  // A whole analysis of nothing was printed (language other, neutral 48 %). An empty TEXT is
  // refused as every empty value is (empty-values.test.ts).
  it.each(['  \u0007\t ', '\u001b\u0008'])('refuses %j before opening the project', (text) => {
    const run = runCli(['explain', '--project', 'no-such-project.yaml', text]);

    expect([run.code, run.stdout, run.stderr]).toEqual([
      1, '', 'tyndau: explain: TEXT is empty; give the text in quotes, or none to read one text a line from stdin\n',
    ]);
  });
});
