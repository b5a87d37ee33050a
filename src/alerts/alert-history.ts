/**
 * Alerts already fired, kept in the project's state file: the dashboard lists them, and the rate
 * limit asks when a key last fired.
 */
import type { StateDatabase } from '../state/state-database.js';
import { targetKey, type Alert } from './alert.js';

export interface StoredAlert extends Alert {
  readonly id: number;
  readonly firedAt: Date;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS alerts (
  id INTEGER PRIMARY KEY,
  target_key TEXT NOT NULL,
  day TEXT NOT NULL,
  fired_at INTEGER NOT NULL,
  observed INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alerts_by_key ON alerts (target_key, day);
CREATE INDEX IF NOT EXISTS alerts_by_day ON alerts (day);
`;

export class AlertHistory {
  readonly #database: StateDatabase;

  constructor(database: StateDatabase) {
    this.#database = database;
    database.exec(SCHEMA);
  }

  record(alert: Alert, firedAt: Date): StoredAlert {
    const result = this.#database
      .prepare('INSERT INTO alerts (target_key, day, fired_at, observed, body) VALUES (?, ?, ?, ?, ?)')
      .run(targetKey(alert.target), alert.day, firedAt.getTime(), alert.observed, JSON.stringify(alert));
    return { ...alert, id: Number(result.lastInsertRowid), firedAt };
  }

  /** The latest alert of the same key on a day from `from` to `to`, or null. */
  lastFor(key: string, from: string, to: string): StoredAlert | null {
    const row = this.#database.prepare(`SELECT * FROM alerts WHERE target_key = ? AND day BETWEEN ? AND ?
      ORDER BY day DESC, id DESC LIMIT 1`).get(key, from, to) as AlertRow | undefined;
    return row ? alertOf(row) : null;
  }

  /** Alerts of a day already recorded; a re-run of the same day fires nothing twice. */
  onDay(day: string): StoredAlert[] {
    const rows = this.#database.prepare('SELECT * FROM alerts WHERE day = ? ORDER BY id').all(day) as AlertRow[];
    return rows.map(alertOf);
  }

  /** Newest first. */
  list(limit: number): StoredAlert[] {
    const rows = this.#database.prepare('SELECT * FROM alerts ORDER BY day DESC, id DESC LIMIT ?')
      .all(limit) as AlertRow[];
    return rows.map(alertOf);
  }
}

interface AlertRow {
  id: number;
  fired_at: number;
  body: string;
}

function alertOf(row: AlertRow): StoredAlert {
  return { ...(JSON.parse(row.body) as Alert), id: row.id, firedAt: new Date(row.fired_at) };
}
