import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { periodInterval } from '../../src/core/period-interval.ts';
import { createLabeller, labelled } from '../../src/export/observation-labels.ts';
import { PARQUET_COLUMNS, PARQUET_FILE, exportParquet } from '../../src/export/export-parquet.ts';
import { observationsAsOf } from '../../src/warehouse/vintages-query.ts';
import { currentObservations } from '../../src/warehouse/current-observations.ts';
import { openSqliteWarehouse } from '../../src/warehouse/database.ts';
import { WAREHOUSES, useBuiltWarehouses } from './build-warehouses.ts';

const built = useBuiltWarehouses();
const DAY_MS = 86_400_000;

/** The types a reader of the file sees, by column. */
const EXPECTED_TYPES: Record<string, string> = {
  doc_version: 'INTEGER', unit_mult: 'INTEGER', span_start: 'INTEGER', span_end: 'INTEGER',
  value: 'DOUBLE', value_high: 'DOUBLE',
  published_date: 'DATE', period_start: 'DATE', period_end: 'DATE',
};

async function readParquet(file: string): Promise<{ types: Record<string, string>; rows: Record<string, unknown>[] }> {
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  try {
    const escaped = file.replace(/'/g, "''");
    const described = (await c.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${escaped}')`)).getRowObjectsJS();
    const rows = (await c.runAndReadAll(`SELECT * FROM read_parquet('${escaped}')`)).getRowObjectsJS();
    return { types: Object.fromEntries(described.map((d) => [String(d['column_name']), String(d['column_type'])])), rows };
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}

const day = (d: unknown): number | null => (d instanceof Date ? d.getTime() / DAY_MS : null);

async function collect<Row>(rows: AsyncIterable<Row>): Promise<Row[]> {
  const out: Row[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

describe.each(WAREHOUSES)('exportParquet on the %s', (label) => {
  it('writes typed columns with the same rows and values as current_observations, and the days of each period', async () => {
    const w = built.get(label);
    const db = openSqliteWarehouse(w.db);
    try {
      // the rows as every export labels them: codes, names, long sentences cut around the figure
      const expected = await collect(labelled(currentObservations(db), createLabeller()));
      const dir = path.join(w.output, 'parquet');
      const result = await exportParquet(db, dir);
      expect(result).toEqual({ ok: true, file: path.join(dir, PARQUET_FILE), rows: expected.length });
      const { types, rows } = await readParquet(path.join(dir, PARQUET_FILE));
      expect(Object.keys(types)).toEqual([...PARQUET_COLUMNS]);
      for (const c of PARQUET_COLUMNS) expect(types[c], c).toBe(EXPECTED_TYPES[c] ?? 'VARCHAR');
      expect(rows).toHaveLength(expected.length);
      rows.forEach((r, i) => {
        const o = expected[i]!;
        const { published_date, period_start, period_end, ...same } = r;
        expect(same).toEqual({ ...o });
        const interval = o.period === null ? null : periodInterval(o.period);
        expect([day(period_start), day(period_end)]).toEqual(interval ? [interval.first, interval.last] : [null, null]);
        expect(published_date instanceof Date ? published_date.toISOString().slice(0, 10) : null).toBe(o.published !== null && o.published.length === 10 ? o.published : null);
      });
      if (label === 'invented reports') {
        // the reports are published on a day, in a month, in a year and never
        expect(new Set(rows.map((r) => (r['published'] === null ? 'none' : String(r['published']).length === 10 ? 'day' : 'partial')))).toEqual(new Set(['day', 'partial', 'none']));
      }
    } finally {
      await db.destroy();
    }
  });
});

describe('exportParquet', () => {
  it('writes the rows it is given (the figures as known on a day)', async () => {
    const w = built.get('invented reports');
    const db = openSqliteWarehouse(w.db);
    try {
      const before = await exportParquet(db, path.join(w.output, 'as-of-before'), { rows: observationsAsOf(db, '2000-01-01') });
      expect(before).toMatchObject({ ok: true, rows: 0 });
      const after = await exportParquet(db, path.join(w.output, 'as-of-after'), { rows: observationsAsOf(db, '2030-01-01') });
      expect(after).toMatchObject({ ok: true, rows: (await collect(currentObservations(db))).length });
    } finally {
      await db.destroy();
    }
  });

  it('returns a failure value, and leaves no file, when the folder cannot be written', async () => {
    const w = built.get('invented reports');
    const db = openSqliteWarehouse(w.db);
    try {
      const result = await exportParquet(db, path.join(w.output, 'observations.csv', 'inside-a-file'));
      expect(result).toMatchObject({ ok: false, code: 'EXPORT_WRITE_FAILED' });
    } finally {
      await db.destroy();
    }
  });
});
