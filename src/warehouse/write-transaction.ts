import { sql } from 'kysely';
import type { Warehouse } from './database.ts';

/**
 * Runs `work` in one write transaction that takes the write lock at once
 * (`BEGIN IMMEDIATE`), so what it reads to decide (is this content already
 * stored?) cannot change before it writes, and a second writer waits (up to
 * the busy timeout) instead of failing half way. Commits when `work`
 * resolves, rolls back when it throws.
 *
 * @example
 * await writeTransaction(db, async (trx) => trx.insertInto('runs').values(row).execute());
 */
export async function writeTransaction<T>(db: Warehouse, work: (trx: Warehouse) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      const result = await work(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (error) {
      await sql`ROLLBACK`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}
