import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/load-pipeline.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { warehouseDump } from '../helpers/warehouse-dump.ts';
import { describeWarehouses, type WarehouseBackend } from '../helpers/warehouses.ts';

const dir = useTempDir();

/** Invented reports: figures, a quarantined part larger than its whole, a warning, an empty file. */
const REPORTS: Record<string, string> = {
  'a.txt': 'Báo cáo năm 2024\n\nNăm 2024, GRDP của tỉnh Kon Tum tăng 9,1%, quy mô đạt 41.200 tỷ đồng.\n',
  'b.txt': 'Báo cáo năm 2024\n\nNăm 2024, tổng thu ngân sách của tỉnh Kon Tum đạt 5.300 tỷ đồng, trong đó thu nội địa đạt 6.100 tỷ đồng.\n',
  'c.txt': 'Báo cáo năm 2024\n\nTăng trưởng GRDP năm 2024 của tỉnh Kon Tum đạt 27,5%.\n',
  'd.txt': '',
};

async function runWith(input: string, workers: number, name: string, backend: WarehouseBackend) {
  const output = path.join(dir.path, name);
  mkdirSync(output, { recursive: true });
  const db = await backend.warehouse(output);
  const summary = await runPipeline({ input, output, db, pipeline: await loadPipeline('reports'), published: '2025-01-15', workers });
  return { summary, dump: await warehouseDump(db, { stable: true }), csv: readFileSync(path.join(output, 'observations.csv'), 'utf8') };
}

describeWarehouses('the stage pool (runPipeline workers)', (backend) => {
  it('two worker threads leave the warehouse and the observations.csv one thread leaves, rejects and findings included', async () => {
    const input = path.join(dir.path, `raw-${backend.name}`);
    mkdirSync(input, { recursive: true });
    // enough files for two threads (a run starts one per 20 files to read), each report in 15 editions with its figures varied
    for (let edition = 1; edition <= 15; edition++) {
      for (const [name, text] of Object.entries(REPORTS)) writeFileSync(path.join(input, `${edition}-${name}`), text.replace(/(\d),(\d)/g, (_m, a: string, b: string) => `${a},${(Number(b) + edition) % 10}`).replace(/năm 2024/g, `năm ${2000 + edition}`));
    }
    const one = await runWith(input, 1, `one-${backend.name}`, backend);
    const two = await runWith(input, 2, `two-${backend.name}`, backend);
    expect(two.dump).toEqual(one.dump);
    // the workers format the rows of observations.csv too
    expect(two.csv).toBe(one.csv);
    expect(two.csv.split('\n').length).toBeGreaterThan(40);
    expect(one.summary).toMatchObject({ workers: 1, documentsLoaded: 45, documentsRejected: 15, observationsRejected: 15 });
    expect(two.summary.workers).toBe(2);
    const counts = (s: typeof one.summary) => [s.documentsLoaded, s.documentsRejected, s.observationsAccepted, s.observationsWarned, s.observationsRejected, s.stages.map((x) => [x.stage, x.out])];
    expect(counts(two.summary)).toEqual(counts(one.summary));
  });

});
