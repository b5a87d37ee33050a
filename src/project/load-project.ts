/**
 * Reads `tyndau.yaml`: YAML syntax, then the JSON Schema, then what a schema cannot say (unique
 * ids, context for ambiguous aliases, the secret), every problem placed at its line and column.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';

import { LineCounter, parseDocument, visit, type Document } from 'yaml';

import { agencyProblems } from './agency-problems.js';
import { consistencyProblems } from './consistency-problems.js';
import { ProjectError, type KeyProblem, type ProjectProblem } from './project-error.js';
import type { ProjectFile } from './project-file.js';
import { DEFAULT_TIMEZONE, projectFromFile } from './project-from-file.js';
import type { Project } from './project.js';
import { projectValidator } from './project-schema.js';
import { resolveSecret } from './project-secret.js';
import { schemaProblems } from './schema-problems.js';
import { savedQueryProblems } from './saved-query-problems.js';
import { canonicalTimeZone } from './time-zone.js';
import { YamlPositions } from './yaml-positions.js';

/**
 * The project at `path`, validated, with defaults filled in and frozen. `env` supplies secrets
 * written as `env:NAME`. Throws a `ProjectError` listing every problem when the file is not a
 * valid project.
 */
export async function loadProject(
  path: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Project> {
  const text = await readProjectText(path);
  return parseProject(text, path, env);
}

/** As `loadProject`, for a project file's text already read; `path` places it and its paths. */
export function parseProject(
  text: string,
  path: string,
  env: NodeJS.ProcessEnv = process.env,
): Project {
  const lines = new LineCounter();
  const document = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const positions = new YamlPositions(document, lines);

  const syntax = syntaxProblems(document, text, positions, path);
  if (syntax.length > 0) throw new ProjectError(path, syntax);

  const data = documentData(document, positions, path);
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
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file; create a project with `tyndau init DIR`'
        : code === 'EISDIR'
          ? 'it is a folder; name the tyndau.yaml inside it'
          : (error as Error).message;
    throw new ProjectError(path, [
      { file: path, keyPath: [], message: `cannot read the project file: ${why}` },
    ]);
  }
}

const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);

/**
 * LIMITATION: a syntax problem is placed where the YAML parser noticed it, which for an unclosed
 * quote is the end of the file rather than the quote; the parser does not report the opening.
 */
function syntaxProblems(
  document: Document,
  text: string,
  positions: YamlPositions,
  file: string,
): ProjectProblem[] {
  const problems: ProjectProblem[] = document.errors.map((error) => ({
    file,
    ...positions.ofOffset(error.pos[0]),
    keyPath: [],
    message:
      error.code === 'DUPLICATE_KEY'
        ? duplicateKeyMessage(text, error.pos[0])
        : `YAML: ${error.message}`,
  }));
  // `--project` given the file to import (`--project export.jsonl`) fails as YAML on every line.
  if (problems.length > 0 && !YAML_EXTENSIONS.has(extname(file).toLowerCase())) {
    problems.unshift({
      file,
      keyPath: [],
      message: 'not a project file: --project takes the tyndau.yaml that `tyndau init DIR` writes, ' +
        'and the files to import follow the options',
    });
  }
  if (problems.length === 0 && (document.contents === null || document.contents === undefined)) {
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
 * The document as plain data. Aliases that expand into a huge tree ("billion laughs" in YAML) are
 * refused by the parser with a message that names no place; it is placed at the first alias.
 */
function documentData(document: Document, positions: YamlPositions, file: string): unknown {
  try {
    return document.toJS();
  } catch (error) {
    let offset = 0;
    let name = '';
    visit(document, {
      Alias(_, alias) {
        offset = alias.range?.[0] ?? 0;
        name = alias.source;
        return visit.BREAK;
      },
    });
    const message =
      `YAML: the aliases (*${name}) expand to too much data ` +
      `(${(error as Error).message}); write the values out instead`;
    throw new ProjectError(file, [{ file, ...positions.ofOffset(offset), keyPath: [], message }]);
  }
}

/** The parser says only that keys must be unique; the user wants to know which one. */
function duplicateKeyMessage(text: string, offset: number): string {
  const key = /^[^:\n]*/.exec(text.slice(offset))?.[0].trim() ?? '';
  return `YAML: the key "${key}" appears twice in one mapping; keep one of them`;
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

function placed(
  problems: readonly KeyProblem[],
  positions: YamlPositions,
  file: string,
): ProjectProblem[] {
  return problems
    .map((problem) => ({
      file,
      ...(problem.at === 'key'
        ? positions.ofKey(problem.keyPath)
        : positions.ofValue(problem.keyPath)),
      keyPath: problem.keyPath,
      message: problem.message,
    }))
    .sort((left, right) => left.line - right.line || left.column - right.column);
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
