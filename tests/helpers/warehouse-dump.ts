import { sql } from 'kysely';
import { openWarehouseAt } from '../../src/warehouse/database.ts';

/** The tables that hold what the warehouse knows (the run lock comes and goes with each run), each by its row id. */
const DATA_TABLES = [
  ['documents', 'doc_id'], ['document_versions', 'version_id'], ['sentences', 'sentence_id'], ['observations', 'obs_id'],
  ['rejects', 'reject_id'], ['document_events', 'event_id'], ['validation_results', 'result_id'],
] as const;

/** Columns that differ between two runs that stored the same things: ids of runs, load times, row ids. */
const VOLATILE = new Set([
  'first_run_id', 'last_seen_run_id', 'missing_since_run_id', 'pruned_run_id', 'run_id', 'closed_run_id', 'valid_from', 'valid_to',
  'recorded_from', 'recorded_to', 'created_at', 'at', 'version_id', 'sentence_id', 'obs_id', 'previous_obs_id', 'reject_id', 'event_id',
  'result_id',
]);

/**
 * Everything a warehouse (a SQLite file or a PostgreSQL URL) holds, table
 * by table in row-id order, and how many runs it has recorded. With
 * `stable`, the columns that name runs, load times and row ids are left
 * out (and rows sorted), so two warehouses that stored the same reports
 * compare equal however their runs went, on either database.
 *
 * @example
 * expect(await warehouseDump(a, { stable: true })).toEqual(await warehouseDump(b, { stable: true }));
 */
export async function warehouseDump(target: string, o: { stable?: boolean } = {}): Promise<{ runs: number; tables: Record<string, unknown[]> }> {
  const db = openWarehouseAt(target);
  try {
    const tables: Record<string, unknown[]> = {};
    for (const [t, id] of DATA_TABLES) {
      const rows = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(t)} ORDER BY ${sql.ref(id)}`.execute(db)).rows;
      tables[t] = o.stable
        ? rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !VOLATILE.has(k)))).map((r) => JSON.stringify(r)).sort()
        : rows;
    }
    const runs = (await sql<{ n: number }>`SELECT COUNT(*) AS n FROM runs`.execute(db)).rows[0]!.n;
    return { runs, tables };
  } finally {
    await db.destroy();
  }
}
