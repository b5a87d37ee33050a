import type { Database, Statement } from 'better-sqlite3';

import type { SentimentLabel } from '../../analyze/analysis.js';

/** Sentiments by their code in the cache; `SENTIMENT_CODE` lists the same order in SQL. */
const SENTIMENTS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];
const SENTIMENT_CODE = "CASE sentiment WHEN 'negative' THEN 0 WHEN 'neutral' THEN 1 WHEN 'positive' THEN 2 END";
/** Marks a post number the cache holds no post for. */
const NO_POST = 255;
const READ_BATCH = 50_000;
/** How many posts a sequential read gets through in the time of one lookup by number, about. */
const LOOKUP_COST = 8;
const DAY_MS = 86_400_000;
const FACTS_VERSION_KEY = 'post_facts_version';
const [COMMA, SPACE, MINUS, DIGIT_0, DIGIT_9] = [',', ' ', '-', '0', '9'].map((character) => character.charCodeAt(0)) as
  [number, number, number, number, number];

/**
 * The local day and sentiment of stored posts, by post number, held in memory for one
 * connection, so that a search counts a common word's matches without looking each one up in the
 * posts table (about 13 µs a match at a million posts; an array read here). Five bytes a post.
 *
 * A search asks for the posts it matched: those not held yet are read by number when they are
 * few, or every post in one pass when they are more than an eighth of all (reading in order
 * costs about an eighth of a lookup a post). When a stored post's day or sentiment changes
 * (re-analysis, a new time zone), the writer marks it with `markPostFactsChanged` and every
 * connection forgets what it held.
 */
export class PostFactsCache {
  readonly #dataVersion: Statement;
  readonly #totalChanges: Statement;
  readonly #factsVersion: Statement;
  readonly #lastPost: Statement;
  readonly #readAfter: Statement;
  readonly #readListed: Statement;
  #days = new Int32Array(0);
  #sentiments = new Uint8Array(0);
  #seen: string | null = null;
  #version: string | null = null;
  #settled = false;

