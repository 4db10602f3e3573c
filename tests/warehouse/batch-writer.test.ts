import { expect, it } from 'vitest';
import { createBatchWriter } from '../../src/warehouse/batch-writer.ts';
import { openWarehouseAt } from '../../src/warehouse/database.ts';
import { migrateToLatest } from '../../src/warehouse/migrate-to-latest.ts';
import { writeTransaction } from '../../src/warehouse/write-transaction.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { describeWarehouses } from '../helpers/warehouses.ts';

const dir = useTempDir();

const run = (id: string) => ({ run_id: id, pipeline: 'p', input_dir: 'i', solieu_version: 'v', started_at: 't', finished_at: null, status: 'completed', counts: null });

describeWarehouses('the batch writer', (backend) => {
  it('commits the writes queued together in one transaction, each whole or undone alone, and resolves each once committed', async () => {
    const target = await backend.warehouse(dir.path);
    const db = openWarehouseAt(target);
    expect((await migrateToLatest(db)).error ?? null).toBeNull();
    // another connection, as another process would see the warehouse
    const reader = openWarehouseAt(target);
    const committed = async () => Number((await reader.selectFrom('runs').select((eb) => eb.fn.countAll().as('n')).where('pipeline', '=', 'p').executeTakeFirstOrThrow()).n);
    try {
      const writer = createBatchWriter(db);
      const seenDuringBatch: number[] = [];
      const writes = Array.from({ length: 10 }, (_, i) =>
        writer.write(async (trx) => {
          // a write that uses its own transaction becomes a savepoint of the batch
          await writeTransaction(trx, (t) => t.insertInto('runs').values(run(`r${i}`)).execute());
          seenDuringBatch.push(await committed());
          if (i === 4) throw new Error('write 4 fails after its insert');
          return i;
        }),
      );
      const outcomes = await Promise.allSettled(writes);
      expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([0, 1, 2, 3, 'write 4 fails after its insert', 5, 6, 7, 8, 9]);
      // none was visible to another connection before the batch committed; then all but the failed one are
      expect(seenDuringBatch).toEqual(Array(10).fill(0));
      expect(await committed()).toBe(9);
      expect(await reader.selectFrom('runs').select('run_id').where('run_id', '=', 'r4').executeTakeFirst()).toBeUndefined();

      // a lone write is committed at once
      await writer.write((trx) => trx.insertInto('runs').values(run('alone')).execute());
      expect(await committed()).toBe(10);
    } finally {
      await reader.destroy();
      await db.destroy();
    }
  });
});
