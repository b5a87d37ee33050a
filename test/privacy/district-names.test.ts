import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createAnalyzer } from '../../src/analyze/pipeline.js';
import { projectGate } from '../../src/privacy/project-gate.js';
import { loadProject } from '../../src/project/load-project.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'privacy', 'districts');
const CASE = 'districts-named-after-people';

describe('a project\'s districts named after people', () => {
  it('keep their names beside the word for district, while a person of the same name is redacted', async () => {
    const project = await loadProject(join(FIXTURES, `${CASE}.yaml`), {});
    const gate = projectGate(project);
    const input = readFileSync(join(FIXTURES, `${CASE}.txt`), 'utf8');

    expect(gate.redactText(input).text).toBe(readFileSync(join(FIXTURES, `${CASE}.redacted.txt`), 'utf8'));
  });

  it('are found by the district breakdown in posts that name them so', async () => {
    const project = await loadProject(join(FIXTURES, `${CASE}.yaml`), {});
    const gate = projectGate(project);
    const analyzer = await createAnalyzer(project);
    const lines = readFileSync(join(FIXTURES, `${CASE}.txt`), 'utf8').split('\n').slice(0, 4);

    expect(lines.map((line) => analyzer.analyze({ text: gate.redactText(line).text }).districts))
      .toEqual([['turan'], ['turan'], ['al-farabi'], ['al-farabi']]);
  });
});
