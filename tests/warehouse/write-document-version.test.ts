import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFromText, extractFromText } from '../../src/pipeline/extract-text.ts';
import { openSqliteWarehouse, type Warehouse } from '../../src/warehouse/database.ts';
import { migrateToLatest } from '../../src/warehouse/migrate-to-latest.ts';
import { currentVersion, startRun } from '../../src/warehouse/runs.ts';
import { writeDocumentVersion } from '../../src/warehouse/write-document-version.ts';
import pipeline from '../../pipelines/reports.ts';
import { ctx } from '../helpers/taxonomy.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();
let db: Warehouse;
let file: string;

beforeEach(async () => {
  file = path.join(dir.path, 'warehouse.sqlite');
  db = openSqliteWarehouse(file);
  expect((await migrateToLatest(db)).error).toBeNull();
  await startRun(db, { runId: 'r1', pipeline: 'reports', inputDir: 'raw', version: 'test', at: '2026-01-01T00:00:00Z' });
});
afterEach(async () => db.destroy());

function version(text: string) {
  const document = { ...documentFromText(text, { name: 'qn.txt' })!, docId: 'qn.txt', sourcePath: 'qn.txt' };
  const processed = extractFromText(text, pipeline.stages, ctx, { name: 'qn.txt' });
  return { document, observations: processed.accepted.map((o) => ({ ...o, docId: 'qn.txt', sourcePath: 'qn.txt' })), rejects: processed.rejected };
}

describe('writeDocumentVersion', () => {
  it('stores a document version with its observations, values exact', async () => {
    const v = version('Quảng Ninh: quy mô nền kinh tế năm 2023 đạt 315.839 tỷ đồng, FDI đạt trên 5,245 tỷ USD.');
    const { versionNo } = await writeDocumentVersion(db, { runId: 'r1', extractorVersion: 'test', at: '2026-01-01T00:00:01Z', ...v });
    expect(versionNo).toBe(1);
    const rows = await db.selectFrom('observations').select(['text', 'value', 'unit', 'unit_mult', 'indicator']).orderBy('seq').execute();
    expect(rows).toEqual([
      { text: '315.839 tỷ đồng', value: 315839000000000, unit: 'VND', unit_mult: 9, indicator: 'gdp' },
      { text: 'trên 5,245 tỷ USD', value: 5245000000, unit: 'USD', unit_mult: 9, indicator: null },
    ]);
  });

  it('keeps the previous version as history when a report changes', async () => {
    await writeDocumentVersion(db, { runId: 'r1', extractorVersion: 'test', at: '2026-01-01T00:00:01Z', ...version('GRDP năm 2023 tăng 7,5%.') });
    await writeDocumentVersion(db, { runId: 'r1', extractorVersion: 'test', at: '2026-01-02T00:00:00Z', ...version('GRDP năm 2023 tăng 7,6%.') });
    const rows = await db.selectFrom('observations').select(['value', 'vintage_from', 'vintage_to']).orderBy('obs_id').execute();
    expect(rows).toEqual([
      { value: 7.5, vintage_from: '2026-01-01T00:00:01Z', vintage_to: '2026-01-02T00:00:00Z' },
      { value: 7.6, vintage_from: '2026-01-02T00:00:00Z', vintage_to: null },
    ]);
    expect((await currentVersion(db, 'qn.txt'))?.content_hash).toBe(version('GRDP năm 2023 tăng 7,6%.').document.contentHash);
  });

  it('writes nothing of a version when a row fails: one transaction per document version', async () => {
    const v = version('GRDP năm 2023 tăng 7,5%.');
    const broken = { ...v, observations: [...v.observations, { ...v.observations[0]!, text: null as unknown as string }] };
    await expect(writeDocumentVersion(db, { runId: 'r1', extractorVersion: 'test', at: '2026-01-01T00:00:01Z', ...broken })).rejects.toThrow();
    expect(await db.selectFrom('document_versions').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('documents').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('observations').selectAll().execute()).toEqual([]);
  });
});

describe('migrateToLatest', () => {
  it('refuses a warehouse written by a newer solieu', async () => {
    await db.destroy();
    const raw = new Database(file);
    raw.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01T00-00-00-future', '2099-01-01')").run();
    raw.close();
    db = openSqliteWarehouse(file);
    const { error } = await migrateToLatest(db);
    expect(error).toMatch(/newer version of solieu/);
  });
});
