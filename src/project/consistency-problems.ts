/**
 * Problems a JSON Schema cannot express: ids used twice, ambiguous aliases without context words,
 * a feed that is not a URL. They are checked on the raw data, even when the schema found
 * problems elsewhere, so that one run lists everything.
 */
import type { KeyPath, KeyProblem } from './project-error.js';

type Entry = Readonly<Record<string, unknown>>;

export function consistencyProblems(data: unknown): KeyProblem[] {
  if (!isEntry(data)) return [];
  const problems: KeyProblem[] = [];

  problems.push(...duplicateIds(data.subjects, ['subjects']));
  problems.push(...ambiguousWithoutContext(data.subjects, 'subjects'));
  if (Array.isArray(data.agencies)) {
    problems.push(...duplicateIds(data.agencies, ['agencies']));
    problems.push(...ambiguousWithoutContext(data.agencies, 'agencies'));
  }
  if (Array.isArray(data.districts)) problems.push(...duplicateIds(data.districts, ['districts']));
  problems.push(...taxonomyDuplicates(data.taxonomy));
  problems.push(...duplicateIds(data.sources, ['sources']));
  problems.push(...feedsWithoutUrl(data.sources));
  problems.push(...tooManyNames(data));
  problems.push(...almatyDefaultsElsewhere(data));
  return problems;
}

/** How people write Almaty: Almaty, Алматы, Алма-Ата, Alma-Ata, Алматинская область. */
const ALMATY = /alma|алма/iu;

/** Whether `city` is Almaty as people write it. */
export function namesAlmaty(city: string): boolean {
  return ALMATY.test(city);
}

/**
 * Almaty's districts, streets or bodies in a project for another city. Districts left out are Almaty's
 * eight, so a Karaganda project that left them out, as its first file often does, counted posts
 * about Almaty's Medeu and Turksib as its own districts and showed them in its digest.
 */
function almatyDefaultsElsewhere(data: Entry): KeyProblem[] {
  const city = data.city;
  if (typeof city !== 'string' || city.trim() === '' || ALMATY.test(city)) return [];
  const problems: KeyProblem[] = [];
  const forNone = `list the districts of ${city} (id, labels, names, as tyndau init's comment shows) or write districts: [] for none`;
  if (data.districts === undefined) {
    problems.push({ keyPath: ['city'], at: 'value', message: `districts are left out, and left out they are Almaty's eight; ${forNone}` });
  } else if (data.districts === 'default') {
    problems.push({ keyPath: ['districts'], at: 'value', message: `"default" is Almaty's eight districts, and the city is ${city}; ${forNone}` });
  }
  if (data.streets === 'default') {
    problems.push({
      keyPath: ['streets'], at: 'value',
      message: `"default" is Almaty's main streets, and the city is ${city}; list the streets of ${city} ` +
        'whose names are also surnames or given names (as tyndau init\'s comment shows) or leave the key out for none',
    });
  }
  if (data.agencies === 'default') {
    problems.push({
      keyPath: ['agencies'], at: 'value',
      message: `"default" is Almaty's bodies, and the city is ${city}; list the bodies of ${city} (docs/agencies.md) or leave the key out for none`,
    });
  }
  return problems;
}

/**
 * The most names (each entry's name, aliases and ambiguous aliases) subjects and agencies may
 * have together. Each is expanded into its declined forms and Latin spellings, and the matcher
 * built from all of them is held by every analysis worker.
 */
export const MAX_NAMES = 5000;

function tooManyNames(data: Entry): KeyProblem[] {
  const lists = [['subjects', data.subjects], ['agencies', data.agencies]] as const;
  let total = 0;
  for (const [, list] of lists) {
    if (!Array.isArray(list)) continue;
    for (const entry of list as unknown[]) {
      if (!isEntry(entry)) continue;
      total += 1 + lengthOf(entry.aliases) + lengthOf(entry.ambiguousAliases);
    }
  }
  if (total <= MAX_NAMES) return [];
  const place = Array.isArray(data.agencies) && data.agencies.length > 0 ? 'agencies' : 'subjects';
  return [{
    keyPath: [place],
    at: 'key',
    message: `subjects and agencies have ${total} names and aliases together; at most ${MAX_NAMES} can be matched ` +
      '(split the project, or keep the aliases posts really use)',
  }];
}

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function taxonomyDuplicates(taxonomy: unknown): KeyProblem[] {
  if (Array.isArray(taxonomy)) return duplicateIds(taxonomy, ['taxonomy']);
  if (!isEntry(taxonomy)) return [];
  return [
    ...duplicateIds(taxonomy.issues, ['taxonomy', 'issues']),
    ...duplicateIds(taxonomy.slices, ['taxonomy', 'slices']),
  ];
}

/** The second and later uses of an id, each pointing back at the first. */
function duplicateIds(list: unknown, listPath: KeyPath): KeyProblem[] {
  if (!Array.isArray(list)) return [];
  const firstIndex = new Map<string, number>();
  const problems: KeyProblem[] = [];

  list.forEach((entry: unknown, index) => {
    if (!isEntry(entry) || typeof entry.id !== 'string') return;
    const first = firstIndex.get(entry.id);
    if (first === undefined) {
      firstIndex.set(entry.id, index);
      return;
    }
    problems.push({
      keyPath: [...listPath, index, 'id'],
      at: 'value',
      message: `"${entry.id}" is already the id of ${listPath.join('.')}[${first}]; ids must differ`,
    });
  });
  return problems;
}

function ambiguousWithoutContext(list: unknown, listName: 'subjects' | 'agencies'): KeyProblem[] {
  if (!Array.isArray(list)) return [];
  const problems: KeyProblem[] = [];
  const what = listName === 'subjects' ? 'subject' : 'agency';

  list.forEach((entry: unknown, index) => {
    if (
      !isEntry(entry) ||
      !Array.isArray(entry.ambiguousAliases) ||
      entry.ambiguousAliases.length === 0
    )
      return;
    if (Array.isArray(entry.context) && entry.context.length > 0) return;
    const example = String(entry.ambiguousAliases[0]);
    problems.push({
      keyPath: [listName, index, 'ambiguousAliases'],
      at: 'key',
      message:
        `ambiguous aliases count only near a context word, and this ${what} has none; add context ` +
        `words (e.g. context: [Алматы, Almaty]) or move "${example}" to aliases`,
    });
  });
  return problems;
}

function feedsWithoutUrl(sources: unknown): KeyProblem[] {
  if (!Array.isArray(sources)) return [];
  const problems: KeyProblem[] = [];

  sources.forEach((source: unknown, index) => {
    if (!isEntry(source) || source.kind !== 'feed' || typeof source.location !== 'string') return;
    if (isHttpUrl(source.location)) return;
    problems.push({
      keyPath: ['sources', index, 'location'],
      at: 'value',
      message:
        `a feed is read from an http(s) URL, not "${source.location}"; ` +
        'for saved feed files use kind: files',
    });
  });
  return problems;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
