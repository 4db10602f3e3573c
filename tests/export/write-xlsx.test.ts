import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportTable, type ExportTable } from '../../src/export/export-table.ts';
import { writeXlsx } from '../../src/export/write-xlsx.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();

interface Row {
  source_path: string;
  text: string;
  value: number;
  value_high: number | null;
  region: string | null;
}

const ROWS: Row[] = [
  { source_path: '=bad.txt', text: '8,19%', value: 8.19, value_high: null, region: 'Quảng Ninh' },
  { source_path: 'quang-ninh.txt', text: '-2,5%', value: -2.5, value_high: -1.25, region: 'Quảng Ninh' },
  { source_path: 'quang-ninh.txt', text: '@SUM(1+1) 315.839 tỷ đồng', value: 315839000000000, value_high: null, region: null },
];

function table(rows: readonly Row[], name: 'observations' | 'rejects' = 'observations'): ExportTable {
  return exportTable<Row>({ name, file: `${name}.csv`, columns: ['source_path', 'text', 'value', 'value_high', 'region'], rows: async function* () { yield* rows; } });
}

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A sheet's rows as plain values, the header first. */
function valuesOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('writeXlsx', () => {
  it('writes a sheet per table: a bold frozen header with an autofilter, numbers as numbers, formula-like text quoted', async () => {
    const file = path.join(dir.path, 'observations.xlsx');
    const written = await writeXlsx([table(ROWS), table([], 'rejects')], file);
    expect(written).toEqual([
      { name: 'observations', file, sheets: ['observations'], rows: 3 },
      { name: 'rejects', file, sheets: ['rejects'], rows: 0 },
    ]);
    const workbook = await readBack(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['observations', 'rejects']);
    const sheet = workbook.getWorksheet('observations')!;
    expect(valuesOf(sheet)).toEqual([
      ['source_path', 'text', 'value', 'value_high', 'region'],
      ["'=bad.txt", '8,19%', 8.19, undefined, 'Quảng Ninh'],
      ['quang-ninh.txt', "'-2,5%", -2.5, -1.25, 'Quảng Ninh'],
      ['quang-ninh.txt', "'@SUM(1+1) 315.839 tỷ đồng", 315839000000000],
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views).toEqual([expect.objectContaining({ state: 'frozen', ySplit: 1 })]);
    expect(sheet.autoFilter).toBe('A1:E4');
    expect(valuesOf(workbook.getWorksheet('rejects')!)).toEqual([['source_path', 'text', 'value', 'value_high', 'region']]);
  });

  it('continues a table longer than a sheet on "observations (2)", each sheet with its header', async () => {
    const file = path.join(dir.path, 'observations.xlsx');
    const written = await writeXlsx([table(ROWS)], file, { maxRowsPerSheet: 2 });
    expect(written).toEqual([{ name: 'observations', file, sheets: ['observations', 'observations (2)'], rows: 3 }]);
    const workbook = await readBack(file);
    expect(workbook.worksheets.map((s) => [s.name, s.rowCount, s.autoFilter])).toEqual([
      ['observations', 3, 'A1:E3'],
      ['observations (2)', 2, 'A1:E2'],
    ]);
    expect(valuesOf(workbook.getWorksheet('observations (2)')!)[0]).toEqual(['source_path', 'text', 'value', 'value_high', 'region']);
  });

  it('refuses a text longer than an Excel cell holds, naming where, and leaves no file behind', async () => {
    const file = path.join(dir.path, 'observations.xlsx');
    const long = { ...ROWS[0]!, source_path: 'dai.txt', region: 'x'.repeat(32_768) };
    await expect(writeXlsx([table([ROWS[1]!, long])], file)).rejects.toThrow(
      /cannot write .*observations\.xlsx: expected a text of at most 32767 characters \(Excel's limit\) at observations row 2, column region, got 32768/,
    );
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir.path)).toEqual([]);
  });

  it('fails with the file named when it cannot be written', async () => {
    const file = path.join(dir.path, 'no-such-folder', 'observations.xlsx');
    await expect(writeXlsx([table(ROWS)], file)).rejects.toThrow(/cannot write .*no-such-folder\/observations\.xlsx: ENOENT/);
  });
});
