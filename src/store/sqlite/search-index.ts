import type { Database, Statement } from 'better-sqlite3';

import { GAP_ENTRY, detachedEntry, formOfEntry, searchEntries } from '../../text/search-words.js';
import { writeTransaction } from './write-transaction.js';

/** Entries already in `search_words`, remembered so a common word is not written again. */
const KNOWN_ENTRIES_LIMIT = 500_000;
const REBUILD_BATCH = 2000;

/**
 * Writes posts into the stemmed search index (`posts_search`) and their forms into the
 * vocabulary wildcards are expanded from (`search_words`). The vocabulary is pruned only of the
 * words redaction took out of a stored text (`forget`); a form whose posts are otherwise gone
 * costs one row and matches nothing.
 */
export class SearchIndex {
  readonly #database: Database;
  readonly #insertEntry: Statement;
  readonly #insertWord: Statement;
  readonly #deleteEntry: Statement;
  readonly #deleteWord: Statement;
  readonly #selectIndexed: Statement;
  readonly #known = new Set<string>();

  constructor(database: Database) {
    this.#database = database;
    this.#insertEntry = database.prepare('INSERT INTO posts_search (rowid, words) VALUES (?, ?)');
    this.#insertWord = database.prepare('INSERT OR IGNORE INTO search_words (form, entry) VALUES (?, ?)');
    this.#deleteEntry = database.prepare('DELETE FROM posts_search WHERE rowid = ?');
    this.#deleteWord = database.prepare('DELETE FROM search_words WHERE form = ? AND entry = ?');
    this.#selectIndexed = database.prepare('SELECT rowid FROM posts_search WHERE posts_search MATCH ? LIMIT 1');
  }

  /**
   * Indexes one post: `entries` are its words' entries as `searchEntries` gives them for its
   * normalised text and language (the analysis brings them), separated by spaces.
   */
  add(seq: number, entries: string): void {
    if (entries === '') return;

    for (const entry of entries.split(' ')) {
      // The gap before a hyphenated word's parts is no written form: nothing to expand a wildcard to.
      if (this.#known.has(entry) || entry === GAP_ENTRY) continue;
      this.#insertWord.run(formOfEntry(entry), entry);
      if (this.#known.size >= KNOWN_ENTRIES_LIMIT) this.#known.clear();
      this.#known.add(detachedEntry(entry));
    }
    this.#insertEntry.run(seq, entries);
  }

  remove(seq: number): void {
    this.#deleteEntry.run(seq);
  }

  /**
   * Takes out of the vocabulary each of `entries` that no indexed post holds any more. A name
   * redacted from a stored text on re-analysis ("Сергеев", once a subject's, now a private
   * person's) would otherwise stay in the store as a search form after the text lost it.
   */
  // LIMITATION: another process with the store open (`tyndau serve` collecting) still counts a
  // forgotten entry as written, so a post it stores with that word again is found by the word
  // but not by a wildcard until that process restarts.
  forget(entries: Iterable<string>): void {
    for (const entry of entries) {
      // An entry is one token of the index (letters, digits, marks, "-" and "_"): quoted, a phrase of one.
      if (this.#selectIndexed.get(`"${entry}"`) !== undefined) continue;
      this.#deleteWord.run(formOfEntry(entry), entry);
      this.#known.delete(entry);
    }
  }

  /** Indexes every post that still has its text again, in batches of one transaction each. */
  rebuild(): number {
    this.#database.exec("INSERT INTO posts_search (posts_search) VALUES ('delete-all')");
    const select = this.#database.prepare(`SELECT seq, normalised, language FROM posts
      WHERE seq > ? AND normalised IS NOT NULL ORDER BY seq LIMIT ?`);
    const addBatch = writeTransaction(this.#database, (rows: { seq: number; normalised: string; language: string }[]) => {
      for (const row of rows) this.add(row.seq, searchEntries(row.normalised, row.language));
    });

    let done = 0;
    for (let after = 0; ;) {
      const rows = select.all(after, REBUILD_BATCH) as { seq: number; normalised: string; language: string }[];
      if (rows.length === 0) return done;
      addBatch(rows);
      done += rows.length;
      after = (rows[rows.length - 1] as { seq: number }).seq;
    }
  }
}
