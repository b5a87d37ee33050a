import type { Project } from '../project/project.js';

/**
 * Where the project's server database and queue are: the environment first, so that one project
 * file serves several machines (each pointing at its own replica or NATS node), then the file.
 */
export function postgresUrlOf(project: Project, env: NodeJS.ProcessEnv = process.env): string | null {
  return nonEmpty(env['TYNDAU_POSTGRES_URL']) ?? project.postgresUrl ?? null;
}

export function natsUrlOf(project: Project, env: NodeJS.ProcessEnv = process.env): string | null {
  return nonEmpty(env['TYNDAU_NATS_URL']) ?? project.natsUrl ?? null;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
