/**
 * A validated project file as the frozen `Project` the stages read: defaults filled, built-in
 * districts and taxonomy put in where the file says `default`, paths made absolute.
 */
import { dirname, resolve } from 'node:path';

import { ALMATY_AGENCIES } from './defaults/agencies.js';
import { ALMATY_DISTRICTS } from './defaults/districts.js';
import { ALMATY_STREETS } from './defaults/streets.js';
import { DEFAULT_TAXONOMY } from './defaults/taxonomy.js';
import type {
  Agency,
  District,
  KeywordRules,
  Labels,
  Project,
  ScopeSettings,
  Source,
  Street,
  Subject,
  Taxonomy,
  TaxonomyEntry,
} from './project.js';
import type {
  AgencyInFile,
  KeywordsInFile,
  LabelsInFile,
  ProjectFile,
  SourceInFile,
  SubjectInFile,
  TaxonomyEntryInFile,
  TaxonomyExtensionInFile,
} from './project-file.js';

export const DEFAULT_TIMEZONE = 'Asia/Almaty';
export const DEFAULT_RETENTION_DAYS = 90;
export const DEFAULT_MIN_GROUP_SIZE = 10;
export const DEFAULT_INTERVAL_MINUTES = 60;
export const DEFAULT_STORE_FILE = 'tyndau.sqlite';

export interface ResolvedValues {
  /** Absolute path of the project file. */
  readonly projectPath: string;
  /** The secret itself, `env:NAME` already read. */
  readonly secret: string;
  /** The canonical spelling of the file's time zone. */
  readonly timezone: string;
}

export function projectFromFile(file: ProjectFile, resolved: ResolvedValues): Project {
  const dir = dirname(resolved.projectPath);
  return deepFreeze({
    name: file.name,
    ...(file.labels ? { labels: file.labels } : {}),
    dir,
    city: file.city,
    timezone: resolved.timezone,
    reportLanguage: file.language ?? 'ru',
    subjects: (file.subjects ?? []).map(subjectOf),
    districts: districtsOf(file.districts),
    streets: streetsOf(file.streets),
    taxonomy: taxonomyOf(file.taxonomy),
    agencies: agenciesOf(file.agencies),
    ...(file.scope !== undefined ? { scope: scopeOf(file.scope) } : {}),
    sources: (file.sources ?? []).map((source) => sourceOf(source, dir)),
    collect: file.collect,
    privacy: {
      secret: resolved.secret,
      retentionDays: file.privacy.retentionDays ?? DEFAULT_RETENTION_DAYS,
      minGroupSize: file.privacy.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE,
    },
    storePath: resolve(dir, file.store?.sqlite ?? DEFAULT_STORE_FILE),
    ...(file.store?.postgres !== undefined ? { postgresUrl: file.store.postgres } : {}),
    ...(file.queue?.nats !== undefined ? { natsUrl: file.queue.nats } : {}),
  });
}

function scopeOf(scope: NonNullable<ProjectFile['scope']>): ScopeSettings {
  return { home: scope.home ?? [], elsewhere: scope.elsewhere ?? [], setAside: scope.setAside ?? true };
}

function subjectOf(subject: SubjectInFile): Subject {
  return {
    id: subject.id,
    kind: subject.kind,
    name: subject.name,
    aliases: subject.aliases ?? [],
    context: subject.context ?? [],
    ambiguousAliases: subject.ambiguousAliases ?? [],
    ...(subject.query !== undefined ? { query: subject.query } : {}),
  };
}

// LIMITATION: districts are Almaty's eight or a list of the file's own; unlike the taxonomy there
// is no "default plus extra" form, since a city's districts are usually all replaced at once.
function districtsOf(districts: ProjectFile['districts']): readonly District[] {
  if (districts === undefined || districts === 'default') return ALMATY_DISTRICTS;
  return districts.map((district) => ({
    id: district.id,
    labels: labelsOf(district.labels),
    names: district.names,
    neighbourhoods: district.neighbourhoods ?? [],
    ambiguousNeighbourhoods: district.ambiguousNeighbourhoods ?? [],
  }));
}

// Without the key no street is kept beyond what the gate's own rules keep ("улица Абая"): a
// street list keeps words a person may also bear, so a project asks for it.
function streetsOf(streets: ProjectFile['streets']): readonly Street[] {
  if (streets === undefined) return [];
  if (streets === 'default') return ALMATY_STREETS;
  return streets.map((street) => ({ names: typeof street === 'string' ? [street] : street }));
}

// Without the key a project has no responsibility map: Almaty's bodies mean nothing elsewhere.
function agenciesOf(agencies: ProjectFile['agencies']): readonly Agency[] {
  if (agencies === undefined) return [];
  if (agencies === 'default') return ALMATY_AGENCIES;
  return agencies.map(agencyOf);
}

