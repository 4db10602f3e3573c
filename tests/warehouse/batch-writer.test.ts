import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBatchWriter } from '../../src/warehouse/batch-writer.ts';
import { openSqliteWarehouse } from '../../src/warehouse/database.ts';
import { migrateToLatest } from '../../src/warehouse/migrate-to-latest.ts';
import { writeTransaction } from '../../src/warehouse/write-transaction.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();

const run = (id: string) => ({ run_id: id, pipeline: 'p', input_dir: 'i', solieu_version: 'v', started_at: 't', finished_at: null, status: 'completed', counts: null });

describe('the batch writer', () => {
  it('commits the writes queued together in one transaction, each whole or undone alone, and resolves each once committed', async () => {
    const file = path.join(dir.path, 'w.sqlite');
    const db = openSqliteWarehouse(file);
    expect((await migrateToLatest(db)).error ?? null).toBeNull();
    const reader = new Database(file, { readonly: true });
    const committed = () => (reader.prepare("SELECT count(*) AS n FROM runs WHERE pipeline = 'p'").get() as { n: number }).n;
    try {
      const writer = createBatchWriter(db);
      const seenDuringBatch: number[] = [];
      const writes = Array.from({ length: 10 }, (_, i) =>
        writer.write(async (trx) => {
          // a write that uses its own transaction becomes a savepoint of the batch
          await writeTransaction(trx, (t) => t.insertInto('runs').values(run(`r${i}`)).execute());
          seenDuringBatch.push(committed());
          if (i === 4) throw new Error('write 4 fails after its insert');
          return i;
        }),
      );
      const outcomes = await Promise.allSettled(writes);
      expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([0, 1, 2, 3, 'write 4 fails after its insert', 5, 6, 7, 8, 9]);
      // none was visible to another connection before the batch committed; then all but the failed one are
      expect(seenDuringBatch).toEqual(Array(10).fill(0));
      expect(committed()).toBe(9);
      expect(reader.prepare("SELECT run_id FROM runs WHERE run_id = 'r4'").get()).toBeUndefined();

      // a lone write is committed at once
      await writer.write((trx) => trx.insertInto('runs').values(run('alone')).execute());
      expect(committed()).toBe(10);
    } finally {
      reader.close();
      await db.destroy();
    }
  });
});
