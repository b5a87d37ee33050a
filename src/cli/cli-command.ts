import { realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

import { packageRoot } from '../package-root.js';
import { shellWord } from './shell-word.js';

/**
 * How to run tyndau again from the folder a command ran in, for the next step a command prints.
 * `npx tyndau` runs the checkout's own CLI only inside the checkout; elsewhere npx looks for a
 * package of that name in the registry, so there the hint names the script that is running.
 */
export function cliCommand(cwd: string = process.cwd(), script: string | undefined = process.argv[1]): string {
  const fromRoot = relative(packageRoot(), cwd);
  const inside = !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
  if (inside || script === undefined) return 'npx tyndau';
  return `node ${shellWord(realpathSync(script))}`;
}
