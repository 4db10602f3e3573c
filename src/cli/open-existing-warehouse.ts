import { existsSync } from 'node:fs';
import { isPostgresTarget, openWarehouseAt, warehouseName, type Warehouse } from '../warehouse/database.ts';
import { migrateToLatest } from '../warehouse/migrate-to-latest.ts';

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
  const { error } = await migrateToLatest(db);
  if (error) {
    await db.destroy();
    return { ok: false, error: `${name}: ${error}` };
  }
  return { ok: true, db };
}
