import type { Command } from 'commander';

import { createLogger } from '../log/logger.js';
import { startServer } from '../server/start-server.js';
import { parseWholeNumber } from '../text/whole-number.js';
import { shellWord } from './shell-word.js';
import { enforceRetentionDaily, PRINT_RETENTION } from '../privacy/enforce-retention.js';
import {
  openProject, openStore, UsageError, PROJECT_OPTION, PROJECT_OPTION_DEFAULT, PROJECT_OPTION_HELP,
} from './context.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the dashboard and the HTTP API (OpenAPI at /api/openapi.json); runs the alert and digest schedules of delivery.yaml')
    .option(PROJECT_OPTION, PROJECT_OPTION_HELP, PROJECT_OPTION_DEFAULT)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--secure-cookies', 'mark cookies Secure (when a TLS reverse proxy is in front)')
    .option('--no-schedule', 'do not run the alert and digest schedules')
    .action(async (options: { project: string; host: string; port: string; secureCookies?: boolean; schedule: boolean }) => {
      const port = parseWholeNumber(options.port);
      if (port === null || port > 65_535) {
        throw new UsageError(`--port "${options.port}" is not a port number; give one from 0 to 65535 in digits`);
      }
      const project = await openProject(options.project);
      const store = openStore(project);
      const stopRetention = enforceRetentionDaily(store, project, PRINT_RETENTION);
      const running = await startServer({
        project, store, logger: createLogger(), host: options.host, port,
        secureCookies: options.secureCookies ?? false, schedule: options.schedule,
      });
      if (running.accounts.listUsers().length === 0) {
        process.stderr.write(`no accounts yet: tyndau user add --project ${shellWord(options.project)} NAME --role admin\n`);
      }
      process.stdout.write(`tyndau: dashboard at ${running.url}/ (Ctrl-C stops)\n`);
      const stop = async () => {
        stopRetention();
        await running.close();
        store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
