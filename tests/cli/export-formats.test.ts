import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import type { DataPackage } from '../../src/export/write-datapackage.ts';
import { ROOT } from '../helpers/shared-corpus.ts';
import { useBuiltWarehouses } from '../export/build-warehouses.ts';
import { validator } from '../export/frictionless-validator.ts';

const BIN = path.join(ROOT, 'bin/solieu.js');
const built = useBuiltWarehouses();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'solieu-export-formats-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function solieu(args: readonly string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `solieu export` on the invented reports' warehouse into a folder of its own; returns the folder and the --json output. */
function exportTo(name: string, flags: readonly string[]): { dir: string; json: Record<string, unknown> } {
  const dir = path.join(scratch, name);
  const r = solieu(['export', '--db', built.get('invented reports').db, '--output', dir, '--json', ...flags]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return { dir, json: JSON.parse(r.stdout) as Record<string, unknown> };
}

/** The folder's datapackage.json, checked against the Frictionless v2 profile. */
function packageOf(dir: string): DataPackage {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as DataPackage;
  const validate = validator();
  expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  return pkg;
}

const csv = (file: string, delimiter = ','): Record<string, string>[] => parse(readFileSync(file), { bom: true, columns: true, delimiter }) as Record<string, string>[];

describe('solieu export: every format writes a data package describing what it wrote', () => {
  it('--format sdmx writes SDMX-CSV and its code lists, and counts the figures with no period it leaves out', () => {
    const { dir, json } = exportTo('sdmx', ['--format', 'sdmx']);
    const pkg = packageOf(dir);
    expect(pkg.resources.map((r) => r.path)).toEqual([
      'observations.sdmx.csv',
      ...['CL_AREA', 'CL_INDICATOR', 'CL_UNIT', 'CL_UNIT_MULT', 'CL_OBS_STATUS', 'CL_QUALIFIER'].map((c) => `codelists/${c}.csv`),
    ]);
    const rows = csv(path.join(dir, 'observations.sdmx.csv'));
    expect(rows.length).toBe((json['rows'] as Record<string, number>)['observations']);
    const current = csv(path.join(built.get('invented reports').output, 'observations.csv'));
    const skipped = json['skipped'] as Record<string, number>;
    expect(rows.length + skipped['noPeriod']! + skipped['unreadablePeriod']!).toBe(current.length);
    expect(rows.find((r) => r['SOURCE_TEXT'] === '315.839 tỷ đồng')).toMatchObject({ REF_AREA: '22', TIME_PERIOD: '2023', OBS_VALUE: '315839', UNIT_MULT: '9' });
  });

  it('--format parquet writes typed columns that DuckDB reads, with as many rows as the CSV', async () => {
    const { dir, json } = exportTo('parquet', ['--format', 'parquet']);
    expect(packageOf(dir).resources.map((r) => [r.name, r.path])).toEqual([['observations_parquet', 'observations.parquet']]);
    const instance = await DuckDBInstance.create(':memory:');
    const c = await instance.connect();
    try {
      const file = path.join(dir, 'observations.parquet').replace(/'/g, "''");
      const rows = (await c.runAndReadAll(`SELECT region, region_code, region_key, value FROM read_parquet('${file}') WHERE text = '315.839 tỷ đồng'`)).getRowObjectsJS();
      expect(rows).toEqual([{ region: 'Quảng Ninh', region_code: '22', region_key: 'quang ninh', value: 315839000000000 }]);
      const n = Number((await c.runAndReadAll(`SELECT count(*) FROM read_parquet('${file}')`)).getRows()[0]![0]);
      expect(n).toBe((json['rows'] as Record<string, number>)['observations']);
    } finally {
      c.closeSync();
      instance.closeSync();
    }
  });

  it('--labels vi --columns writes the chosen columns under Vietnamese headers, and the package names the fields as written', () => {
    const { dir } = exportTo('labels-vi', ['--labels', 'vi', '--columns', 'period,region,region_code,indicator,indicator_name,value,unit,unit_name']);
    const rows = csv(path.join(dir, 'observations.csv'));
    expect(Object.keys(rows[0]!)).toEqual(['Kỳ số liệu', 'Địa bàn', 'Mã địa bàn', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Giá trị', 'Đơn vị', 'Tên đơn vị']);
    // Bắc Ninh took code 24 in the 34-unit list from 2025-07-01; its 2025 figures are the merged unit's
    expect(rows.find((r) => r['Địa bàn'] === 'Bắc Ninh' && r['Kỳ số liệu'] === '2025')).toMatchObject({ 'Mã địa bàn': '24' });
    expect(rows.find((r) => r['Giá trị'] === '315839000000000')).toMatchObject({ 'Mã địa bàn': '22', 'Đơn vị': 'VND', 'Tên đơn vị': 'đồng' });
    expect(rows.find((r) => r['Mã chỉ tiêu'] === 'gdp')!['Tên chỉ tiêu']).toMatch(/^Tổng sản phẩm/);
    const observations = packageOf(dir).resources.find((r) => r.name === 'observations')!;
    expect(observations.schema.fields.map((f) => f.name)).toEqual(Object.keys(rows[0]!));
    // obs_key was left out: no primary key is claimed
    expect(observations.schema.primaryKey).toBeUndefined();
  });

  it('--labels en names indicators and units in English; the headers stay the column names', () => {
    const { dir } = exportTo('labels-en', ['--labels', 'en']);
    const gdp = csv(path.join(dir, 'observations.csv')).find((r) => r['text'] === '315.839 tỷ đồng')!;
    expect(gdp['indicator_name']).toMatch(/domestic product/i);
    expect(gdp['unit_name']).toMatch(/dong/i);
  });

  it('--format xlsx is described sheet by sheet, and --excel vi with its separator, decimal comma and BOM', () => {
    const xlsx = packageOf(exportTo('xlsx', ['--format', 'xlsx']).dir);
    expect(xlsx.resources.map((r) => [r.name, r.path, r.format, r.dialect?.['sheetName']])).toEqual([
      ['observations', 'observations.xlsx', 'xlsx', 'observations'],
      ['observations_history', 'observations.xlsx', 'xlsx', 'history'],
      ['best_observations', 'observations.xlsx', 'xlsx', 'best'],
      ['rejects', 'observations.xlsx', 'xlsx', 'rejects'],
    ]);
    const vi = packageOf(exportTo('excel-vi', ['--excel', 'vi']).dir).resources.find((r) => r.name === 'observations')!;
    expect(vi).toMatchObject({ encoding: 'utf-8-sig', dialect: { delimiter: ';' } });
    expect(vi.schema.fields.find((f) => f.name === 'value')).toMatchObject({ type: 'number', decimalChar: ',' });
  });

  it('refuses a column it does not have, and --columns with a format it does not apply to, with exit 2 and one line', () => {
    const db = built.get('invented reports').db;
    for (const flags of [['--columns', 'value,nope'], ['--format', 'sdmx', '--columns', 'value']]) {
      const r = solieu(['export', '--db', db, '--output', path.join(scratch, 'refused'), ...flags]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(path.join(scratch, 'refused', 'datapackage.json'))).toBe(false);
  });

  it('solieu run describes observations.csv, rejects.csv and validation.csv in its own data package', () => {
    const pkg = packageOf(built.get('invented reports').output);
    expect(pkg.resources.map((r) => r.path)).toEqual(['observations.csv', 'rejects.csv', 'validation.csv']);
  });
});
