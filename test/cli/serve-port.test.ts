import { describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

describe('tyndau serve --port', () => {
  // `--port "$PORT"` with PORT unset gave "", which Number() reads as 0: the server listened on a
  // port the system chose and the dashboard was not where the user looked for it.
  it.each([' 80', '8e3', '65536'])('refuses %j before opening the project', (port) => {
    const run = runCli(['serve', '--project', 'no-such-project.yaml', '--port', port]);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`tyndau: --port "${port}" is not a port number; give one from 0 to 65535 in digits\n`);
  });
});
