import type { ImportNote } from '../raw-post.js';
import { decodeRecordBytes, windows1251LinesNote } from './utf8-or-windows-1251.js';

/** The note of a whole file whose every line with letters beyond ASCII was windows-1251. */
const DETECTED_WINDOWS_1251 = 'charset: none declared and not UTF-8; read as windows-1251';

/**
 * Decodes the records of a file read as a stream, each in its own charset, and tells once, at the
 * end, how, as a file read whole is told: the whole file as windows-1251 when no record was UTF-8
 * with letters beyond ASCII (an export saved by a Windows tool); else the lines of the records
 * that were; and the broken UTF-8 sequences read as U+FFFD. A stream told the first batch by
 * batch, 120 notes for a windows-1251 export of 120,000 lines, a JSON list written on one line as
 * "line 1, 1, 1, 1…", and the broken sequences not at all.
 */
export class RecordCharsets {
  readonly #windows1251Lines: number[] = [];
  #windows1251Records = 0;
  #utf8Letters = false;
  #brokenSequences = 0;
  #firstBrokenLine = 0;

  /** The record's text; `line` is where it starts in the file. */
  decode(bytes: Uint8Array, line: number): string {
    const { text, windows1251, damaged } = decodeRecordBytes(bytes);
    if (windows1251) {
      this.#windows1251Records++;
      if (this.#windows1251Lines.at(-1) !== line) this.#windows1251Lines.push(line);
      return text;
    }
    // Fewer UTF-16 units than bytes: a letter took more than one byte.
    this.#utf8Letters ||= text.length < bytes.length;
    if (damaged) this.#countBroken(text, line);
    return text;
  }

  /** The notes for the file: how its records were decoded, when not all as UTF-8. */
  notes(file: string): ImportNote[] {
    const notes: ImportNote[] = [];
    const charset = this.#charsetNote(file);
    if (charset !== undefined) notes.push(charset);
    if (this.#brokenSequences > 0) {
      const line = this.#firstBrokenLine;
      const note = `${this.#brokenSequences} broken UTF-8 sequences read as U+FFFD, the first on line ${line}`;
      notes.push({ location: { file, line }, note });
    }
    return notes;
  }

  #charsetNote(file: string): ImportNote | undefined {
    if (this.#windows1251Records === 0) return undefined;
    if (!this.#utf8Letters) return { location: { file }, note: DETECTED_WINDOWS_1251 };
    return windows1251LinesNote(file, this.#windows1251Lines, this.#windows1251Records);
  }

  #countBroken(text: string, line: number): void {
    const first = text.indexOf('\uFFFD');
    if (this.#brokenSequences === 0) this.#firstBrokenLine = line + text.slice(0, first).split('\n').length - 1;
    this.#brokenSequences += text.split('\uFFFD').length - 1;
  }
}
