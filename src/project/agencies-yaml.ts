/**
 * A responsibility map written out as the `agencies:` list of a project file, so that a new
 * project starts with Almaty's map in full where the user can edit it. Lists are written in
 * flow style ([a, b]) to keep each agency a few lines long; loading the text gives the same map.
 */
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';

import type { Agency } from './project.js';

const LINE_WIDTH = 100;
/** Keys whose list is written on one line when it fits. */
const LIST_KEYS = new Set(['aliases', 'context', 'ambiguousAliases', 'issues', 'districts', 'outlets', 'ru', 'kk', 'en']);

/** `agencies:` followed by the map, as YAML text ending in a newline. */
export function agenciesYaml(agencies: readonly Agency[]): string {
  const document = new Document({ agencies: agencies.map(writtenAgency) });
  visit(document, {
    Pair(_, pair, path) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!LIST_KEYS.has(key) || !isSeq(pair.value)) return;
      // Two spaces per level of the agency list, then "key: [", the items and ", " between them.
      const indent = path.filter((node) => isMap(node)).length * 2;
      const items = pair.value.items.map((item) => String(isScalar(item) ? item.value : ''));
      const width = indent + key.length + 4 + items.reduce((sum, item) => sum + item.length + 2, 0);
      pair.value.flow = width <= LINE_WIDTH;
    },
    // A blank line between agencies, as a person would write the list.
    Map(_, map, path) {
      const parent = path[path.length - 1];
      if (isSeq(parent) && parent.items.indexOf(map) > 0) map.spaceBefore = true;
    },
  });
  return document.toString({ lineWidth: LINE_WIDTH, flowCollectionPadding: false });
}

/** The agency as the file writes it: empty lists and defaults left out. */
function writtenAgency(agency: Agency): Record<string, unknown> {
  const written: Record<string, unknown> = {
    id: agency.id,
    kind: agency.kind,
    name: agency.name,
    labels: { ...agency.labels },
    aliases: [...agency.aliases],
  };
  if (agency.ambiguousAliases.length > 0) {
    written.context = [...agency.context];
    written.ambiguousAliases = [...agency.ambiguousAliases];
  }
  written.issues = [...agency.issues];
  if (agency.districts.length > 0) written.districts = [...agency.districts];
  if (agency.keywords) {
    written.keywords = {
      ru: [...agency.keywords.ru],
      kk: [...agency.keywords.kk],
      en: [...agency.keywords.en],
    };
  }
  if (agency.outlets.length > 0) written.outlets = [...agency.outlets];
  return written;
}
