import type pg from 'pg';

/**
 * Runs each of `queries` with the same parameters in one read-only snapshot, so that rollup
 * tables written together are read together, and returns each query's rows under its name.
 */
export async function readSnapshot<Name extends string>(
  pool: pg.Pool, queries: Readonly<Record<Name, string>>, params: readonly unknown[],
): Promise<Record<Name, unknown[]>> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const rows = {} as Record<Name, unknown[]>;
    for (const name of Object.keys(queries) as Name[]) rows[name] = (await client.query(queries[name], [...params])).rows;
    await client.query('COMMIT');
    return rows;
  } catch (error) {
    // A connection goes back to the pool only outside a transaction.
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
