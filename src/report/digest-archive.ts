/**
 * Digests made so far, kept in the project's state file with the folder holding their files
 * (digest.md, digest.html, digest.pdf), for the dashboard's archive and for e-mailing.
 */
import type { ReportLanguage } from '../project/project.js';
import type { StateDatabase } from '../state/state-database.js';

export interface ArchivedDigest {
  readonly id: number;
  readonly from: string;
  readonly to: string;
  readonly language: ReportLanguage;
  readonly createdAt: Date;
  readonly folder: string;
  /** Addresses it was e-mailed to; empty when not sent. */
  readonly emailedTo: readonly string[];
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS digests (
  id INTEGER PRIMARY KEY,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  language TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  folder TEXT NOT NULL,
  emailed_to TEXT NOT NULL DEFAULT '[]'
);
`;

interface DigestRow {
  id: number;
  period_from: string;
  period_to: string;
  language: ReportLanguage;
  created_at: number;
  folder: string;
  emailed_to: string;
}

export class DigestArchive {
  readonly #database: StateDatabase;

  constructor(database: StateDatabase) {
    this.#database = database;
    database.exec(SCHEMA);
  }

  /**
   * Archives a digest written to `folder`. A digest made again for the same period and language
   * is written over the same files, so it keeps its entry (and id) with the new time and no
   * e-mail yet: a second entry showed the same PDF twice in the archive.
   */
  add(entry: { from: string; to: string; language: ReportLanguage; folder: string }, now = new Date()): ArchivedDigest {
    const existing = this.#database.prepare('SELECT id FROM digests WHERE folder = ? ORDER BY id DESC LIMIT 1')
      .get(entry.folder) as { id: number } | undefined;
    if (existing) {
      this.#database.prepare(`UPDATE digests SET created_at = ?, emailed_to = '[]' WHERE id = ?`)
        .run(now.getTime(), existing.id);
      return this.get(existing.id)!;
    }
    const result = this.#database.prepare(`INSERT INTO digests (period_from, period_to, language, created_at, folder)
      VALUES (?, ?, ?, ?, ?)`).run(entry.from, entry.to, entry.language, now.getTime(), entry.folder);
    return this.get(Number(result.lastInsertRowid))!;
  }

  markEmailed(id: number, addresses: readonly string[]): void {
    this.#database.prepare('UPDATE digests SET emailed_to = ? WHERE id = ?').run(JSON.stringify(addresses), id);
  }

  get(id: number): ArchivedDigest | null {
    const row = this.#database.prepare('SELECT * FROM digests WHERE id = ?').get(id) as DigestRow | undefined;
    return row ? digestOf(row) : null;
  }

  /** The digest of a period in a language, if one was made. */
  find(from: string, to: string, language: ReportLanguage): ArchivedDigest | null {
    const row = this.#database.prepare(`SELECT * FROM digests WHERE period_from = ? AND period_to = ? AND language = ?
      ORDER BY id DESC LIMIT 1`).get(from, to, language) as DigestRow | undefined;
    return row ? digestOf(row) : null;
  }

  /** Newest period first. */
  list(): ArchivedDigest[] {
    const rows = this.#database.prepare('SELECT * FROM digests ORDER BY period_to DESC, id DESC').all() as DigestRow[];
    return rows.map(digestOf);
  }
}

function digestOf(row: DigestRow): ArchivedDigest {
  return {
    id: row.id,
    from: row.period_from,
    to: row.period_to,
    language: row.language,
    createdAt: new Date(row.created_at),
    folder: row.folder,
    emailedTo: JSON.parse(row.emailed_to) as string[],
  };
}
