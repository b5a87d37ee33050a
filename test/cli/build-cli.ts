import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import ts from 'typescript';
import type { TestProject } from 'vitest/node';

/**
 * Vitest global setup: transpiles `src/` into `.test-build/src/`, laid out as `tsc` lays out
 * `dist/src/`, so that CLI tests run the real `tyndau` as a child process on a fresh clone without
 * a full type-checking build (which takes half a minute here; transpiling takes a second or two).
 * Each test run has its own folder, one level below the root like `dist/`, so that runs started
 * side by side do not remove each other's files and shipped files are found as from `dist/`.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    cliEntry: string;
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const name = entry.name;
    if (entry.isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

export function transpileSources(outDir: string): void {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.ES2022,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
  };
  for (const source of sourceFiles(join(root, 'src'))) {
    let code: string;
    try {
      code = readFileSync(source, 'utf8');
    } catch (error) {
      // A file renamed while the tests start (an editor's save) is simply not there any more.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const output = ts.transpileModule(code, {
      compilerOptions: options,
      fileName: source,
    });
    const target = join(outDir, relative(root, source)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output.outputText);
  }
}

export default function setup(project: TestProject): () => void {
  const outDir = join(root, `.test-build-${process.pid}`);
  rmSync(outDir, { recursive: true, force: true });
  transpileSources(outDir);
  project.provide('cliEntry', join(outDir, 'src', 'cli', 'main.js'));
  return () => rmSync(outDir, { recursive: true, force: true });
}