function agencyOf(agency: AgencyInFile): Agency {
  return {
    id: agency.id,
    kind: agency.kind,
    name: agency.name,
    labels: labelsOf({ ru: agency.name, ...agency.labels }),
    aliases: agency.aliases ?? [],
    context: agency.context ?? [],
    ambiguousAliases: agency.ambiguousAliases ?? [],
    issues: agency.issues ?? [],
    districts: agency.districts === undefined || agency.districts === 'all' ? [] : agency.districts,
    keywords: agency.keywords ? keywordsOf(agency.keywords) : null,
    outlets: agency.outlets ?? [],
  };
}

function taxonomyOf(taxonomy: ProjectFile['taxonomy']): Taxonomy {
  if (taxonomy === undefined || taxonomy === 'default') return DEFAULT_TAXONOMY;
  if (isExtension(taxonomy)) {
    return {
      issues: withExtra(DEFAULT_TAXONOMY.issues, taxonomy.issues ?? []),
      slices: withExtra(DEFAULT_TAXONOMY.slices, taxonomy.slices ?? []),
    };
  }
  // A list of issues replaces the built-in issues; who an issue affects is still worth knowing.
  return { issues: taxonomy.map(entryOf), slices: DEFAULT_TAXONOMY.slices };
}

function isExtension(taxonomy: ProjectFile['taxonomy']): taxonomy is TaxonomyExtensionInFile {
  return typeof taxonomy === 'object' && !Array.isArray(taxonomy);
}

/** The built-in entries with the file's added: one with a built-in id replaces it in place. */
function withExtra(
  builtIn: readonly TaxonomyEntry[],
  extra: readonly TaxonomyEntryInFile[],
): TaxonomyEntry[] {
  const added = new Map(extra.map((entry) => [entry.id, entryOf(entry)]));
  const merged = builtIn.map((entry) => added.get(entry.id) ?? entry);
  const builtInIds = new Set(builtIn.map((entry) => entry.id));
  return [...merged, ...[...added.values()].filter((entry) => !builtInIds.has(entry.id))];
}

function entryOf(entry: TaxonomyEntryInFile): TaxonomyEntry {
  return {
    id: entry.id,
    labels: labelsOf(entry.labels),
    keywords: keywordsOf(entry.keywords),
    ...(entry.query !== undefined ? { query: entry.query } : {}),
  };
}

/** A label missing in one language falls back to English, then Russian, then Kazakh. */
function labelsOf(labels: LabelsInFile): Labels {
  const any = labels.en ?? labels.ru ?? labels.kk ?? '';
  return { ru: labels.ru ?? any, kk: labels.kk ?? any, en: labels.en ?? any };
}

function keywordsOf(keywords: KeywordsInFile | readonly string[]): KeywordRules {
  if (isKeywordList(keywords)) return keywordsByLetters(keywords);
  return { ru: keywords.ru ?? [], kk: keywords.kk ?? [], en: keywords.en ?? [] };
}

function isKeywordList(keywords: KeywordsInFile | readonly string[]): keywords is readonly string[] {
  return Array.isArray(keywords);
}

/** Letters only Kazakh writes among the Cyrillic alphabets of the project's languages. */
const KAZAKH_ONLY_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/**
 * One list of keywords written without languages (`keywords: [теплосеть*, жылу желісі, heating]`),
 * as listening tools take them: each word goes to the languages its letters are written in. A
 * Russian word goes to Kazakh posts too, where residents write it as often as in Russian ones.
 */
function keywordsByLetters(list: readonly string[]): KeywordRules {
  const rules = { ru: [] as string[], kk: [] as string[], en: [] as string[] };
  for (const keyword of list) {
    if (KAZAKH_ONLY_LETTERS.test(keyword)) rules.kk.push(keyword);
    else if (!CYRILLIC_LETTER.test(keyword)) rules.en.push(keyword);
    else {
      rules.ru.push(keyword);
      rules.kk.push(keyword);
    }
  }
  return rules;
}

function sourceOf(source: SourceInFile, dir: string): Source {
  return {
    id: source.id,
    kind: source.kind,
    location: source.kind === 'files' ? resolve(dir, source.location) : source.location,
    intervalMinutes: intervalMinutes(source.interval),
    articles: source.articles,
    maxPages: source.maxPages,
  };
}

const MINUTES_PER_UNIT: Readonly<Record<string, number>> = { m: 1, min: 1, h: 60, d: 1440 };

/** `30`, `30m`, `90 min`, `2h`, `1d` as minutes; the schema has already checked the form. */
export function intervalMinutes(interval: number | string | undefined): number {
  if (interval === undefined) return DEFAULT_INTERVAL_MINUTES;
  if (typeof interval === 'number') return interval;
  const match = /^([1-9]\d*) ?(m|min|h|d)$/.exec(interval);
  if (!match)
    throw new Error(`project: interval "${interval}" passed the schema but cannot be read`);
  return Number(match[1]) * (MINUTES_PER_UNIT[match[2] as string] as number);
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
