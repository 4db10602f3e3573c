import { warehouseDialect, type Warehouse } from './database.ts';

/**
 * Runs `work` on one read-only snapshot of the warehouse: every query it
 * makes sees the same committed state, however long it takes and whatever
 * runs (or shards) write meanwhile, so an export's files and counts agree
 * with one another. PostgreSQL: a `REPEATABLE READ READ ONLY` transaction
 * on one connection; SQLite: a read transaction, whose WAL snapshot holds
 * from its first read. `work` must not run two queries at once on the
 * handle it is given (one connection serves them in turn).
 *
 * @example
 * const rows = await readSnapshot(db, async (snap) => snap.selectFrom('current_observations').selectAll().execute());
 */
export async function readSnapshot<T>(db: Warehouse, work: (snapshot: Warehouse) => Promise<T>): Promise<T> {
  if (warehouseDialect(db) === 'postgres') {
    return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work);
  }
  return db.transaction().execute(work);
}
