import { fileURLToPath } from 'node:url';

/** Absolute path of a file under test/fixtures/project/. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/project/${name}`, import.meta.url));
}

/** A problem as the tests compare it: where, which key, what. */
export function placeOf(problem: {
  line?: number;
  column?: number;
  keyPath: readonly (string | number)[];
  message: string;
}): string {
  return `${problem.line}:${problem.column} ${problem.keyPath.join('.')}: ${problem.message}`;
}
