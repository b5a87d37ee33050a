import { join } from 'node:path';

import { createAnalyzer, type Analyzer } from '../../src/analyze/pipeline.js';
import { packageRoot } from '../../src/package-root.js';
import { PrivacyGate } from '../../src/privacy/gate.js';
import { monitoredNames } from '../../src/project/agency-subjects.js';
import { loadProject } from '../../src/project/load-project.js';
import type { Project } from '../../src/project/project.js';

export interface AlmatyPipeline {
  readonly project: Project;
  readonly analyzer: Analyzer;
  readonly gate: PrivacyGate;
}

/** The example Almaty project with its analyzer and privacy gate, as the import command builds them. */
export async function almatyPipeline(secret: string): Promise<AlmatyPipeline> {
  const project = await loadProject(join(packageRoot(), 'examples', 'almaty', 'tyndau.yaml'), { TYNDAU_SECRET: secret });
  const analyzer = await createAnalyzer(project);
  // Agencies' names are kept like subjects'.
  const gate = new PrivacyGate({ secret: project.privacy.secret, subjects: monitoredNames(project) });
  return { project, analyzer, gate };
}
