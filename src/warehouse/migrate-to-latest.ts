import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Warehouse } from './database.ts';
import * as initial from './migrations/2026-11-25T00-00-00-initial.ts';
import * as revisions from './migrations/2026-12-02T00-00-00-revisions.ts';

/**
 * The migrations in order. Listed here rather than read from a folder so
 * that they load the same way from source, from tests and from a bundle.
 */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-25T00-00-00-initial': initial,
  '2026-12-02T00-00-00-revisions': revisions,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Brings a warehouse to the latest schema. Returns an error value (never
 * throws) when a migration fails or the file was written by a newer solieu
 * (it knows migrations this one does not).
 *
 * @example
 * const { error } = await migrateToLatest(db); // error === null on success
 */
export async function migrateToLatest(db: Warehouse): Promise<{ error: string | null; applied: string[] }> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (!error) return { error: null, applied };
  const reason = error instanceof Error ? error.message : String(error);
  const newer = /missing/i.test(reason) ? ' (the warehouse was written by a newer version of solieu; upgrade solieu to use it)' : '';
  return { error: `cannot migrate the warehouse: ${reason}${newer}`, applied };
}
