import type { Command } from 'commander';

import { gazetteerPlaceNamed } from '../project/gazetteer.js';
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
      const city = options.city?.trim();
      // The other names of a city the scope's gazetteer knows ("Караганда", "Karaganda",
      // "карагандинц*"), so that "акимат" beside any of them counts: the file named only "Қарағанды".
      const cityNames = city ? (gazetteerPlaceNamed(city)?.names ?? []).filter((name) => !name.startsWith('?')) : [];
      const { path } = await initProject(dir, city, cityNames);
      process.stdout.write(
        `wrote ${path}\n` +
          `edit the subjects, districts and sources, then: ${cliCommand()} import --project ${shellWord(path)} FILE...\n`,
      );
    });
}
