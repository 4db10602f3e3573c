import { expect, it } from 'vitest';
import { openWarehouseAt } from '../../src/warehouse/database.ts';
import { migrateToLatest } from '../../src/warehouse/migrate-to-latest.ts';
import { readSnapshot } from '../../src/warehouse/read-snapshot.ts';
import { startRun } from '../../src/warehouse/runs.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { describeWarehouses } from '../helpers/warehouses.ts';

const dir = useTempDir();

describeWarehouses('readSnapshot', (backend) => {
  it('sees one state of the warehouse throughout, while another connection commits', async () => {
    const target = await backend.warehouse(dir.path);
    const [reader, writer] = [openWarehouseAt(target), openWarehouseAt(target)];
    try {
      expect((await migrateToLatest(reader)).error).toBeNull();
      const at = new Date().toISOString();
      await startRun(writer, { runId: 'r1', pipeline: 'p', inputDir: 'raw', version: '0', at });
      const count = async (db: typeof reader) => (await db.selectFrom('runs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
      const seen = await readSnapshot(reader, async (snap) => {
        const before = await count(snap);
        await startRun(writer, { runId: 'r2', pipeline: 'p', inputDir: 'raw', version: '0', at });
        return [before, await count(snap)];
      });
      expect(seen).toEqual([1, 1]);
      expect(await count(reader)).toBe(2);
    } finally {
      await reader.destroy();
      await writer.destroy();
    }
  });
});
