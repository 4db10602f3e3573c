import pg from 'pg';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { openWarehouseAt } from '../../src/warehouse/database.ts';
import { migrateToLatest } from '../../src/warehouse/migrate-to-latest.ts';
import { WRITE_LOCK, writeTransaction } from '../../src/warehouse/write-transaction.ts';
import { createDatabaseOn } from '../helpers/postgres-server.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { describeWarehouses } from '../helpers/warehouses.ts';

const dir = useTempDir();
const server = inject('postgres').url;

describeWarehouses('writeTransaction', (backend) => {
  it('commits what the work wrote, and undoes all of it when the work throws', async () => {
    const db = openWarehouseAt(await backend.warehouse(dir.path));
    try {
      expect((await migrateToLatest(db)).error).toBeNull();
      const run = (id: string) => ({ run_id: id, pipeline: 'p', input_dir: 'raw', solieu_version: '0', started_at: '2026-12-03T00:00:00Z', finished_at: null, status: 'running', counts: null });
      await writeTransaction(db, (trx) => trx.insertInto('runs').values(run('a')).execute());
      await expect(writeTransaction(db, async (trx) => {
        await trx.insertInto('runs').values(run('b')).execute();
        throw new Error('the work failed');
      })).rejects.toThrow('the work failed');
      expect((await db.selectFrom('runs').select('run_id').execute()).map((r) => r.run_id)).toEqual(['a']);
    } finally {
      await db.destroy();
    }
  });
});

describe.skipIf(server === null)('writeTransaction on PostgreSQL', () => {
  it('waits its turn past a database statement timeout, and its connections stay usable', async () => {
    const url = await createDatabaseOn(server!);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    // a managed server's per-database timeout, shorter than another writer's transaction
    await admin.query(`ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET statement_timeout = '200ms'`);
    const db = openWarehouseAt(url);
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
      const released = new Promise<void>((resolve) => setTimeout(() => other.query('COMMIT').then(() => resolve()), 800));
      const started = Date.now();
      expect(await writeTransaction(db, async (trx) => (await sql<{ one: number }>`SELECT 1 AS one`.execute(trx)).rows[0]!.one)).toBe(1);
      expect(Date.now() - started).toBeGreaterThanOrEqual(700);
      await released;
      // every pooled connection still answers
      const answers = await Promise.all(Array.from({ length: 4 }, () => sql<{ one: number }>`SELECT 1 AS one`.execute(db)));
      expect(answers.map((a) => a.rows[0]!.one)).toEqual([1, 1, 1, 1]);
    } finally {
      await other.end();
      await admin.end();
      await db.destroy();
    }
  });
});
