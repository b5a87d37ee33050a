import { join } from 'node:path';

import type { EntityKind } from '../../../src/models/index.js';
import { NEGATIVE, NEUTRAL, POSITIVE, type LabelIndex, type TargetExample } from '../examples.js';
import { readTable } from './read-table.js';

/** RuSentNE (MIT): news sentences, sentiment −1/0/1 toward one marked entity per row. */
export const RUSENTNE_SPLITS = {
  train: 'train_data.csv',
  // The shared task's labelled validation set; its test labels were never published.
  test: 'validation_data_labeled.csv',
} as const;

const KIND_BY_TAG: Readonly<Record<string, EntityKind>> = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  COUNTRY: 'country',
  PROFESSION: 'profession',
  NATIONALITY: 'nationality',
};

const LABEL_BY_VALUE: Readonly<Record<string, LabelIndex>> = {
  '-1': NEGATIVE,
  '0': NEUTRAL,
  '1': POSITIVE,
};

export function readRuSentNE(
  dataDir: string,
  split: keyof typeof RUSENTNE_SPLITS,
): TargetExample[] {
  const path = join(dataDir, 'rusentne', RUSENTNE_SPLITS[split]);

  return readTable(path, '\t').map((row, index) => {
    const sentence = row.sentence ?? '';
    const entity = row.entity ?? '';
    const label = LABEL_BY_VALUE[row.label ?? ''];
    if (label === undefined) {
      throw new Error(
        `training data ${path} row ${index + 2}: label "${row.label}" is not -1, 0 or 1`,
      );
    }

    let start = Number(row.entity_pos_start_rel);
    let end = Number(row.entity_pos_end_rel);
    // Offsets count code points; a sentence with an emoji or other astral character shifts them.
    if (sentence.slice(start, end) !== entity) {
      const found = sentence.indexOf(entity);
      if (found < 0)
        throw new Error(
          `training data ${path} row ${index + 2}: entity "${entity}" not in sentence`,
        );
      start = found;
      end = found + entity.length;
    }
    const entityKind = KIND_BY_TAG[row.entity_tag ?? ''];
    if (entityKind === undefined) {
      throw new Error(
        `training data ${path} row ${index + 2}: entity tag "${row.entity_tag}" is not one of ` +
          Object.keys(KIND_BY_TAG).join(', '),
      );
    }
    return { sentence, start, end, label, corpus: 'rusentne', entityKind };
  });
}
