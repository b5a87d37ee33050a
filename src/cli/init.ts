import type { Command } from 'commander';

import { initProject } from '../project/init-project.js';
import { cliCommand } from './cli-command.js';
import { UsageError } from './context.js';
import { shellWord } from './shell-word.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('write a commented example project file (tyndau.yaml) into DIR')
    .argument('<dir>', 'folder for the new project; created if missing')
    .option('--city <name>', 'the city to follow, as posts write it (Шымкент); default Almaty, whose '
      + 'mayor, districts, streets and bodies the file then lists')
    .action(async (dir: string, options: { city?: string }) => {
      if (options.city !== undefined && !/[\p{L}]/u.test(options.city)) {
        throw new UsageError(`init: --city "${options.city}" must name a city, in letters`);
      }
      const { path } = await initProject(dir, options.city?.trim());
      process.stdout.write(
        `wrote ${path}\n` +
          `edit the subjects, districts and sources, then: ${cliCommand()} import --project ${shellWord(path)} FILE...\n`,
      );
    });
}
