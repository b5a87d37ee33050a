import type { Command } from 'commander';

import { initProject } from '../project/init-project.js';
import { shellWord } from './shell-word.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('write a commented example project file (tyndau.yaml) into DIR')
    .argument('<dir>', 'folder for the new project; created if missing')
    .action(async (dir: string) => {
      const { path } = await initProject(dir);
      process.stdout.write(
        `wrote ${path}\n` +
          `edit the subjects, districts and sources, then: npx tyndau import --project ${shellWord(path)} FILE...\n`,
      );
    });
}
