import type { Command } from 'commander';

import type { ReportLanguage } from '../project/project.js';
import { isRole } from '../server/auth/roles.js';
import { Accounts } from '../server/state/accounts.js';
import { openStateDatabase, stateFileOf } from '../state/state-database.js';
import {
  openProject, UsageError, PROJECT_OPTION, PROJECT_OPTION_DEFAULT, PROJECT_OPTION_HELP,
} from './context.js';

export function registerUser(program: Command): void {
  const user = program.command('user').description('dashboard accounts: add, list, remove');

  user
    .command('add')
    .description('add an account; the password is read from TYNDAU_PASSWORD or standard input')
    .option(PROJECT_OPTION, PROJECT_OPTION_HELP, PROJECT_OPTION_DEFAULT)
    .argument('<name>', 'login name')
    .option('--role <role>', 'viewer, analyst or admin', 'viewer')
    .option('--language <code>', 'interface language: ru, kk or en (default: the project\'s)')
    .action(async (name: string, options: { project: string; role: string; language?: string }) => {
      if (!isRole(options.role)) throw new UsageError(`--role "${options.role}" is not one of viewer, analyst, admin`);
      const project = await openProject(options.project);
      const password = process.env.TYNDAU_PASSWORD ?? (await readStandardInput()).replace(/\r?\n$/, '');
      if (password === '') {
        throw new UsageError(
          `user "${name}": no password given; set TYNDAU_PASSWORD (at least 10 characters) or pipe it on standard input`,
        );
      }
      const database = openStateDatabase(stateFileOf(project));
      try {
        const language = (options.language ?? project.reportLanguage) as ReportLanguage;
        const added = await new Accounts(database).addUser(name, password, options.role, language);
        process.stdout.write(`added ${added.name} (${added.role}, ${added.language})\n`);
      } catch (error) {
        throw new UsageError((error as Error).message);
      } finally {
        database.close();
      }
    });

  user
    .command('list')
    .description('list accounts')
    .option(PROJECT_OPTION, PROJECT_OPTION_HELP, PROJECT_OPTION_DEFAULT)
    .action(async (options: { project: string }) => {
      const database = openStateDatabase(stateFileOf(await openProject(options.project)));
      try {
        const accounts = new Accounts(database).listUsers();
        // An empty answer read as a failure; the note goes to stderr, so stdout stays one row an account.
        if (accounts.length === 0) {
          process.stderr.write('no accounts yet; add one with tyndau user add --project P NAME --role admin\n');
        }
        for (const entry of accounts) {
          process.stdout.write(`${entry.name}\t${entry.role}\t${entry.language}\n`);
        }
      } finally {
        database.close();
      }
    });

  user
    .command('remove')
    .description('remove an account and its sessions')
    .option(PROJECT_OPTION, PROJECT_OPTION_HELP, PROJECT_OPTION_DEFAULT)
    .argument('<name>', 'login name')
    .action(async (name: string, options: { project: string }) => {
      const database = openStateDatabase(stateFileOf(await openProject(options.project)));
      try {
        if (!new Accounts(database).removeUser(name)) throw new UsageError(`no account "${name}"`);
        process.stdout.write(`removed ${name}\n`);
      } finally {
        database.close();
      }
    });
}

async function readStandardInput(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password (10 characters or more), then Enter and Ctrl-D: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
