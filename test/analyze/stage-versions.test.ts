import { describe, expect, test } from 'vitest';

import {
  ANALYSIS_STAGES, parseStageVersions, stageVersions, stagesToRerun, type AnalysisStage,
} from '../../src/analyze/stage-versions.js';
import type { Project } from '../../src/project/project.js';
import { ALMATY_PROJECT } from '../fixtures/analyze/almaty-project.js';

const CURRENT = stageVersions(ALMATY_PROJECT);

function changed(...stages: AnalysisStage[]) {
  return { ...CURRENT, ...Object.fromEntries(stages.map((stage) => [stage, 'an older version'])) };
}

describe('stages to run again', () => {
  test.each([
    [['text'], [...ANALYSIS_STAGES]],
    [['language'], ['language', 'sentiment', 'issues', 'agencies']],
    [['mentions'], ['mentions', 'sentiment']],
    [['sentiment'], ['sentiment']],
    [['issues'], ['issues', 'agencies']],
    [['districts'], ['districts', 'agencies']],
    [['agencies'], ['agencies']],
    [['sentiment', 'districts'], ['sentiment', 'districts', 'agencies']],
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
    ['taxonomy', (project: Project) => ({ ...project, taxonomy: { ...project.taxonomy, slices: [] } }), 'issues'],
    ['subjects', (project: Project) => ({ ...project, subjects: project.subjects.slice(1) }), 'mentions'],
    ['districts', (project: Project) => ({ ...project, districts: project.districts.slice(1) }), 'districts'],
    ['agencies', (project: Project) => ({ ...project, agencies: project.agencies.slice(1) }), 'agencies'],
    ['name and sources', (project: Project) => ({ ...project, name: 'renamed', sources: [] }), null],
  ] as const)('move only the stage a change to the %s concerns', (_, change, stage) => {
    const versions = stageVersions(change(ALMATY_PROJECT));

    const moved = ANALYSIS_STAGES.filter((each) => versions[each] !== CURRENT[each]);
    expect(moved).toEqual(stage === null ? [] : [stage]);
  });

  test('read back from their stored text; text missing a stage is not known', () => {
    expect(parseStageVersions(JSON.stringify(CURRENT))).toEqual(CURRENT);
    const { sentiment: _sentiment, ...partial } = CURRENT;
    expect(parseStageVersions(JSON.stringify(partial))).toBeNull();
  });
});
