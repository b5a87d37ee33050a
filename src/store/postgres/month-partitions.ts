import type pg from 'pg';

// Taken while creating a partition, so that two workers meeting a new month together do not
// both try to create it.
const PARTITION_LOCK = 7_420_319;

/**
 * Creates the monthly partitions of `posts` as days in new months arrive. Remembers the months
 * it has seen, so a batch in a known month costs nothing.
 */
export class MonthPartitions {
  readonly #known = new Set<string>();

  /** Makes sure every month of `days` (`YYYY-MM-DD`) has its partition. */
  async ensure(pool: pg.Pool, days: Iterable<string>): Promise<void> {
    const missing = new Set<string>();
    for (const day of days) {
      const month = day.slice(0, 7);
      if (!this.#known.has(month)) missing.add(month);
    }
    if (missing.size === 0) return;

    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
      for (const month of [...missing].sort()) {
        const [year, number] = month.split('-').map(Number) as [number, number];
        const next = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
        await client.query(`CREATE TABLE IF NOT EXISTS posts_${month.replace('-', '_')} PARTITION OF posts
          FOR VALUES FROM ('${month}-01') TO ('${next}-01')`);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    for (const month of missing) this.#known.add(month);
  }

  /** Every month between two days, both included, for moving posts to new days. */
  static monthsBetween(first: string, last: string): string[] {
    const days: string[] = [];
    let [year, month] = first.split('-').map(Number) as [number, number];
    const end = last.slice(0, 7);
    for (;;) {
      const current = `${year}-${String(month).padStart(2, '0')}`;
      days.push(`${current}-01`);
      if (current >= end) return days;
      month++;
      if (month > 12) {
        month = 1;
        year++;
      }
    }
  }
}
