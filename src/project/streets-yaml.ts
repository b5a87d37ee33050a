/**
 * A street list written out as the `streets:` key of a project file, one street a line with the
 * ways posts write it in flow style ("- [Абая, Абай, Abai, Abay]"), so that a new project starts
 * with Almaty's main streets where the user can add the city's others.
 */
import { Document, isSeq, visit } from 'yaml';

import type { Street } from './project.js';

/** `streets:` followed by the list, as YAML text ending in a newline. */
export function streetsYaml(streets: readonly Street[]): string {
  const listed = streets.map((street) => (street.names.length === 1 ? street.names[0]! : [...street.names]));
  const document = new Document({ streets: listed });
  visit(document, {
    Seq(_, seq, path) {
      if (path.some((node) => isSeq(node))) seq.flow = true;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
