import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { serve, type ServerType } from '@hono/node-server';

import { AlertHistory } from '../alerts/alert-history.js';
import { loadDeliverySettings, type DeliverySettings } from '../delivery/delivery-settings.js';
import { startScheduler } from '../delivery/scheduler.js';
import type { Logger } from '../log/logger.js';
import { packageRoot } from '../package-root.js';
import type { Project } from '../project/project.js';
import { DigestArchive } from '../report/digest-archive.js';
import { publishDigest } from '../report/publish-digest.js';
import { readSentimentCorrection, shippedModelsFolderOrNone } from '../report/sentiment-correction.js';
import { assertPeriod } from '../store/day-range.js';
import { openStateDatabase, stateFileOf } from '../state/state-database.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { answerClientError, MAX_HEADER_BYTES } from './client-error.js';
import { Accounts } from './state/accounts.js';

export interface ServerOptions {
  readonly project: Project;
  readonly store: Store;
  readonly logger: Logger;
  /** Defaults to 127.0.0.1: put a TLS reverse proxy in front to serve others. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Defaults to the project's state file. */
  readonly statePath?: string;
  /** Defaults to the built dashboard, web/dist. */
  readonly webRoot?: string;
  readonly secureCookies?: boolean;
  /** Run the alert and digest schedules of delivery.yaml; default true. */
  readonly schedule?: boolean;
  /** Defaults to delivery.yaml beside the project file. */
  readonly delivery?: DeliverySettings;
  /** Where sentiment-calibration.json is read from; defaults to the shipped models folder. */
  readonly modelsFolder?: string;
}

export interface RunningServer {
  readonly url: string;
  readonly accounts: Accounts;
  close(): Promise<void>;
}

export function defaultWebRoot(): string {
  return join(packageRoot(), 'web', 'dist');
}

/** Opens the state file, starts the HTTP server and, unless told not to, the schedules. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { project, store, logger } = options;
  const database = openStateDatabase(options.statePath ?? stateFileOf(project));
  const accounts = new Accounts(database);
  const alerts = new AlertHistory(database);
  const digests = new DigestArchive(database);
  const delivery = options.delivery ?? loadDeliverySettings(project.dir);

  const app = createApp({
    project,
    store,
    accounts,
    alerts,
    digests,
    webRoot: options.webRoot ?? defaultWebRoot(),
    secureCookies: options.secureCookies ?? false,
    sentimentCorrection: readSentimentCorrection(options.modelsFolder ?? shippedModelsFolderOrNone()),
    makeDigest: async (period, language) => {
      assertPeriod(period, 'digest');
      const archived = await publishDigest({ store, project, archive: digests, period, language });
      return archived.id;
    },
  });

  const hostname = options.host ?? '127.0.0.1';
  const port = options.port ?? 8080;
  let server: ServerType;
  try {
    server = await new Promise((resolve, reject) => {
      const serverOptions = { maxHeaderSize: MAX_HEADER_BYTES };
      const started = serve({ fetch: app.fetch, hostname, port, serverOptions }, () => resolve(started));
      started.once('error', reject);
      started.on('clientError', answerClientError);
    });
  } catch (error) {
    database.close();
    throw new Error(listenProblem(error as NodeJS.ErrnoException, hostname, port));
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  const stopSchedule = options.schedule === false
    ? () => undefined
    : startScheduler({ project, store, alerts, digests, delivery, logger });
  logger.info('serving', { url, project: project.name });

  return {
    url,
    accounts,
    close: () => new Promise<void>((resolve) => {
      stopSchedule();
      server.close(() => {
        database.close();
        resolve();
      });
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  };
}

/**
 * Why the server could not listen, in words that say what to change: without this the error
 * event had no listener and Node printed its stack trace.
 */
function listenProblem(error: NodeJS.ErrnoException, host: string, port: number): string {
  const where = `cannot listen on ${host}:${port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return `${where}: the port is in use by another program; choose another with --port`;
    case 'EADDRNOTAVAIL':
      return `${where}: ${host} is not an address of this machine; use 127.0.0.1, or 0.0.0.0 for every address`;
    case 'EACCES':
      return `${where}: no permission (ports below 1024 need privileges); choose a port from 1024 up`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${where}: the host name ${host} is not known; give an IP address`;
    default:
      return `${where}: ${error.message}`;
  }
}
