import pg from 'pg';

export type BulkLoad = {
  client: pg.Client;
  /** Runs one statement and logs its row count and time. */
  step: (what: string, sql: string, values?: unknown[]) => Promise<void>;
};

/**
 * A connection set up for seeding as a bulk restore would: foreign keys are not checked row by
 * row (session_replication_role = replica) since the rows are consistent by construction, and
 * commits do not wait for the disk. Seeding is not what a benchmark measures.
 */
export async function withBulkLoad<T>(url: string, log: (line: string) => void, work: (load: BulkLoad) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET session_replication_role = replica; SET synchronous_commit = off; SET maintenance_work_mem = '256MB'`);
    const step = async (what: string, sql: string, values: unknown[] = []) => {
      const t = performance.now();
      const result = await client.query(sql, values);
      log(`  ${what}: ${result.rowCount === null ? '' : `${result.rowCount} rows, `}${((performance.now() - t) / 1000).toFixed(1)} s`);
    };
    return await work({ client, step });
  } finally {
    await client.end();
  }
}
