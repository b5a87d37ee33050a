/**
 * Reads `tyndau.yaml`: YAML syntax, then the JSON Schema, then what a schema cannot say (unique
 * ids, context for ambiguous aliases, the secret), every problem placed at its line and column.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

import { agencyProblems } from './agency-problems.js';
import { consistencyProblems } from './consistency-problems.js';
import { PROJECT_FILE_NAME } from './init-project.js';
import { ProjectError, type KeyProblem, type ProjectProblem } from './project-error.js';
import type { ProjectFile } from './project-file.js';
import { DEFAULT_TIMEZONE, projectFromFile } from './project-from-file.js';
import type { Project } from './project.js';
import { projectValidator } from './project-schema.js';
import { resolveSecret } from './project-secret.js';
import { schemaProblems } from './schema-problems.js';
import { savedQueryProblems } from './saved-query-problems.js';
import { canonicalTimeZone } from './time-zone.js';
import { documentData, parseYamlFile, placed, settingsFileText, type YamlFile } from './yaml-file.js';

/**
 * The project at `path`, validated, with defaults filled in and frozen. `env` supplies secrets
 * written as `env:NAME`. Throws a `ProjectError` listing every problem when the file is not a
 * valid project.
 */
export async function loadProject(
  path: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Project> {
  const file = await projectFileAt(path);
  const text = await readProjectText(file);
  return parseProject(text, file, env);
}

/**
 * A folder stands for the tyndau.yaml in it: `tyndau init myproject` tells a user of a folder,
 * and `--project myproject` was refused as one.
 */
async function projectFileAt(path: string): Promise<string> {
  const found = await stat(path).catch(() => null);
  return found?.isDirectory() ? join(path, PROJECT_FILE_NAME) : path;
}

/** As `loadProject`, for a project file's text already read; `path` places it and its paths. */
export function parseProject(
  text: string,
  path: string,
  env: NodeJS.ProcessEnv = process.env,
): Project {
  const parsed = parseYamlFile(text, path);
  const { positions } = parsed;

  const syntax = projectSyntaxProblems(parsed, path);
  if (syntax.length > 0) throw new ProjectError(path, syntax);

  const data = documentData(parsed, path);
  const validate = projectValidator();
  const found: KeyProblem[] = validate(data) ? [] : schemaProblems(validate.errors ?? []);
  found.push(...consistencyProblems(data));

  const secret = secretOf(data, env);
  if (typeof secret === 'object') found.push(secret);
  if (found.length > 0 || typeof secret !== 'string') {
    throw new ProjectError(path, placed(found, positions, path));
  }

  const file = data as ProjectFile;
  const project = projectFromFile(file, {
    projectPath: resolve(path),
    secret,
    // The schema has checked the zone; this only settles its spelling (asia/almaty → Asia/Almaty).
    timezone: canonicalTimeZone(file.timezone ?? DEFAULT_TIMEZONE) as string,
  });
  // The map's references are checked against the taxonomy and districts with defaults filled in.
  const references = [...agencyProblems(project, file.agencies), ...savedQueryProblems(project, file)];
  if (references.length > 0) throw new ProjectError(path, placed(references, positions, path));
  return project;
}

async function readProjectText(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file; create a project with `tyndau init DIR`'
        : code === 'EISDIR'
          ? 'it is a folder; name the project file inside it'
          : (error as Error).message;
    throw new ProjectError(path, [
      { file: path, keyPath: [], message: `cannot read the project file: ${why}` },
    ]);
  }
  return settingsFileText(bytes, path);
}

const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);

function projectSyntaxProblems(parsed: YamlFile, file: string): ProjectProblem[] {
  const problems = [...parsed.syntax];
  // `--project` given the file to import (`--project export.jsonl`) fails as YAML on every line.
  if (problems.length > 0 && !YAML_EXTENSIONS.has(extname(file).toLowerCase())) {
    problems.unshift({
      file,
      keyPath: [],
      message: 'not a project file: --project takes the tyndau.yaml that `tyndau init DIR` writes, ' +
        'and the files to import follow the options',
    });
  }
  const contents = parsed.document.contents;
  if (problems.length === 0 && (contents === null || contents === undefined)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      keyPath: [],
      message: 'the file is empty; `tyndau init DIR` writes an example',
    });
  }
  return problems;
}

/**
 * The secret, or a problem at `privacy.secret` when it cannot be had; undefined when the secret
 * is missing or not text, which the schema has already reported.
 */
function secretOf(data: unknown, env: NodeJS.ProcessEnv): string | KeyProblem | undefined {
  const privacy = isObject(data) ? data.privacy : undefined;
  const written = isObject(privacy) ? privacy.secret : undefined;
  if (typeof written !== 'string' || written === '') return undefined;

  const result = resolveSecret(written, env);
  if ('secret' in result) return result.secret;
  return { keyPath: ['privacy', 'secret'], at: 'value', message: result.problem };
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
