import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import pipeline from '../../pipelines/reports.ts';
import { createDatabaseOn } from '../helpers/postgres-server.ts';
import { DEV, HAS_DEV } from '../helpers/shared-corpus.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { warehouseDump } from '../helpers/warehouse-dump.ts';

const dir = useTempDir();
const server = inject('postgres');

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
  });
});

/** A CSV's rows in file order, without the columns that name the run. */
function stableCsv(file: string): Array<Record<string, string>> {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
  return rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !VOLATILE.has(k))));
}
