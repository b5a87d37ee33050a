/**
 * Line and column of any key or value in a parsed YAML document, so that a problem found in the
 * plain data can be shown where the user wrote it.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
} from 'yaml';

import type { KeyPath } from './project-error.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

const START_OF_FILE: Position = { line: 1, column: 1 };

export class YamlPositions {
  readonly #document: Document;
  readonly #lines: LineCounter;

  constructor(document: Document, lines: LineCounter) {
    this.#document = document;
    this.#lines = lines;
  }

  /** Where the value at `path` starts; for a path that does not exist, its nearest ancestor. */
  ofValue(path: KeyPath): Position {
    const found = this.#walk(path);
    return this.#positionOf(found.node) ?? this.ofKey(path.slice(0, found.depth));
  }

  /**
   * Where the key at the end of `path` is written (`minGroupSze:`), or the list item's value for
   * an index; for a key that is not in the file, where its parent is.
   */
  ofKey(path: KeyPath): Position {
    if (path.length === 0) return START_OF_FILE;
    const parentPath = path.slice(0, -1);
    const found = this.#walk(parentPath);
    if (found.depth < parentPath.length) return this.ofKey(parentPath.slice(0, found.depth + 1));

    const last = path[path.length - 1] as string | number;
    const pair = pairOf(this.#resolve(found.node), last);
    const position =
      this.#positionOf(pair?.key as Node | undefined) ??
      this.#positionOf(pair?.value as Node | undefined);
    return position ?? this.ofKey(parentPath);
  }

  /** Position of a byte offset in the source, for parser errors. */
  ofOffset(offset: number): Position {
    const { line, col } = this.#lines.linePos(offset);
    return { line, column: col };
  }

  /** The deepest node along `path`, and how many steps of it exist in the file. */
  #walk(path: KeyPath): { node: Node | undefined; depth: number } {
    let node = this.#document.contents as Node | null | undefined;
    for (let depth = 0; depth < path.length; depth++) {
      const pair = pairOf(this.#resolve(node ?? undefined), path[depth] as string | number);
      const next = pair?.value as Node | null | undefined;
      if (next === undefined || next === null) return { node: node ?? undefined, depth };
      node = next;
    }
    return { node: node ?? undefined, depth: path.length };
  }

  /**
   * An alias (`*anchor`) stands for the node it names; a problem inside it lives there.
   * LIMITATION: such a problem is shown at the anchor, not at the alias that reused it; a second
   * position (the `*anchor` line) would need a problem to carry a list of places.
   */
  #resolve(node: Node | undefined): Node | undefined {
    return node !== undefined && isAlias(node)
      ? (node.resolve(this.#document) as Node | undefined)
      : node;
  }

  #positionOf(node: Node | undefined): Position | undefined {
    const start = node?.range?.[0];
    return start === undefined ? undefined : this.ofOffset(start);
  }
}

/** A map entry by key, or a list item as a pair of (index, item). */
function pairOf(node: Node | undefined, key: string | number): Pair | undefined {
  if (isMap(node)) {
    return node.items.find(
      (pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key)) === String(key),
    );
  }
  if (isSeq(node) && typeof key === 'number') {
    const item = node.items[key] as Node | undefined;
    return item === undefined ? undefined : ({ key: null, value: item } as Pair);
  }
  return undefined;
}
