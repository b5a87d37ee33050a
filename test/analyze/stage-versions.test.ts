import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, test } from 'vitest';

import {
  ANALYSIS_STAGES, codeDigest, parseStageVersions, stageVersions, stagesToRerun, type AnalysisStage,
} from '../../src/analyze/stage-versions.js';
import type { Project } from '../../src/project/project.js';
import { ALMATY_PROJECT } from '../fixtures/analyze/almaty-project.js';

const CURRENT = stageVersions(ALMATY_PROJECT);

function changed(...stages: AnalysisStage[]) {
  return { ...CURRENT, ...Object.fromEntries(stages.map((stage) => [stage, 'an older version'])) };
}

describe('stages to run again', () => {
  test.each([
    // Redaction reruns the rest only in the posts whose text it changes: the analysis decides.
    [['redaction'], ['redaction']],
    [['text'], ANALYSIS_STAGES.filter((stage) => stage !== 'redaction')],
    [['language'], ['language', 'sentiment', 'issues', 'agencies']],
    // The scope reads the mentions (the mayor named makes a post the city's) and the districts.
    [['mentions'], ['mentions', 'sentiment', 'scope']],
    [['sentiment'], ['sentiment']],
    [['issues'], ['issues', 'agencies']],
    [['districts'], ['districts', 'agencies', 'scope']],
    [['agencies'], ['agencies']],
    [['sentiment', 'districts'], ['sentiment', 'districts', 'agencies', 'scope']],
    [['scope'], ['scope']],
    [[], []],
  ] as [AnalysisStage[], AnalysisStage[]][])('after a change to %j: %j', (stages, expected) => {
    expect(stagesToRerun(changed(...stages), CURRENT)).toEqual(expected);
  });

  test('are all of them for a post whose versions are not known', () => {
    expect(stagesToRerun(null, CURRENT)).toEqual([...ANALYSIS_STAGES]);
  });
});

describe('stage versions', () => {
  test.each([
    ['taxonomy', (project: Project) => ({ ...project, taxonomy: { ...project.taxonomy, slices: [] } }), ['issues']],
    // Subjects' and agencies' names are kept by redaction.
    ['subjects', (project: Project) => ({ ...project, subjects: project.subjects.slice(1) }),
      ['redaction', 'mentions']],
    // Mentions read the districts a post names ("акимат" with a neighbourhood of the city), and
    // redaction keeps the districts' and neighbourhoods' names where they name a place.
    ['districts', (project: Project) => ({ ...project, districts: project.districts.slice(1) }),
      ['redaction', 'mentions', 'districts', 'scope']],
    ['order of districts', (project: Project) => ({ ...project, districts: [...project.districts].reverse() }),
      ['mentions', 'districts', 'scope']],
    ['scope names', (project: Project) => ({
      ...project, scope: { home: ['Талгар'], elsewhere: ['Шелек'], setAside: true },
    }), ['scope']],
    // Setting posts about other places aside is counting, not analysis: the store recounts.
    ['setting aside of posts about other places', (project: Project) => ({
      ...project, scope: { home: [], elsewhere: [], setAside: false },
    }), []],
    ['agencies', (project: Project) => ({ ...project, agencies: project.agencies.slice(1) }),
      ['redaction', 'agencies']],
    ['outlets of an agency', (project: Project) => ({
      ...project, agencies: project.agencies.map((agency, index) => (index > 0 ? agency : { ...agency, outlets: ['another outlet'] })),
    }), ['agencies']],
    ['name and sources', (project: Project) => ({ ...project, name: 'renamed', sources: [] }), []],
    ['privacy settings', (project: Project) => ({
      ...project, privacy: { ...project.privacy, minGroupSize: 20, retentionDays: 30 },
    }), []],
    // The redactor keeps a set of name words: the order they are listed in changes nothing it does.
    ['order of subjects', (project: Project) => ({ ...project, subjects: [...project.subjects].reverse() }),
      ['mentions']],
    ['order of aliases, one written twice', (project: Project) => ({
      ...project,
      subjects: project.subjects.map((subject) => ({ ...subject, aliases: [...subject.aliases, subject.name].reverse() })),
    }), ['mentions']],
    ['order of agencies', (project: Project) => ({ ...project, agencies: [...project.agencies].reverse() }),
      ['agencies']],
    ['context of subjects', (project: Project) => ({
      ...project, subjects: project.subjects.map((subject) => ({ ...subject, context: [] })),
    }), ['mentions']],
    ['aliases of subjects, a surname added', (project: Project) => ({
      ...project,
      subjects: project.subjects.map((subject, index) => (index > 0 ? subject : { ...subject, aliases: [...subject.aliases, 'Сергеев'] })),
    }), ['redaction', 'mentions']],
  ] as const)('move only the stages a change to the %s concerns', (_, change, stages) => {
    const versions = stageVersions(change(ALMATY_PROJECT));

    const moved = ANALYSIS_STAGES.filter((each) => versions[each] !== CURRENT[each]);
    expect(moved).toEqual(stages);
  });

  test('read back from their stored text; text missing a stage is not known', () => {
    expect(parseStageVersions(JSON.stringify(CURRENT))).toEqual(CURRENT);
    const { sentiment: _sentiment, ...partial } = CURRENT;
    expect(parseStageVersions(JSON.stringify(partial))).toBeNull();
    // Written before the scope stage existed: only that stage is to run.
    const { scope: _scope, ...older } = CURRENT;
    expect(stagesToRerun(parseStageVersions(JSON.stringify(older)), CURRENT)).toEqual(['scope']);
  });
});

describe('the code a stage runs', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tyndau-stage-code-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('moves its version when a code file in its folders changes, and not for maps or declarations', () => {
    mkdirSync(join(folder, 'names'), { recursive: true });
    writeFileSync(join(folder, 'finder.js'), 'export const rule = 1;');
    writeFileSync(join(folder, 'names', 'lists.js'), 'export const names = [];');
    const before = codeDigest([folder]);

    writeFileSync(join(folder, 'finder.js.map'), '{}');
    writeFileSync(join(folder, 'finder.d.ts'), 'export declare const rule: number;');
    expect(codeDigest([folder])).toBe(before);

    writeFileSync(join(folder, 'names', 'lists.js'), 'export const names = ["имени"];');
    expect(codeDigest([folder])).not.toBe(before);
  });

  test('moves its version when a single module listed beside the folders changes', () => {
    const shared = join(folder, 'analysis-text.js');
    writeFileSync(shared, 'export const prepare = 1;');
    const before = codeDigest([join(folder, 'names'), shared]);

    writeFileSync(shared, 'export const prepare = 2;');
    expect(codeDigest([join(folder, 'names'), shared])).not.toBe(before);
  });

  test('differs from stage to stage, so a change to one reruns only it and what reads it', () => {
    const versions = Object.values(CURRENT);

    expect(new Set(versions).size).toBe(ANALYSIS_STAGES.length);
  });
});
