import Database from 'better-sqlite3';

/** The tables that hold what the warehouse knows (the run lock comes and goes with each run). */
const DATA_TABLES = ['documents', 'document_versions', 'sentences', 'observations', 'rejects', 'document_events'] as const;

/** Columns that differ between two runs that stored the same things: ids of runs, load times, row ids. */
const VOLATILE = new Set([
  'first_run_id', 'last_seen_run_id', 'missing_since_run_id', 'pruned_run_id', 'run_id', 'closed_run_id', 'valid_from', 'valid_to',
  'recorded_from', 'recorded_to', 'created_at', 'at', 'version_id', 'sentence_id', 'obs_id', 'previous_obs_id', 'reject_id', 'event_id',
]);

/**
 * Everything a warehouse file holds, table by table, and how many runs it
 * has recorded. With `stable`, the columns that name runs, load times and
 * row ids are left out (and rows sorted), so two warehouses that stored the
 * same reports compare equal however their runs went.
 *
 * @example
 * expect(await warehouseDump(a, { stable: true })).toEqual(await warehouseDump(b, { stable: true }));
 */
export async function warehouseDump(file: string, o: { stable?: boolean } = {}): Promise<{ runs: number; tables: Record<string, unknown[]> }> {
  const db = new Database(file, { readonly: true });
  try {
    const tables: Record<string, unknown[]> = {};
    for (const t of DATA_TABLES) {
      const rows = db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all() as Record<string, unknown>[];
      tables[t] = o.stable
        ? rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !VOLATILE.has(k)))).map((r) => JSON.stringify(r)).sort()
        : rows;
    }
    const runs = (db.prepare('SELECT COUNT(*) AS n FROM runs').get() as { n: number }).n;
    return { runs, tables };
  } finally {
    db.close();
  }
}
