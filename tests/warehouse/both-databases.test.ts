import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import pipeline from '../../pipelines/reports.ts';
import { createDatabaseOn } from '../helpers/postgres-server.ts';
import { DEV, HAS_DEV, ROOT } from '../helpers/shared-corpus.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { warehouseDump } from '../helpers/warehouse-dump.ts';

const dir = useTempDir();
const server = inject('postgres');
const BIN = path.join(ROOT, 'bin/solieu.js');

/** Export columns that name the run or the load time, which two runs cannot share. */
const VOLATILE = new Set(['run_id', 'recorded_from', 'recorded_to', 'closed_run_id', 'created_at']);

describe.skipIf(!HAS_DEV || server.url === null)('one pipeline on SQLite and on PostgreSQL', () => {
  it('leaves the same warehouse and the same exports from the dev corpus', async () => {
    const sqliteOut = path.join(dir.path, 'sqlite');
    const pgOut = path.join(dir.path, 'pg');
    const sqliteDb = path.join(sqliteOut, 'warehouse.sqlite');
    const pgDb = await createDatabaseOn(server.url!);
    const a = await runPipeline({ input: path.join(DEV, 'raw'), output: sqliteOut, db: sqliteDb, pipeline });
    const b = await runPipeline({ input: path.join(DEV, 'raw'), output: pgOut, db: pgDb, pipeline });
    expect(a.documentsLoaded).toBeGreaterThan(30);
    expect({ ...b, runId: '', seconds: 0, timings: null, interruptedRuns: [] }).toEqual({ ...a, runId: '', seconds: 0, timings: null, interruptedRuns: [] });

    const pgDump = await warehouseDump(pgDb, { stable: true });
    expect(pgDump.tables['observations']!.length).toBe(a.observationsAccepted);
    expect(pgDump).toEqual(await warehouseDump(sqliteDb, { stable: true }));

    const exports = readdirSync(sqliteOut).filter((f) => f.endsWith('.csv')).sort();
    expect(exports).toEqual(expect.arrayContaining(['observations.csv', 'rejects.csv', 'validation.csv']));
    expect(readdirSync(pgOut).filter((f) => f.endsWith('.csv')).sort()).toEqual(exports);
    for (const f of exports) expect(stableCsv(path.join(pgOut, f)), f).toEqual(stableCsv(path.join(sqliteOut, f)));

    // the other exports read the server as they read the file: SDMX-CSV byte for byte, Parquet row for row as DuckDB reads it
    const exportBoth = (format: string, extra: string[] = []): [string, string] =>
      [[sqliteDb, 'sqlite'], [pgDb, 'pg']].map(([db, name]) => {
        const out = path.join(dir.path, `${format}-${name}`);
        const r = spawnSync(process.execPath, [BIN, 'export', '--db', db!, '--output', out, '--format', format, ...extra], { encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        return out;
      }) as [string, string];
    const [sdmxA, sdmxB] = exportBoth('sdmx');
    expect(readFileSync(path.join(sdmxB, 'observations.sdmx.csv'), 'utf8')).toBe(readFileSync(path.join(sdmxA, 'observations.sdmx.csv'), 'utf8'));
    const [parquetA, parquetB] = exportBoth('parquet');
    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    const rowsOf = async (dirName: string) => (await duck.runAndReadAll(`SELECT * FROM read_parquet('${path.join(dirName, 'observations.parquet')}')`)).getRowObjectsJson();
    const parquetRows = await rowsOf(parquetA);
    expect(parquetRows.length).toBe(a.observationsAccepted);
    expect(await rowsOf(parquetB)).toEqual(parquetRows);
    const [asOfA, asOfB] = exportBoth('csv', ['--as-of', '2025-01-01']);
    expect(stableCsv(path.join(asOfB, 'observations.csv'))).toEqual(stableCsv(path.join(asOfA, 'observations.csv')));
  });
});

/** A CSV's rows in file order, without the columns that name the run. */
function stableCsv(file: string): Array<Record<string, string>> {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
  return rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !VOLATILE.has(k))));
}
