import { existsSync } from 'node:fs';
import { isPostgresTarget, openWarehouseAt, warehouseName, type Warehouse } from '../warehouse/database.ts';
import { appliedMigrations, migrateToLatest } from '../warehouse/migrate-to-latest.ts';

/**
 * Opens a warehouse a run wrote, bringing it to the latest schema; an
 * error value (for a one-line message) when there is none or it cannot be
 * used.
 *
 * @example
 * const w = await openExistingWarehouse('output/warehouse.sqlite'); if (w.ok) await w.db.destroy();
 */
export async function openExistingWarehouse(file: string): Promise<{ ok: true; db: Warehouse } | { ok: false; error: string }> {
  const name = warehouseName(file);
  if (!isPostgresTarget(file) && !existsSync(file)) return { ok: false, error: `no warehouse at ${file}: run solieu run first, or give --db` };
  let db: Warehouse;
  try {
    db = openWarehouseAt(file);
  } catch (error) {
    return { ok: false, error: `cannot open the warehouse ${name}: ${error instanceof Error ? error.message : String(error)}` };
  }
  // a server database solieu never wrote (a mistyped name) is not given an empty warehouse to read
  if (isPostgresTarget(file)) {
    const applied = await appliedMigrations(db).then(
      (names) => (names === null ? `no warehouse at ${name}: the database has no solieu tables; run solieu run --db first, or check the URL` : null),
      (error: unknown) => `cannot open the warehouse ${name}: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (applied !== null) {
      await db.destroy();
      return { ok: false, error: applied };
    }
  }
  const { error } = await migrateToLatest(db);
  if (error) {
    await db.destroy();
    return { ok: false, error: `${name}: ${error}` };
  }
  return { ok: true, db };
}
