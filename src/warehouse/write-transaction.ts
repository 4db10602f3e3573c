import { sql } from 'kysely';
import { warehouseDialect, type Warehouse } from './database.ts';

/**
 * The key of the PostgreSQL advisory lock every write transaction takes
 * first: writers take turns, as SQLite's `BEGIN IMMEDIATE` makes them,
 * so what a write reads to decide cannot change before it writes, on
 * either database. (Any 64-bit number no other program on the server
 * uses; this one spells "solieu" in ASCII.)
 */
export const WRITE_LOCK = 0x736f6c696575;

/**
 * The handles of open batch transactions ({@link writeBatch}), each with
 * how deep its savepoints go: a transaction asked for inside a batch is a
 * savepoint of it. A savepoint is named by its depth (`s1`, and `s2`
 * inside it): every document's savepoint has the same SQL, which stays
 * prepared, where a name of its own for each took two statements a
 * document and flushed the warehouse's statement cache.
 */
const batchDepth = new WeakMap<Warehouse, number>();

/**
 * Runs `work` in one write transaction that takes the write lock at once
 * (`BEGIN IMMEDIATE` on SQLite, an advisory lock held to the transaction's
 * end on PostgreSQL), so what it reads to decide (is this content already
 * stored?) cannot change before it writes, and a second writer waits (up to
 * the busy timeout on SQLite, for its turn on PostgreSQL) instead of
 * failing half way. Commits when `work`
 * resolves, rolls back when it throws. Given the handle of an open batch
 * ({@link writeBatch}), it is a savepoint of the batch instead: `work` is
 * whole or undone, and committed with the batch.
 *
 * @example
 * await writeTransaction(db, async (trx) => trx.insertInto('runs').values(row).execute());
 */
export async function writeTransaction<T>(db: Warehouse, work: (trx: Warehouse) => Promise<T>): Promise<T> {
  const outer = batchDepth.get(db);
  if (outer !== undefined) {
    const level = outer + 1;
    const name = sql.raw(`s${level}`);
    batchDepth.set(db, level);
    try {
      await sql`SAVEPOINT ${name}`.execute(db);
      try {
        const result = await work(db);
        await sql`RELEASE ${name}`.execute(db);
        return result;
      } catch (error) {
        await sql`ROLLBACK TO ${name}`.execute(db).catch(() => undefined);
        await sql`RELEASE ${name}`.execute(db).catch(() => undefined);
        throw error;
      }
    } finally {
      batchDepth.set(db, outer);
    }
  }
  return db.connection().execute(async (conn) => {
    const postgres = warehouseDialect(conn) === 'postgres';
    await sql.raw(postgres ? 'BEGIN' : 'BEGIN IMMEDIATE').execute(conn);
    try {
      if (postgres) {
        // a writer waits its turn however long the one before takes: a server's or role's statement or lock timeout would
        // fail the wait; and a failed wait is rolled back below, so the pooled connection is not left in an aborted transaction
        await sql`SET LOCAL lock_timeout = 0`.execute(conn);
        await sql`SET LOCAL statement_timeout = 0`.execute(conn);
        await sql`SELECT pg_advisory_xact_lock(${sql.lit(WRITE_LOCK)})`.execute(conn);
      }
      const result = await work(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (error) {
      await sql`ROLLBACK`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

/**
 * Runs `work` in one write transaction whose handle makes every
 * {@link writeTransaction} inside it a savepoint: many documents' writes,
 * each whole or undone, committed at once.
 *
 * @example
 * await writeBatch(db, async (trx) => { await writeVersion(trx, a); await writeVersion(trx, b); });
 */
export async function writeBatch<T>(db: Warehouse, work: (trx: Warehouse) => Promise<T>): Promise<T> {
  return writeTransaction(db, async (trx) => {
    batchDepth.set(trx, 0);
    try {
      return await work(trx);
    } finally {
      batchDepth.delete(trx);
    }
  });
}
