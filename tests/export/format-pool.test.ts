import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { startFormatPool } from '../../src/export/format-pool.ts';
import { formatReportRows } from '../../src/export/format-report-rows.ts';
import { createLabeller } from '../../src/export/observation-labels.ts';
import { loadPipeline } from '../../src/pipeline/load-pipeline.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { openWarehouseReader } from '../../src/warehouse/database.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { describeWarehouses } from '../helpers/warehouses.ts';

const dir = useTempDir();

describeWarehouses('the format pool', (backend) => {
  it('formats on its own threads the bytes this thread formats, report by report and in the order asked', async () => {
    const input = path.join(dir.path, `raw-${backend.name}`);
    mkdirSync(input, { recursive: true });
    writeFileSync(path.join(input, 'a.txt'), 'Năm 2024, GRDP của tỉnh Kon Tum tăng 9,1%, quy mô đạt 41.200 tỷ đồng.\n');
    writeFileSync(path.join(input, 'b.txt'), 'Năm 2024, tổng thu ngân sách của tỉnh Gia Lai đạt 5.300 tỷ đồng, tăng 12%.\n');
    const output = path.join(dir.path, `out-${backend.name}`);
    const target = await backend.warehouse(output);
    await runPipeline({ input, output, db: target, pipeline: await loadPipeline('reports'), published: '2025-01-15' });
    const db = openWarehouseReader(target);
    const here = await formatReportRows(db, ['b.txt', 'a.txt'], createLabeller());
    await db.destroy();
    const pool = startFormatPool(2);
    try {
      const there = await pool.formatRows(target, ['b.txt', 'a.txt']);
      expect(there.map((b) => Buffer.from(b).toString('utf8'))).toEqual(here.map((b) => b.toString('utf8')));
      expect(Buffer.from(there[1]!).toString('utf8')).toContain('41200000000000');
    } finally {
      await pool.close();
    }
  });
});
