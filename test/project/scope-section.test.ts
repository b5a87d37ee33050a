/**
 * The `scope:` section of the project file: its names and setting as the project holds them,
 * and a mistake in it named with its line and a did-you-mean, like the other sections.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { loadProject } from '../../src/project/load-project.js';

const work = mkdtempSync(join(tmpdir(), 'tyndau-scope-section-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function projectFile(scope: string): string {
  const path = join(work, `${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, `name: Test\ncity: Almaty\nprivacy:\n  secret: scope-section-secret-0123\n${scope}`);
  return path;
}

describe('the scope section', () => {
  it('gives the project its home and elsewhere names and whether to set posts aside', async () => {
    const project = await loadProject(projectFile('scope:\n  home: [Талгар]\n  setAside: false\n'));

    expect(project.scope).toEqual({ home: ['Талгар'], elsewhere: [], setAside: false });
  });

  it('is absent when left out, and posts about other places are then set aside', async () => {
    expect((await loadProject(projectFile(''))).scope).toBeUndefined();
  });

  it('names a misspelt key with a did-you-mean, and a name that is not a list, at their lines', async () => {
    const path = projectFile('scope:\n  setAsid: false\n  home: Талгар\n');

    await expect(loadProject(path)).rejects.toThrow(
      `${path}:6:3 scope.setAsid: unknown key "setAsid"; did you mean "setAside"?`,
    );
    await expect(loadProject(path)).rejects.toThrow(`${path}:7:9 scope.home: must be a list, not "Талгар"`);
  });
});