  constructor(database: Database) {
    this.#dataVersion = database.prepare('PRAGMA data_version').pluck();
    this.#totalChanges = database.prepare('SELECT total_changes()').pluck();
    this.#factsVersion = database.prepare(`SELECT value FROM meta WHERE key = '${FACTS_VERSION_KEY}'`).pluck();
    this.#lastPost = database.prepare('SELECT max(seq) FROM posts').pluck();
    // Posts come as one text of "seq day sentiment" triples a batch, which SQLite hands over
    // about three times faster than as many rows.
    const triples = `count(*), max(seq), group_concat(seq || ' ' || day || ' ' || sentiment)`;
    const facts = `seq, unixepoch(day) / 86400 AS day, ${SENTIMENT_CODE} AS sentiment FROM posts INDEXED BY posts_search_facts`;
    this.#readAfter = database.prepare(`SELECT ${triples}
      FROM (SELECT ${facts} WHERE seq > ? ORDER BY seq LIMIT ${READ_BATCH})`).raw();
    this.#readListed = database.prepare(`SELECT ${triples}
      FROM (SELECT ${facts} WHERE seq IN (SELECT value FROM json_each(?)))`).raw();
  }

  /**
   * Forgets what the file no longer holds. Run it inside the transaction that reads the
   * matches, so that both see the same posts; `callersTransaction` tells that the search runs
   * inside a transaction its caller opened.
   */
  refresh(callersTransaction: boolean): void {
    // data_version moves when another connection commits, total_changes when this one writes.
    const seen = `${this.#dataVersion.get()}:${this.#totalChanges.get()}`;
    if (seen === this.#seen) return;

    const version = (this.#factsVersion.get() as string | undefined) ?? null;
    if (version !== this.#version || !this.#settled) this.#clear();
    this.#version = version;
    // A search inside its caller's transaction may see posts that are rolled back later and
    // their numbers used again, so what it read is not trusted next time.
    this.#settled = !callersTransaction;
    this.#seen = this.#settled ? seen : null;
  }

  /** Reads the facts of the posts among `seqs` it does not hold yet. */
  include(seqs: readonly number[]): void {
    const missing = seqs.filter((seq) => (this.#sentiments[seq] ?? NO_POST) === NO_POST);
    if (missing.length === 0) return;
    const lastPost = (this.#lastPost.get() as number | null) ?? 0;
    this.#makeRoom(missing.reduce((highest, seq) => Math.max(highest, seq), lastPost));

    if (missing.length * LOOKUP_COST > lastPost) {
      this.#readAll();
    } else {
      for (let start = 0; start < missing.length; start += READ_BATCH) {
        this.#store(this.#readListed.get(JSON.stringify(missing.slice(start, start + READ_BATCH))));
      }
    }
  }

  /** The post's local day as days since 1970-01-01. */
  dayOf(seq: number): number {
    return this.#days[seq] as number;
  }

  /** The post's sentiment; throws for a post it does not hold. */
  sentimentOf(seq: number): SentimentLabel {
    const sentiment = SENTIMENTS[this.#sentiments[seq] ?? NO_POST];
    if (sentiment === undefined) throw new Error(`search: post ${seq} is missing from the post facts cache`);
    return sentiment;
  }

  #clear(): void {
    this.#days = new Int32Array(0);
    this.#sentiments = new Uint8Array(0);
  }

  #readAll(): void {
    for (let after = 0; ;) {
      const lastSeq = this.#store(this.#readAfter.get(after));
      if (lastSeq === null) return;
      after = lastSeq;
    }
  }

  /** Stores one batch of triples; returns the batch's last post number, null when it was empty. */
  #store(batch: unknown): number | null {
    const [count, lastSeq, triples] = batch as [number, number | null, string | null];
    if (count === 0 || lastSeq === null) return null;
    // A day or sentiment SQL cannot encode leaves its post out of the text.
    if (this.#readTriples(triples ?? '') !== count) {
      throw new Error(`search: a post up to number ${lastSeq} has a day or sentiment the store does not write`);
    }
    return lastSeq;
  }

  /** Stores "seq day sentiment" triples separated by commas; returns how many it read. */
  #readTriples(text: string): number {
    const fields = [0, 0, 0];
    let field = 0;
    let value = 0;
    let sign = 1;
    let read = 0;
    for (let index = 0; index <= text.length; index++) {
      const code = index < text.length ? text.charCodeAt(index) : COMMA;
      if (code >= DIGIT_0 && code <= DIGIT_9) {
        value = value * 10 + code - DIGIT_0;
        continue;
      }
      if (code === MINUS) {
        sign = -1;
        continue;
      }
      fields[field] = sign * value;
      value = 0;
      sign = 1;
      if (code === SPACE) {
        field++;
        continue;
      }
      const [seq, day, sentiment] = fields as [number, number, number];
      this.#days[seq] = day;
      this.#sentiments[seq] = sentiment;
      field = 0;
      read++;
    }
    return text === '' ? 0 : read;
  }

  #makeRoom(seq: number): void {
    if (seq < this.#sentiments.length) return;
    const length = Math.max(seq + 1, Math.ceil(this.#sentiments.length * 1.5));
    const days = new Int32Array(length);
    days.set(this.#days);
    const sentiments = new Uint8Array(length).fill(NO_POST);
    sentiments.set(this.#sentiments);
    this.#days = days;
    this.#sentiments = sentiments;
  }
}

/**
 * Marks, inside the writing transaction, that stored posts changed day or sentiment, so that
 * every connection's cache reads them again.
 */
export function markPostFactsChanged(database: Database): void {
  database.prepare(`INSERT INTO meta (key, value) VALUES ('${FACTS_VERSION_KEY}', '1')
    ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`).run();
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day, as the cache holds them. */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** The `YYYY-MM-DD` day of a day number. */
export function dayOfNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
