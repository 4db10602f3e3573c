import { sql, type Kysely, type Migration } from 'kysely';
import type { Warehouse } from './database.ts';
import * as initial from './migrations/2026-11-25T00-00-00-initial.ts';
import * as revisions from './migrations/2026-12-02T00-00-00-revisions.ts';
import * as input from './migrations/2026-12-03T00-00-00-input.ts';
import * as sentences from './migrations/2026-12-04T00-00-00-sentences.ts';
import * as validation from './migrations/2026-12-05T00-00-00-validation.ts';
import * as bestByData from './migrations/2026-12-06T00-00-00-best-by-data.ts';
import * as figures from './migrations/2026-12-07T00-00-00-figures.ts';
import { writeTransaction } from './write-transaction.ts';

/**
 * The migrations in order. Listed here rather than read from a folder so
 * that they load the same way from source, from tests and from a bundle.
 */
const MIGRATIONS: ReadonlyArray<readonly [string, Migration]> = [
  ['2026-11-25T00-00-00-initial', initial],
  ['2026-12-02T00-00-00-revisions', revisions],
  ['2026-12-03T00-00-00-input', input],
  ['2026-12-04T00-00-00-sentences', sentences],
  ['2026-12-05T00-00-00-validation', validation],
  ['2026-12-06T00-00-00-best-by-data', bestByData],
  ['2026-12-07T00-00-00-figures', figures],
];

/**
 * Brings a warehouse to the latest schema: the pending migrations run in
 * one write transaction (`BEGIN IMMEDIATE`), so two processes opening a new
 * warehouse at once migrate it once, and a failed migration leaves it as it
 * was. Applied migrations are recorded in `kysely_migration`, as Kysely's
 * own migrator records them. Returns an error value (never throws) when a
 * migration fails or the file was written by a newer solieu (it knows
 * migrations this one does not).
 *
 * @example
 * const { error } = await migrateToLatest(db); // error === null on success
 */
export async function migrateToLatest(db: Warehouse): Promise<{ error: string | null; applied: string[] }> {
  // a warehouse already at the latest schema is only read: a role that may only read can export it, and nothing waits for the write lock
  const done = await appliedMigrations(db).catch(() => null);
  if (done !== null && done.size === MIGRATIONS.length && MIGRATIONS.every(([name]) => done.has(name))) return { error: null, applied: [] };
  try {
    const applied = await writeTransaction(db, async (trx) => {
      const any = trx as unknown as Kysely<any>;
      await sql`CREATE TABLE IF NOT EXISTS kysely_migration (name varchar(255) NOT NULL PRIMARY KEY, timestamp varchar(255) NOT NULL)`.execute(any);
      const done = new Set((await any.selectFrom('kysely_migration').select('name').execute()).map((r: { name: string }) => r.name));
      const known = new Set(MIGRATIONS.map(([name]) => name));
      const unknown = [...done].filter((n) => !known.has(n));
      if (unknown.length) throw new NewerWarehouse(`corrupted migrations: previously executed migration ${unknown[0]} is missing`);
      const ran: string[] = [];
      for (const [name, migration] of MIGRATIONS) {
        if (done.has(name)) continue;
        await migration.up(any);
        await any.insertInto('kysely_migration').values({ name, timestamp: new Date().toISOString() }).execute();
        ran.push(name);
      }
      return ran;
    });
    return { error: null, applied };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const newer = error instanceof NewerWarehouse ? ' (the warehouse was written by a newer version of solieu; upgrade solieu to use it)' : '';
    return { error: `cannot migrate the warehouse: ${reason}${newer}`, applied: [] };
  }
}

class NewerWarehouse extends Error {}

/**
 * The names of the migrations a warehouse has applied, read without
 * writing; null when it has no record of them (a new, empty database, or
 * one solieu never wrote). Throws when the warehouse cannot be read.
 *
 * @example
 * await appliedMigrations(db) // → Set { '2026-11-25T00-00-00-initial', … }
 */
export async function appliedMigrations(db: Warehouse): Promise<Set<string> | null> {
  try {
    const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
    return new Set(rows.rows.map((r) => r.name));
  } catch (error) {
    // no such table: PostgreSQL's undefined_table, SQLite's message; any other failure (no server) is the caller's to report
    if ((error as { code?: unknown }).code === '42P01' || /no such table/.test(String((error as Error).message))) return null;
    throw error;
  }
}
