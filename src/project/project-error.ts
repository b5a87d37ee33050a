import { cutBefore } from '../text/cut-boundary.js';
/** What is wrong with a project file, each problem at its place in the file. */

/** A path of keys and list indices inside the project file: ['privacy', 'minGroupSize']. */
export type KeyPath = readonly (string | number)[];

/** A problem found in the file's data, before it is given a line and column. */
export interface KeyProblem {
  readonly keyPath: KeyPath;
  /** Whether the problem is about a key (unknown or missing) rather than its value. */
  readonly at: 'key' | 'value';
  readonly message: string;
}

export interface ProjectProblem {
  /** The project file as the user named it. */
  readonly file: string;
  /** 1-based line and column; absent when the problem is with the file as a whole. */
  readonly line?: number;
  readonly column?: number;
  readonly keyPath: KeyPath;
  readonly message: string;
}

/**
 * Problems the message lists, and characters of each problem's own message. A data file passed as
 * the project (a CSV, a JSONL export) is hundreds of YAML errors, each quoting a record's text in
 * full: megabytes on the terminal, and posts' text in any log that keeps it. The file's path and
 * the key path are not counted: a project kept deep in a home folder lost the end of the advice
 * on a missing secret, its "how to" part, to a cut that counted the path.
 */
const MAX_LISTED_PROBLEMS = 20;
const MAX_PROBLEM_CHARS = 300;

/**
 * Thrown by `loadProject` with every problem found in the file, so that one run shows them all.
 * The message lists them one a line: `tyndau.yaml:14:5 privacy.minGroupSize: must be …`, the
 * first twenty of them; `problems` keeps every one.
 */
export class ProjectError extends Error {
  readonly problems: readonly ProjectProblem[];

  /** `kind` names the file in the message: `delivery file delivery.yaml: 2 problems`. */
  constructor(file: string, problems: readonly ProjectProblem[], kind = 'project file') {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const listed = problems
      .slice(0, MAX_LISTED_PROBLEMS)
      .map((problem) => `  ${formatProblem({ ...problem, message: shortened(problem.message) })}`);
    const unlisted = problems.length - listed.length;
    if (unlisted > 0) listed.push(`  … and ${unlisted} more`);
    super(`${kind} ${file}: ${count}\n` + listed.join('\n'));
    this.name = 'ProjectError';
    this.problems = problems;
  }
}

function shortened(message: string): string {
  if (message.length <= MAX_PROBLEM_CHARS) return message;
  return `${message.slice(0, cutBefore(message, MAX_PROBLEM_CHARS - 1))}…`;
}

/** `tyndau.yaml:14:5 privacy.minGroupSize: must be an integer ≥ 2`. */
export function formatProblem(problem: ProjectProblem): string {
  const place =
    problem.line === undefined
      ? problem.file
      : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  const key = formatKeyPath(problem.keyPath);
  return key === '' ? `${place} ${problem.message}` : `${place} ${key}: ${problem.message}`;
}

/** `subjects[1].aliases[0]`, as a reader finds it in the YAML. */
export function formatKeyPath(keyPath: KeyPath): string {
  let text = '';
  for (const key of keyPath) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? key : `.${key}`;
  }
  return text;
}
