/**
 * The analysis stages as re-analysis sees them: what each stage reads of the others, and a
 * version of each that changes when its model, its part of the project or tyndau itself changes.
 * A stored post records the versions that made its analysis; after a change only the stages
 * whose version moved, and the stages that read their results, need to run again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { shippedModelPath } from '../models/load-model-file.js';
import { packageRoot } from '../package-root.js';
import { NAME_MODEL_FILE } from '../privacy/redact/name-classifier.js';
import { SHIPPED_NAME_LISTS } from '../privacy/redact/shipped-name-lists.js';
import { subjectNameKeys } from '../privacy/redact/subject-names.js';
import { districtPlaceNames, projectStreetNames } from '../privacy/project-gate.js';
import { monitoredNames } from '../project/agency-subjects.js';
import type { Project } from '../project/project.js';

/**
 * `redaction` is the privacy gate's redaction of personal data, run again over stored text;
 * `text` is normalisation and tokenising; `sentiment` covers the overall and the targeted model;
 * `issues` finds issues and social slices from the taxonomy.
 */
export const ANALYSIS_STAGES = [
  'redaction', 'text', 'language', 'mentions', 'sentiment', 'issues', 'districts', 'agencies', 'scope',
] as const;

export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];

export type StageVersions = Readonly<Record<AnalysisStage, string>>;

/**
 * The stages whose results each stage reads. Every stage reads the stored text, but redaction
 * changes it only in some posts: the analysis of a post whose text it changed runs whole
 * (`AnalysisInput.redact`), and the others keep their results.
 */
const STAGE_INPUTS: Readonly<Record<AnalysisStage, readonly AnalysisStage[]>> = {
  redaction: [],
  text: [],
  language: ['text'],
  mentions: ['text'],
  sentiment: ['text', 'language', 'mentions'],
  issues: ['text', 'language'],
  districts: ['text'],
  agencies: ['text', 'language', 'issues', 'districts'],
  scope: ['text', 'mentions', 'districts'],
};

/**
 * The stages to run again for a post analysed with `stored` versions (null: not known, as for
 * posts stored before versions were recorded): every stage whose version differs from `current`,
 * and every stage that reads one of those, directly or through another. In stage order.
 */
export function stagesToRerun(stored: StageVersions | null, current: StageVersions): AnalysisStage[] {
  if (stored === null) return [...ANALYSIS_STAGES];
  const rerun = new Set(ANALYSIS_STAGES.filter((stage) => stored[stage] !== current[stage]));
  // Stages are listed after the stages they read, so one pass in order closes the set.
  for (const stage of ANALYSIS_STAGES) {
    if (STAGE_INPUTS[stage].some((input) => rerun.has(input))) rerun.add(stage);
  }
  return ANALYSIS_STAGES.filter((stage) => rerun.has(stage));
}

/**
 * The folders, beside this file, of the code each stage runs. A change to any file in them (a
 * better redaction rule, a new microdistrict matcher) moves the stage's version even between
 * releases, so stored posts are redacted and analysed again by `tyndau analyze`.
 */
const STAGE_CODE: Readonly<Record<AnalysisStage, readonly string[]>> = {
  redaction: ['../privacy/redact'],
  // With the modules beside this file that every stage reads through: the text prepared once
  // for all stages, what is known of each word, and the order of the stages.
  text: ['../text', 'analysis-text', 'word-info', 'pipeline'],
  language: ['language'],
  mentions: ['mentions'],
  sentiment: ['sentiment', '../models'],
  issues: ['issues', 'keywords'],
  districts: ['places'],
  // Agencies are told apart by the same keyword rules as issues.
  agencies: ['agencies', 'keywords'],
  scope: ['scope'],
};

/**
 * The version of each stage for `project` with the shipped models: a short hash of tyndau's
 * version, the stage's code and what the stage is built from (model files, the project's sections).
 */
