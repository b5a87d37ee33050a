import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const IMPORT = /from '(\.{1,2}\/[^']+)\.js'/g;

/** Transpiles `entry` and every module it imports relatively, as `tsc` lays them out under dist/. */
function transpileInto(outDir: string, entry: string): void {
  const pending = [join(root, entry)];
  const done = new Set<string>();

  while (pending.length > 0) {
    const source = pending.pop()!;
    if (done.has(source)) continue;
    done.add(source);

    const code = readFileSync(source, 'utf8');
    for (const match of code.matchAll(IMPORT))
      pending.push(join(dirname(source), `${match[1]}.ts`));

    const output = ts.transpileModule(code, {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    });
    const target = join(outDir, relative(root, source)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output.outputText);
  }
}

describe('model files after a build', () => {
  const packageDir = mkdtempSync(join(tmpdir(), 'tyndau-built-'));
  afterAll(() => rmSync(packageDir, { recursive: true, force: true }));

  it('are found from dist/src, three levels below the package root', () => {
    // A package as installed: package.json and models/ at the root, compiled code under dist/.
    writeFileSync(
      join(packageDir, 'package.json'),
      JSON.stringify({ name: 'tyndau', type: 'module' }),
    );
    symlinkSync(join(root, 'models'), join(packageDir, 'models'));
    // Its dependencies are installed beside it (reading a mention's sentence stems its words).
    symlinkSync(join(root, 'node_modules'), join(packageDir, 'node_modules'));
    transpileInto(join(packageDir, 'dist'), 'src/analyze/sentiment/index.ts');

    const script = [
      `import { createSentimentAnalyzer } from './dist/src/analyze/sentiment/index.js';`,
      `const analyzer = await createSentimentAnalyzer();`,
      `const result = analyzer.overall('жолдар өте нашар, ұят', { code: 'kk', shares: { kk: 1 }, confidence: 1 });`,
      `console.log(result.label);`,
    ].join('\n');
    writeFileSync(join(packageDir, 'check.mjs'), script);

    const output = execFileSync(process.execPath, [join(packageDir, 'check.mjs')], {
      encoding: 'utf8',
    });
    expect(output.trim()).toBe('negative');
  });
});
