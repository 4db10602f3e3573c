import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import pipeline from '../../pipelines/reports.ts';
import { extractorVersion } from '../../src/pipeline/extractor-version.ts';
import { readFiles } from '../../src/pipeline/read-files.ts';
import { SOLIEU_VERSION } from '../../src/pipeline/solieu-version.ts';
import { stageContext } from '../../src/stages/stage.ts';
import { loadTaxonomy } from '../../src/taxonomy/load-taxonomy.ts';
import { openWarehouseAt } from '../../src/warehouse/database.ts';
import { migrateToLatest } from '../../src/warehouse/migrate-to-latest.ts';
import { newRunId, startRun } from '../../src/warehouse/runs.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();

it('reads a folder into the warehouse and returns what the run reports, the files gone, ignored and refused included', async () => {
  const input = path.join(dir.path, 'raw');
  mkdirSync(input);
  writeFileSync(path.join(input, 'a.txt'), 'Năm 2024, GRDP của tỉnh Kon Tum tăng 9,1%, quy mô đạt 41.200 tỷ đồng.\n');
  writeFileSync(path.join(input, 'b.txt'), 'Năm 2024, tổng thu ngân sách của tỉnh Kon Tum đạt 5.300 tỷ đồng.\n');
  writeFileSync(path.join(input, 'c.txt'), 'Năm 2024, GRDP của tỉnh Kon Tum tăng 9,1%, quy mô đạt 41.200 tỷ đồng.\n');
  writeFileSync(path.join(input, 'scan.pdf'), '%PDF-1.4');
  symlinkSync(path.join(dir.path, 'nowhere.txt'), path.join(input, 'broken.txt'));
  const db = openWarehouseAt(path.join(dir.path, 'warehouse.sqlite'));
  await migrateToLatest(db);
  const ctx = stageContext(loadTaxonomy(), { strict: false });
  const read = async () => {
    const runId = newRunId();
    await startRun(db, { runId, pipeline: pipeline.name, inputDir: input, version: SOLIEU_VERSION, at: new Date().toISOString() });
    return readFiles({
      db, runId, input, pipeline, ctx, extractorVersion: extractorVersion(pipeline.name, ctx), docIdFrom: 'auto', published: '2025-01-15',
      concurrency: 4, maxFileBytes: 1_000_000, workers: 2, shard: null,
    });
  };
  try {
    const first = await read();
    // three files to read are too few for a thread of their own: the stages ran here
    expect(first).toMatchObject({ planned: 3, ignored: ['scan.pdf'], missing: [], skipped: 0, storageFailed: null, workers: 1 });
    expect(first.listingRejects.map((r) => r.sourcePath)).toEqual(['broken.txt']);
    // c.txt is a copy of a.txt
    expect(first.tally.files).toMatchObject({ stored: 2, duplicate: 1 });
    expect(first.tally.accepted).toBeGreaterThanOrEqual(3);

    rmSync(path.join(input, 'b.txt'));
    const second = await read();
    expect(second).toMatchObject({ planned: 2, missing: ['b.txt'] });
    expect(second.tally.files).toMatchObject({ stored: 0, unchanged: 1, duplicate: 1 });
  } finally {
    await db.destroy();
  }
});
