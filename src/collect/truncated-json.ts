import { jsonStringEnd } from './long-integers.js';

/**
 * A JSON export cut off in transfer or while it was written (a Telegram Desktop export stopped
 * half-way, a download that broke, a scraper killed before it closed its list) ends inside a
 * record, and JSON.parse rejects the whole file. The records before the cut are whole: the
 * document is closed after the last complete element of its list of records, and the element
 * that was cut is reported as lost.
 */
/** Why the record a JSON file was cut off in is skipped. */
export const CUT_RECORD_REASON = 'the JSON file ends inside an unfinished record (cut off in ' +
  'transfer or while it was saved?); the records before it are read, everything after the last ' +
  'complete one was lost';

export interface ClosedJson {
  readonly text: string;
  /** 1-based line where the unfinished element starts. */
  readonly cutLine: number;
}

interface OpenContainer {
  readonly closer: '}' | ']';
  /** Where an array's last complete object element ends; -1 before the first. */
  lastElementEnd: number;
  /** The array's complete object elements so far. */
  elements: number;
}


/**
 * The text closed after the last complete record, or undefined when it does not end inside an
 * open list of objects (a mistake elsewhere, which closing cannot mend). The list of records is
 * the open array with the most complete objects: the messages of a Telegram chat rather than the
 * chat list of an account's export around them, or the text entities of the message that was cut.
 */
export function closeTruncatedJson(text: string): ClosedJson | undefined {
  const open = containersOpenAtEnd(text);
  if (open === undefined) return undefined;

  let list = -1;
  for (const [depth, container] of open.entries()) {
    const better = list === -1 || container.elements > open[list]!.elements;
    if (container.closer === ']' && container.elements > 0 && better) list = depth;
  }
  if (list === -1) return undefined;

  const cut = open[list]!.lastElementEnd;
  const closers = open.slice(0, list + 1).map((container) => container.closer).reverse().join('');
  const next = text.slice(cut).search(/[^\s,]/);
  return { text: text.slice(0, cut) + closers, cutLine: lineAt(text, next === -1 ? cut : cut + next) };
}

/** The containers still open where the text ends, outermost first; undefined if none is. */
function containersOpenAtEnd(text: string): OpenContainer[] | undefined {
  const stack: OpenContainer[] = [];

  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    // A string's brackets are text: go on after its closing quote.
    if (character === '"') index = jsonStringEnd(text, index + 1) - 1;
    else if (character === '{') stack.push({ closer: '}', lastElementEnd: -1, elements: 0 });
    else if (character === '[') stack.push({ closer: ']', lastElementEnd: -1, elements: 0 });
    else if (character === '}' || character === ']') {
      const closed = stack.pop();
      if (closed?.closer !== character) return undefined; // Not a cut: a mismatched bracket.
      const parent = stack.at(-1);
      if (character === '}' && parent?.closer === ']') {
        parent.lastElementEnd = index + 1;
        parent.elements += 1;
      }
    }
  }
  return stack.length > 0 ? stack : undefined;
}


function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}
