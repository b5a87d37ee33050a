import { existsSync } from 'node:fs';

import { PROJECT_FILE_NAME } from '../project/init-project.js';
import { loadProject } from '../project/load-project.js';
import { setsAsideElsewhere, type Project } from '../project/project.js';
import { openPostgresStore } from '../store/postgres/blocking-postgres-store.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import type { PrivacyGate } from '../privacy/gate.js';
import { projectGate } from '../privacy/project-gate.js';
import { createAnalyzer, type Analyzer } from '../analyze/pipeline.js';
import { postgresUrlOf } from './deployment.js';

/** What most commands need: the project, its store, its privacy gate, its analyzer. */
export interface CommandContext {
  readonly project: Project;
  readonly store: Store;
  readonly gate: PrivacyGate;
  readonly analyzer: Analyzer;
}

/**
 * Every command's --project: a project file or the folder `tyndau init` made, by default the
 * tyndau.yaml of the folder the command runs in, so that a user inside a project need not name it.
 */
export const PROJECT_OPTION = '-p, --project <file>';
export const PROJECT_OPTION_HELP = 'project file (tyndau.yaml) or the folder holding it';
export const PROJECT_OPTION_DEFAULT = PROJECT_FILE_NAME;

export async function openProject(projectPath: string): Promise<Project> {
  if (projectPath === PROJECT_OPTION_DEFAULT && !existsSync(projectPath)) {
    throw new UsageError(
      `no ${PROJECT_FILE_NAME} in this folder (${process.cwd()}); name the project with --project FILE ` +
        'or its folder, or create one with `tyndau init DIR`',
    );
  }
  return loadProject(projectPath, process.env);
}

export function openStore(project: Project): Store {
  const postgresUrl = postgresUrlOf(project);
  const options = { timezone: project.timezone, setAsideElsewhere: setsAsideElsewhere(project) };
  if (postgresUrl !== null) return openPostgresStore(postgresUrl, options);
  return openSqliteStore(project.storePath, options);
}

/**
 * The store of a command that only reads it (search, export, report, alerts, analyze). SQLite makes a
 * missing file, and its folders, on opening: a mistyped `store.sqlite`, or a project file copied
 * without its store, read as an empty store ("0 posts match", "wrote 0 rows") with no sign of it.
 */
export function openExistingStore(project: Project): Store {
  if (postgresUrlOf(project) === null && !existsSync(project.storePath)) {
    throw new UsageError(
      `store ${project.storePath} does not exist: nothing is imported into this project yet, or the ` +
        "project file's store.sqlite names another file; import first (tyndau import --project P FILE...)",
    );
  }
  return openStore(project);
}

/**
 * The context of a command that analyses posts. `analyze` passes `existingStore`: it only works on
 * stored posts, and a mistyped `store.sqlite` made an empty store and said "re-analysed 0 posts".
 */
export async function openContext(
  projectPath: string, options: { existingStore?: boolean } = {},
): Promise<CommandContext> {
  const project = await openProject(projectPath);
  const store = options.existingStore ? openExistingStore(project) : openStore(project);
  try {
    const analyzer = await createAnalyzer(project);
    return { project, store, gate: projectGate(project), analyzer };
  } catch (error) {
    store.close();
    throw error;
  }
}

/** Thrown for a problem the user can fix; main prints the message without a stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'UsageError';
  }
}
