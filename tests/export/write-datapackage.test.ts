import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportParquet } from '../../src/export/export-parquet.ts';
import { exportSdmx } from '../../src/export/export-sdmx.ts';
import { CONFLICT_COLUMNS, REVISION_COLUMNS, writeRows } from '../../src/export/export-vintages.ts';
import { CSV_DIALECTS } from '../../src/export/csv-dialect.ts';
import { vintageTables } from '../../src/export/vintage-tables.ts';
import { writeCsvTables } from '../../src/export/write-csv-tables.ts';
import { DATAPACKAGE_FILE, DATAPACKAGE_PROFILE, writeDataPackage, type DataPackage, type DataPackageResource } from '../../src/export/write-datapackage.ts';
import { currentObservations } from '../../src/warehouse/current-observations.ts';
import type { LabelledObservation } from '../../src/export/export-columns.ts';
import { createLabeller, labelled } from '../../src/export/observation-labels.ts';
import { openSqliteWarehouse } from '../../src/warehouse/database.ts';
import { changesIn } from '../../src/warehouse/revisions-query.ts';
import { conflicts } from '../../src/warehouse/vintages-query.ts';
import { WAREHOUSES, useBuiltWarehouses } from './build-warehouses.ts';
import { validator } from './frictionless-validator.ts';

const built = useBuiltWarehouses();

/** A Frictionless type as the DuckDB type that must read every value of it. */
const DUCKDB_TYPE: Record<string, string> = { string: 'VARCHAR', number: 'DOUBLE', integer: 'BIGINT', boolean: 'BOOLEAN', date: 'DATE', datetime: 'TIMESTAMPTZ' };
/** The type a Parquet column of a Frictionless type has. */
const PARQUET_TYPE: Record<string, string> = { string: 'VARCHAR', number: 'DOUBLE', integer: 'INTEGER', boolean: 'BOOLEAN', date: 'DATE' };

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const id = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The table expression reading a resource with the types its schema declares. */
function source(dir: string, r: DataPackageResource): string {
  const file = q(path.join(dir, r.path));
  if (r.format === 'parquet') return `read_parquet(${file})`;
  const columns = r.schema.fields.map((f) => `${q(f.name)}: ${q(DUCKDB_TYPE[f.type]!)}`).join(', ');
  return `read_csv(${file}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns}})`;
}

async function count(c: DuckDBConnection, sql: string): Promise<number> {
  return Number((await c.runAndReadAll(sql)).getRows()[0]![0]);
}

/**
 * Checks a resource against its Table Schema with DuckDB: every value
 * reads as its declared type, and the constraints, primary key and
 * foreign keys hold. Returns the problems found.
 */
