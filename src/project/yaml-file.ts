/**
 * A settings file in YAML read so that every problem has its line and column: the project file,
 * and `delivery.yaml` beside it. Syntax first, then the plain data, then problems found in the
 * data placed back where the user wrote them.
 */
import { LineCounter, parseDocument, visit, type Document } from 'yaml';

import { ProjectError, type KeyProblem, type ProjectProblem } from './project-error.js';
import { YamlPositions } from './yaml-positions.js';

export interface YamlFile {
  readonly document: Document;
  readonly positions: YamlPositions;
  /** Syntax problems, each at its place; the data is not to be read when there are any. */
  readonly syntax: ProjectProblem[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a settings file, which YAML wants in UTF-8. Notepad on Windows saves UTF-16 with a
 * byte-order mark, read as such. A file saved in windows-1251 or KZ-1048, as Russian and Kazakh
 * editors still do, was read with every Cyrillic letter replaced: hundreds of problems about
 * names "without a letter", none about the encoding. It is refused at its first such byte.
 */
export function settingsFileText(bytes: Uint8Array, file: string, kind?: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return UTF8.decode(bytes);
  } catch {
    const offset = firstNonUtf8Byte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    const message = `the file is not UTF-8 (byte 0x${byte} here); it was probably saved in ` +
      'windows-1251 or another code page: save it again as UTF-8';
    throw new ProjectError(file, [{ file, line, column, keyPath: [], message }], kind);
  }
}

/** Where the first byte sequence that is not UTF-8 starts; the file's length when there is none. */
function firstNonUtf8Byte(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const length = utf8SequenceLength(bytes, offset);
    if (length === 0) return offset;
    offset += length;
  }
  return offset;
}

/** Bytes of the well-formed UTF-8 character at `offset`, or 0 when it is not one. */
function utf8SequenceLength(bytes: Uint8Array, offset: number): number {
  const lead = bytes[offset]!;
  const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
  const sequence = bytes.subarray(offset, offset + length);
  if (length === 0 || sequence.length < length) return 0;
  try {
    UTF8.decode(sequence);
    return length;
  } catch {
    return 0;
  }
}

export function parseYamlFile(text: string, file: string): YamlFile {
  const lines = new LineCounter();
  const document = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const positions = new YamlPositions(document, lines);
  return { document, positions, syntax: syntaxProblems(document, text, positions, file) };
}

/**
 * LIMITATION: a syntax problem is placed where the YAML parser noticed it, which for an unclosed
 * quote is the end of the file rather than the quote; the parser does not report the opening.
 */
function syntaxProblems(
  document: Document,
  text: string,
  positions: YamlPositions,
  file: string,
): ProjectProblem[] {
  return document.errors.map((error) => ({
    file,
    ...positions.ofOffset(error.pos[0]),
    keyPath: [],
    message: syntaxMessage(error.code, error.message, text, error.pos[0]),
  }));
}

/**
 * The parser's words, and what to write instead for the mistakes a person typing a project file
 * makes: a title with a colon in it (`name: Шымкент: городские услуги`), a Telegram channel
 * written as docs name it (`location: @city_news`), a tab from another editor.
 */
function syntaxMessage(code: string, parserMessage: string, text: string, offset: number): string {
  if (code === 'DUPLICATE_KEY') return duplicateKeyMessage(text, offset);
  if (code === 'TAB_AS_INDENT') return `YAML: ${parserMessage}; indent with spaces`;
  if (code === 'BLOCK_AS_IMPLICIT_KEY') {
    return 'YAML: a colon followed by a space inside a value starts a key; put the value in ' +
      `quotes: ${JSON.stringify(valueAt(text, offset))}`;
  }
  if (code === 'BAD_SCALAR_START') {
    return `YAML: a value cannot start with ${text.charAt(offset)} unquoted; put it in quotes: ` +
      JSON.stringify(valueAt(text, offset));
  }
  return `YAML: ${parserMessage}`;
}

/** The value written from `offset` to the end of its line, a comment or, inside { } or [ ], a comma. */
function valueAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(offset, lineEnd === -1 ? text.length : lineEnd);
  const inFlow = /[{[]/.test(text.slice(lineStart, offset));
  const end = inFlow ? /\s*(?:[,}\]]|\s#)/.exec(line) : /\s+#/.exec(line);
  return (end === null ? line : line.slice(0, end.index)).trim();
}

/**
 * The document as plain data. Aliases that expand into a huge tree ("billion laughs" in YAML) are
 * refused by the parser with a message that names no place; it is placed at the first alias.
 */
export function documentData(parsed: YamlFile, file: string, kind?: string): unknown {
  const { document, positions } = parsed;
  try {
    return document.toJS();
  } catch (error) {
    let offset = 0;
    let name = '';
    visit(document, {
      Alias(_, alias) {
        offset = alias.range?.[0] ?? 0;
        name = alias.source;
        return visit.BREAK;
      },
    });
    const message =
      `YAML: the aliases (*${name}) expand to too much data ` +
      `(${(error as Error).message}); write the values out instead`;
    throw new ProjectError(file, [{ file, ...positions.ofOffset(offset), keyPath: [], message }], kind);
  }
}

/** The parser says only that keys must be unique; the user wants to know which one. */
function duplicateKeyMessage(text: string, offset: number): string {
  const key = /^[^:\n]*/.exec(text.slice(offset))?.[0].trim() ?? '';
  return `YAML: the key "${key}" appears twice in one mapping; keep one of them`;
}

/** Problems found in the data, each at the line and column of its key or value, in file order. */
export function placed(
  problems: readonly KeyProblem[],
  positions: YamlPositions,
  file: string,
): ProjectProblem[] {
  return problems
    .map((problem) => ({
      file,
      ...(problem.at === 'key'
        ? positions.ofKey(problem.keyPath)
        : positions.ofValue(problem.keyPath)),
      keyPath: problem.keyPath,
      message: problem.message,
    }))
    .sort((left, right) => left.line - right.line || left.column - right.column);
}