export function stageVersions(project: Project): StageVersions {
  const release = tyndauVersion();
  const version = (...parts: (string | Buffer)[]): string => {
    const hash = createHash('sha256').update(release);
    for (const part of parts) hash.update('\0').update(part);
    return hash.digest('hex').slice(0, 16);
  };
  return Object.freeze({
    // The redactor reads the words of the subjects' and agencies' names, to keep them, and not
    // the rest: reordering the project's subjects redacted every stored post again for nothing.
    // A street, district or neighbourhood taken off the lists is redacted again in stored posts.
    redaction: version('redaction', stageCode('redaction'), shippedModel(NAME_MODEL_FILE), ...SHIPPED_NAME_LISTS,
      subjectNameKeys(monitoredNames(project)).join('\n'), projectStreetNames(project).join('\n'),
      placeNames(project)),
    text: version('text', stageCode('text')),
    language: version('language', stageCode('language'), shippedModel('language-vote.json'),
      dependencyVersion('fasttext.wasm.js'), dependencyVersion('cld')),
    // Mentions read the districts a post names: an ambiguous alias needs no context word there.
    mentions: version('mentions', stageCode('mentions'), JSON.stringify(project.subjects),
      stageCode('districts'), JSON.stringify(project.districts)),
    sentiment: version('sentiment', stageCode('sentiment'), shippedModel('sentiment-overall.bin'),
      shippedModel('sentiment-target.bin')),
    issues: version('issues', stageCode('issues'), JSON.stringify(project.taxonomy), shippedModel('issues.json')),
    districts: version('districts', stageCode('districts'), JSON.stringify(project.districts)),
    agencies: version('agencies', stageCode('agencies'), JSON.stringify(project.agencies)),
    // The scope reads the city, its districts and streets, and the project's own scope names;
    // whether other places are set aside is counting, not analysis, and moves no version.
    scope: version('scope', stageCode('scope'), project.city, JSON.stringify(project.districts),
      JSON.stringify(project.streets ?? []), JSON.stringify(project.scope?.home ?? []),
      JSON.stringify(project.scope?.elsewhere ?? [])),
  });
}

/**
 * The project's place names the redactor keeps, in an order that listing them differently does not move.
 * LIMITATION: the scope's names are kept by the gate but move no version: redacting stored text
 * again is not idempotent (a word between two [NAME]s reads as a name), and a name added cannot
 * bring back what was redacted. Posts imported after a scope name is listed keep it; a store that
 * kept the original text until analysis would lift this.
 */
function placeNames(project: Project): string {
  const places = districtPlaceNames(project);
  return [places.districts, places.neighbourhoods ?? [], places.ambiguousNeighbourhoods ?? []]
    .map((names) => [...new Set(names)].sort().join('\n')).join('\0');
}

const codeDigests = new Map<AnalysisStage, string>();

/** A hash of the stage's code files (compiled, or sources when run from them), worked out once. */
function stageCode(stage: AnalysisStage): string {
  let digest = codeDigests.get(stage);
  if (digest === undefined) {
    digest = codeDigest(STAGE_CODE[stage].map(codePath));
    codeDigests.set(stage, digest);
  }
  return digest;
}

/** A folder of `STAGE_CODE` as a path; a module as its file, compiled or source. */
function codePath(entry: string): string {
  const folder = fileURLToPath(new URL(`${entry}/`, import.meta.url));
  if (existsSync(folder)) return folder;
  const compiled = fileURLToPath(new URL(`${entry}.js`, import.meta.url));
  return existsSync(compiled) ? compiled : fileURLToPath(new URL(`${entry}.ts`, import.meta.url));
}

/**
 * A hash of the names and contents of the code files (.js or .ts, not maps or declarations)
 * under `paths`, each a folder or one file, in a fixed order.
 */
export function codeDigest(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    if (statSync(path).isFile()) {
      hash.update(basename(path)).update('\0').update(readFileSync(path)).update('\0');
      continue;
    }
    const names = readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.[jt]s$/.test(name) && !name.endsWith('.d.ts'))
      .sort();
    for (const name of names) hash.update(name).update('\0').update(readFileSync(join(path, name))).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Stages added since a store was written, with the version their posts were in: none. Posts
 * analysed before the scope stage existed run it alone, not their whole analysis again.
 */
const ADDED_STAGES: readonly AnalysisStage[] = ['scope'];

/** Parses versions as `JSON.stringify` wrote them; null when any stage but an added one is missing. */
export function parseStageVersions(json: string): StageVersions | null {
  const parsed = JSON.parse(json) as Partial<Record<AnalysisStage, unknown>>;
  const complete = ANALYSIS_STAGES.every((stage) => typeof parsed[stage] === 'string' || ADDED_STAGES.includes(stage));
  if (!complete) return null;
  const added = Object.fromEntries(ADDED_STAGES.filter((stage) => parsed[stage] === undefined).map((stage) => [stage, '']));
  return Object.freeze({ ...parsed, ...added } as StageVersions);
}

function tyndauVersion(): string {
  return dependencyVersion('.');
}

/** The installed version of a package tyndau depends on, or of tyndau itself for '.'. */
function dependencyVersion(name: string): string {
  const folder = name === '.' ? packageRoot() : join(packageRoot(), 'node_modules', name);
  try {
    return `${name}@${(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version}`;
  } catch {
    return `${name}@unknown`;
  }
}

/** A shipped model file's bytes; a missing file (the stage runs without it) gives ''. */
function shippedModel(file: string): Buffer | string {
  try {
    return readFileSync(shippedModelPath(file));
  } catch {
    return '';
  }
}