async function schemaProblems(c: DuckDBConnection, dir: string, pkg: DataPackage, r: DataPackageResource): Promise<string[]> {
  const problems: string[] = [];
  const from = source(dir, r);
  const rows = await count(c, `SELECT count(*) FROM ${from}`);
  if (r.format === 'csv') {
    const text = readFileSync(path.join(dir, r.path), 'utf8');
    if (text.charCodeAt(0) === 0xfeff) problems.push(`${r.path}: a BOM, but encoding utf-8 means none`);
    const parsed = parse(text, { columns: true }) as object[];
    if (parsed.length !== rows) problems.push(`${r.path}: DuckDB read ${rows} rows, csv-parse ${parsed.length}`);
    const header = Object.keys(parsed[0] ?? {});
    if (parsed.length > 0 && header.join(',') !== r.schema.fields.map((f) => f.name).join(',')) problems.push(`${r.path}: header ${header.join(',')}`);
  } else {
    const described = (await c.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`)).getRowObjectsJS();
    const actual = described.map((d) => `${String(d['column_name'])} ${String(d['column_type'])}`);
    const declared = r.schema.fields.map((f) => `${f.name} ${PARQUET_TYPE[f.type]}`);
    if (actual.join(',') !== declared.join(',')) problems.push(`${r.path}: columns ${actual.join(', ')}; declared ${declared.join(', ')}`);
  }
  for (const f of r.schema.fields) {
    const col = id(f.name);
    const cons = f.constraints ?? {};
    const bad = async (what: string, where: string) => {
      const n = await count(c, `SELECT count(*) FROM ${from} WHERE ${where}`);
      if (n > 0) problems.push(`${r.path}: ${n} rows of ${f.name} break ${what}`);
    };
    if (cons.required) await bad('required', `${col} IS NULL`);
    if (cons.pattern) await bad(`pattern ${cons.pattern}`, `${col} IS NOT NULL AND NOT regexp_full_match(CAST(${col} AS VARCHAR), ${q(cons.pattern)})`);
    if (cons.enum) await bad('enum', `${col} IS NOT NULL AND CAST(${col} AS VARCHAR) NOT IN (${cons.enum.map((v) => q(String(v))).join(', ')})`);
    if (cons.minimum !== undefined) await bad('minimum', `${col} < ${cons.minimum}`);
    if (cons.unique) await bad('unique', `${col} IN (SELECT ${col} FROM ${from} GROUP BY ${col} HAVING count(*) > 1)`);
  }
  if (r.schema.primaryKey) {
    const key = r.schema.primaryKey.map(id).join(', ');
    const dup = await count(c, `SELECT count(*) FROM (SELECT ${key} FROM ${from} GROUP BY ${key} HAVING count(*) > 1)`);
    if (dup > 0) problems.push(`${r.path}: ${dup} primary keys (${key}) repeat`);
  }
  for (const fk of r.schema.foreignKeys ?? []) {
    const target = pkg.resources.find((x) => x.name === fk.reference.resource)!;
    const [a, b] = [id(fk.fields[0]!), id(fk.reference.fields[0]!)];
    const n = await count(c, `SELECT count(*) FROM ${from} WHERE ${a} IS NOT NULL AND CAST(${a} AS VARCHAR) NOT IN (SELECT ${b} FROM ${source(dir, target)})`);
    if (n > 0) problems.push(`${r.path}: ${n} values of ${fk.fields[0]} are not in ${target.path}`);
  }
  return problems;
}

/** A text cell as the warehouse holds it: writeCsv's leading "'" before a formula character taken off. */
const unneutralised = (v: unknown) => (typeof v === 'string' && /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u.test(v) ? v.slice(1) : v);

/** A row read by DuckDB with plain JS values (BIGINT as number). */
const plain = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : unneutralised(v)]));

describe.each(WAREHOUSES)('writeDataPackage on the %s', (label) => {
  it('describes every file of the export folder; the descriptor validates and each file meets its Table Schema', async () => {
    const w = built.get(label);
    const dir = w.output;
    const db = openSqliteWarehouse(w.db);
    const expected: LabelledObservation[] = [];
    try {
      // the rows as every export labels them: codes, names, long sentences cut around the figure
      for await (const o of labelled(currentObservations(db), createLabeller())) expected.push(o);
      await writeCsvTables(vintageTables(db, { asOf: null, runIds: [] }).filter((t) => t.name !== 'rejects'), dir, CSV_DIALECTS.plain);
      await writeRows(path.join(dir, 'revisions.csv'), REVISION_COLUMNS, (await changesIn(db, null)).revisions);
      await writeRows(path.join(dir, 'conflicts.csv'), CONFLICT_COLUMNS, await conflicts(db));
      expect(await exportParquet(db, dir)).toMatchObject({ ok: true });
      expect(await exportSdmx(db, dir)).toMatchObject({ ok: true });
    } finally {
      await db.destroy();
    }
    const written = await writeDataPackage(dir, { created: '2026-12-01T08:00:00Z' });
    if (!written.ok) throw new Error(written.message);
    const pkg = JSON.parse(readFileSync(path.join(dir, DATAPACKAGE_FILE), 'utf8')) as DataPackage;
    expect(pkg).toEqual(JSON.parse(JSON.stringify(written.descriptor)));
    expect(pkg.$schema).toBe(DATAPACKAGE_PROFILE);

    const validate = validator();
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(pkg.resources.map((r) => r.path)).toEqual([
      'observations.csv', 'observations.parquet', 'observations.sdmx.csv',
      ...['CL_AREA', 'CL_INDICATOR', 'CL_UNIT', 'CL_UNIT_MULT', 'CL_OBS_STATUS', 'CL_QUALIFIER'].map((c) => `codelists/${c}.csv`),
      'rejects.csv', 'validation.csv', 'observations_history.csv', 'best_observations.csv', 'revisions.csv', 'conflicts.csv',
    ]);
    for (const r of pkg.resources) {
      const bytes = readFileSync(path.join(dir, r.path));
      expect(r.bytes, r.path).toBe(statSync(path.join(dir, r.path)).size);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      for (const f of r.schema.fields) {
        expect(f.description, `${r.path} ${f.name}`).not.toBe('');
        expect(f.title, `${r.path} ${f.name}`).not.toBe('');
      }
    }

    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    try {
      const problems: string[] = [];
      for (const r of pkg.resources) problems.push(...(await schemaProblems(c, dir, pkg, r)));
      expect(problems).toEqual([]);

      // read with the declared types, observations.csv and the Parquet file are the warehouse's current observations
      const byName = (name: string) => pkg.resources.find((r) => r.name === name)!;
      for (const name of ['observations', 'observations_parquet']) {
        const r = byName(name);
        const columns = Object.keys(expected[0] ?? {}).map(id).join(', ');
        const rows = (await c.runAndReadAll(`SELECT ${columns} FROM ${source(dir, r)}`)).getRowObjectsJS().map(plain);
        expect(rows, name).toEqual(expected.map((o) => ({ ...o })));
      }
    } finally {
      c.closeSync();
      instance.closeSync();
    }
  });
});

describe('writeDataPackage', () => {
  it('describes only the files asked for, and says which file is missing', async () => {
    // a folder of its own with a run's two files: the tests above add the other exports to the run's folder
    const w = built.get('invented reports');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'solieu-datapackage-'));
    try {
      for (const f of ['observations.csv', 'rejects.csv']) copyFileSync(path.join(w.output, f), path.join(dir, f));
      const only = await writeDataPackage(dir, { resources: ['observations', 'rejects'], created: '2026-12-01T08:00:00Z' });
      expect(only.ok && only.descriptor.resources.map((r) => r.name)).toEqual(['observations', 'rejects']);
      const missing = await writeDataPackage(dir, { resources: ['observations', 'conflicts'] });
      expect(missing).toMatchObject({ ok: false, code: 'EXPORT_MISSING_FILE', file: path.join(dir, 'conflicts.csv') });
      expect(await writeDataPackage(dir, { resources: ['nope'] })).toMatchObject({ ok: false, code: 'EXPORT_MISSING_FILE' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is checked by a validator that refuses a broken descriptor', () => {
    const validate = validator();
    const base = { $schema: DATAPACKAGE_PROFILE, name: 'x', resources: [{ name: 'a', path: 'a.csv', schema: { fields: [{ name: 'v', type: 'number' }] } }] };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, resources: [] })).toBe(false);
    expect(validate({ ...base, resources: [{ name: 'a', schema: base.resources[0]!.schema }] })).toBe(false);
    expect(validate({ ...base, resources: [{ ...base.resources[0]!, schema: { fields: [{ name: 'v', type: 'nonsense' }] } }] })).toBe(false);
    expect(validate({ ...base, resources: [{ ...base.resources[0]!, path: '../a.csv' }] })).toBe(false);
  });
});
