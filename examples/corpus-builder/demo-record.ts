/** One text as it is packed into a demo file: the id the file gives it and its assigned time. */
import type { CorpusText } from './corpus-text.js';

export interface DemoRecord {
  /** The record's id inside its file (guid, message id, comment id, post id). */
  readonly id: string;
  readonly source: CorpusText;
  /** Undefined for the records left without a date on purpose. */
  readonly date?: Date;
  /** Four digits for the clearly synthetic identity placeholders ("Synthetic member 0042"). */
  readonly persona: string;
}

/** `0042`: personas are numbered with four digits so the placeholders line up. */
export function personaNumber(persona: number): string {
  return String(persona).padStart(4, '0');
}

/**
 * Records newest first, as feeds and APIs list them. An undated record keeps its place among the
 * others: a feed that omits a date does not put the item at either end.
 */
export function newestFirst(records: readonly DemoRecord[]): DemoRecord[] {
  const dated = records.filter((record) => record.date !== undefined);
  dated.sort((left, right) => right.date!.getTime() - left.date!.getTime());
  let next = 0;
  return records.map((record) =>
    record.date === undefined ? record : (dated[next++] as DemoRecord),
  );
}
