import pg from 'pg';

// Counts and sequence numbers arrive as int8; they stay far below 2^53, so plain numbers are
// exact. Days stay `YYYY-MM-DD` strings, as everywhere else in tyndau, instead of becoming
// midnight in the host's zone.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

const PARSED_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    if (oid === DATE) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** A connection pool to `url` that reads int8 and numeric as numbers and dates as `YYYY-MM-DD`. */
export function createPool(url: string, size = 4): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: size, types: PARSED_TYPES });
  // An idle connection the server drops (restart, failover) must not crash the process; the
  // next query opens a new one.
  pool.on('error', () => undefined);
  return pool;
}

/** The URL without its password, for messages and logs. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    parsed.search = '';
    return parsed.toString();
  } catch {
    return 'postgres URL (unreadable)';
  }
}

/** The SQLSTATE codes after which the same transaction may simply run again. */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '40P01' || code === '40001';
}
