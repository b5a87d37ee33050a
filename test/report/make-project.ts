import { ALMATY_AGENCIES } from '../../src/project/defaults/agencies.js';
import { ALMATY_DISTRICTS } from '../../src/project/defaults/districts.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';
import type { Project, ReportLanguage } from '../../src/project/project.js';

/** A project as the loader would give it, with the built-in taxonomy and Almaty's districts. */
export function makeProject(reportLanguage: ReportLanguage = 'ru', minGroupSize = 10): Project {
  return {
    name: 'Алматы',
    dir: '/nonexistent',
    city: 'Алматы',
    timezone: 'Asia/Almaty',
    reportLanguage,
    subjects: [
      { id: 'akimat', kind: 'body', name: 'Акимат Алматы', aliases: ['акимат'], context: [], ambiguousAliases: [] },
    ],
    districts: ALMATY_DISTRICTS,
    taxonomy: DEFAULT_TAXONOMY,
    agencies: ALMATY_AGENCIES,
    sources: [],
    privacy: { secret: 'report-test-secret', retentionDays: 90, minGroupSize },
    storePath: ':memory:',
  };
}
