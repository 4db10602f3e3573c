import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type RunSummary } from '../../src/pipeline/run-pipeline.ts';
import pipeline from '../../pipelines/reports.ts';
import { ROOT } from '../helpers/shared-corpus.ts';
import { readFods, readFodsFilters, type FodsCell } from './read-fods.ts';

const BIN = path.join(ROOT, 'bin/solieu.js');
const HAS_SOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!HAS_SOFFICE) console.warn('soffice not found: the LibreOffice checks of tests/export/spreadsheet-exports.test.ts are skipped (apt-get install libreoffice-calc-nogui)');

/** Invented reports: Vietnamese figures, lines that begin like formulas, a file named like one, and an empty file that is refused. */
const REPORTS: Readonly<Record<string, string>> = {
  'quang-ninh-2023.txt': [
    'Báo cáo tình hình kinh tế - xã hội tỉnh Quảng Ninh năm 2023',
    'Tổng sản phẩm trên địa bàn (GRDP) của tỉnh Quảng Ninh năm 2023 đạt 315.839 tỷ đồng, tăng 11,03% so với năm 2022.',
    '=HYPERLINK("http://x","y") Thu ngân sách nhà nước trên địa bàn tỉnh Quảng Ninh năm 2023 đạt 52.000 tỷ đồng.',
    '@SUM(1+1) Kim ngạch xuất khẩu của tỉnh Quảng Ninh năm 2023 ước đạt 3,8 tỷ USD.',
    "=cmd|' /C calc'!A0 Chỉ số giá tiêu dùng (CPI) bình quân năm 2023 của tỉnh Quảng Ninh tăng 2,1%.",
    '',
  ].join('\n'),
  '=bad.txt': [
    'Báo cáo tháng 3/2024',
    'Tốc độ tăng trưởng GRDP của Quảng Ninh quý I/2024 ước đạt 8,19%.',
    'Sản lượng than sạch của tỉnh Quảng Ninh quý I/2024 giảm 2,5% so với cùng kỳ.',
    '',
  ].join('\n'),
  '@empty.txt': '',
};

/** The columns written as numbers; every other column is text. */
const NUMERIC = new Set(['doc_version', 'value', 'unit_mult', 'value_high', 'span_start', 'span_end', 'retracted', 'candidates']);
/** Text columns no spreadsheet reads as a number or a date, so their cells must come back exactly as written. */
const PLAIN_TEXT = ['source_path', 'doc_id', 'region', 'sentence', 'unit', 'indicator', 'file', 'code', 'message'];
/** The CSV files of `solieu export`, and the sheet of observations.xlsx each matches. */
const FILES = [
  { csv: 'observations.csv', sheet: 'observations' },
  { csv: 'observations_history.csv', sheet: 'history' },
  { csv: 'best_observations.csv', sheet: 'best' },
] as const;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

let root = '';
let run: RunSummary;
const exportDir = (variant: string): string => path.join(root, `export-${variant}`);
const csvOf = (variant: string, file: string): Record<string, string>[] =>
  parse(readFileSync(path.join(exportDir(variant), file)), { bom: true, columns: true, delimiter: variant === 'excel-vi' ? ';' : ',' }) as Record<string, string>[];

function solieu(args: readonly string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'solieu-spreadsheets-'));
  const raw = path.join(root, 'raw');
  mkdirSync(raw);
  for (const [name, text] of Object.entries(REPORTS)) writeFileSync(path.join(raw, name), text);
  const db = path.join(root, 'out', 'warehouse.sqlite');
  run = await runPipeline({ input: raw, output: path.join(root, 'out'), db, pipeline, published: '2024-04-06' });
  for (const [variant, flags] of [['plain', []], ['excel', ['--excel']], ['excel-vi', ['--excel', 'vi']], ['excel-vi-eq', ['--excel=vi']], ['xlsx', ['--format', 'xlsx']]] as const) {
    const r = solieu(['export', '--db', db, '--output', exportDir(variant), '--json', ...flags]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('solieu export for spreadsheets', () => {
  it('builds the warehouse the checks read: figures of both reports, the empty file refused', () => {
    expect(run).toMatchObject({ documentsLoaded: 2, documentsRejected: 1 });
    expect(csvOf('plain', 'observations.csv').map((r) => r.source_path)).toEqual(expect.arrayContaining(["'=bad.txt", 'quang-ninh-2023.txt']));
  });

  it('keeps the default CSV plain (no BOM, ",", ".") and quotes every text cell that begins like a formula, in every file', () => {
    const observations = csvOf('plain', 'observations.csv');
    expect(readFileSync(path.join(exportDir('plain'), 'observations.csv')).subarray(0, 3)).not.toEqual(BOM);
    expect(observations.filter((r) => r.source_path === "'=bad.txt").map((r) => [r.doc_id, r.text, r.value])).toEqual([
      ["'=bad.txt", '8,19%', '8.19'],
      ["'=bad.txt", '2,5%', '-2.5'],
    ]);
    expect(observations.map((r) => (r.sentence ?? '').slice(0, 11))).toEqual(expect.arrayContaining(["'=HYPERLINK", "'@SUM(1+1) ", "'=cmd|' /C "]));
    expect(observations.find((r) => r.text === '315.839 tỷ đồng')).toMatchObject({ value: '315839000000000', region: 'Quảng Ninh' });
    const everyFile = [
      ...FILES.flatMap((f) => csvOf('plain', f.csv)),
      // what `solieu run` wrote goes through the same writer
      ...(parse(readFileSync(path.join(root, 'out', 'observations.csv')), { columns: true }) as Record<string, string>[]),
      ...(parse(readFileSync(path.join(root, 'out', 'rejects.csv')), { columns: true }) as Record<string, string>[]),
    ];
    const risky = everyFile.flatMap((r) => Object.entries(r)).filter(([column, cell]) => /^[=+\-@\t\r]/.test(cell) && !(NUMERIC.has(column) && Number.isFinite(Number(cell))));
    expect(risky).toEqual([]);
    expect(readFileSync(path.join(root, 'out', 'rejects.csv'), 'utf8')).toMatch(/^'@empty\.txt,load,FILE_EMPTY,/m);
  });

  it('--excel writes the default files behind a UTF-8 byte-order mark, nothing else changed', () => {
    for (const f of FILES) {
      const excel = readFileSync(path.join(exportDir('excel'), f.csv));
      expect(excel.subarray(0, 3)).toEqual(BOM);
      expect(excel.subarray(3)).toEqual(readFileSync(path.join(exportDir('plain'), f.csv)));
    }
  });

  it('--excel vi (or --excel=vi) writes a BOM, ";" and decimal commas in the number columns, the text as in the default file', () => {
    for (const f of FILES) {
      const file = readFileSync(path.join(exportDir('excel-vi'), f.csv));
      expect(file.subarray(0, 3)).toEqual(BOM);
      expect(file).toEqual(readFileSync(path.join(exportDir('excel-vi-eq'), f.csv)));
      const plain = csvOf('plain', f.csv);
      const vi = csvOf('excel-vi', f.csv);
      expect(vi.map((row) => Object.fromEntries(Object.entries(row).map(([c, v]) => [c, NUMERIC.has(c) ? v.replace(',', '.') : v])))).toEqual(plain);
    }
    expect(csvOf('excel-vi', 'observations.csv').map((r) => r.value)).toEqual(expect.arrayContaining(['8,19', '-2,5', '315839000000000', '11,03']));
  });

  it('--format xlsx writes observations.xlsx: one sheet per table with the CSV rows, numbers as numbers, text quoted the same way', async () => {
    const r = JSON.parse(solieu(['export', '--db', path.join(root, 'out', 'warehouse.sqlite'), '--output', exportDir('xlsx'), '--format', 'xlsx', '--json']).stdout) as {
      format: string;
      rows: Record<string, number>;
      sheets: Record<string, string[]>;
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(exportDir('xlsx'), 'observations.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['observations', 'history', 'best', 'rejects']);
    expect(r).toMatchObject({ format: 'xlsx', sheets: { observations: ['observations'], history: ['history'], best: ['best'], rejects: ['rejects'] } });
    const expected = [...FILES.map((f) => ({ sheet: f.sheet, rows: csvOf('plain', f.csv) })), { sheet: 'rejects', rows: parse(readFileSync(path.join(root, 'out', 'rejects.csv')), { columns: true }) as Record<string, string>[] }];
    for (const { sheet, rows } of expected) {
      const values: Record<string, unknown>[] = [];
      const ws = workbook.getWorksheet(sheet)!;
      const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
      expect(header).toEqual(Object.keys(rows[0]!));
      ws.eachRow((row, n) => {
        if (n > 1) values.push(Object.fromEntries(header.map((c, i) => [c, row.getCell(i + 1).value ?? ''])));
      });
      expect(r.rows[sheet]).toBe(rows.length);
      expect(values).toEqual(rows.map((row) => Object.fromEntries(Object.entries(row).map(([c, v]) => [c, NUMERIC.has(c) && v !== '' ? Number(v) : v]))));
    }
  });

  it('refuses --excel with --format xlsx, and a format it does not know, with exit 2 and one line', () => {
    const db = path.join(root, 'out', 'warehouse.sqlite');
    const both = solieu(['export', '--db', db, '--output', path.join(root, 'refused'), '--format', 'xlsx', '--excel']);
    expect([both.code, both.stderr.trim()]).toEqual([2, 'solieu export: --excel applies to a CSV export, got --format xlsx']);
    const unknown = solieu(['export', '--db', db, '--output', path.join(root, 'refused'), '--format', 'ods']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/argument 'ods' is invalid\. Allowed choices are csv, xlsx/);
    expect(existsSync(path.join(root, 'refused'))).toBe(false);
  });
});

/**
 * The CSV filter options of LibreOffice (`ScAsciiOptions::ReadFromString`):
 * separator, quote (34 = "), charset (76 = UTF-8), first line, column
 * formats (none), language (1033 en-US, 1066 vi-VN: its decimal mark is
 * ","), quoted field as text, detect special numbers, two export tokens,
 * trim spaces, sheet, and evaluate formulas, on as when a user opens the
 * file, so a formula left in a cell would become one.
 */
const csvFilter = (separator: number, language: number): string => `Text - txt - csv (StarCalc):${separator},34,76,1,,${language},false,true,false,false,false,0,true`;

/** Converts files to flat ODS with LibreOffice, in a profile of this test's own. */
function toFods(files: readonly string[], infilter: string | null): string {
  const out = path.join(root, 'fods');
  const profile = pathToFileURL(path.join(root, 'lo-profile')).href;
  const r = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', 'fods', '--outdir', out, ...files], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  expect(r.status, r.stderr).toBe(0);
  for (const f of files) expect(existsSync(path.join(out, `${path.parse(f).name}.fods`)), `${f} converted`).toBe(true);
  return out;
}

/** Copies an export's files under names of their own, so one LibreOffice run converts them all. */
function staged(variant: string): string[] {
  mkdirSync(path.join(root, 'staged'), { recursive: true });
  return FILES.map((f) => {
    const to = path.join(root, 'staged', `${variant}-${f.csv}`);
    copyFileSync(path.join(exportDir(variant), f.csv), to);
    return to;
  });
}

/** Checks what LibreOffice read against the rows of the default CSV: same header, numbers as numbers, plain text exact, no formula. */
function expectSameTable(cells: FodsCell[][] | undefined, expected: readonly Record<string, string>[]): void {
  expect(cells).toBeDefined();
  const [header = [], ...rows] = cells!;
  const columns = Object.keys(expected[0]!);
  expect(header.map((c) => c.text)).toEqual(columns);
  expect(rows).toHaveLength(expected.length);
  rows.forEach((row, i) => {
    columns.forEach((column, j) => {
      const cell = row[j] ?? { type: null, value: null, text: '', formula: null };
      const want = expected[i]![column]!;
      expect(cell.formula, `${column} of row ${i + 1}`).toBeNull();
      if (NUMERIC.has(column) && want !== '') expect([column, cell.type, Number(cell.value)]).toEqual([column, 'float', Number(want)]);
      if (PLAIN_TEXT.includes(column)) expect([column, cell.text]).toEqual([column, want]);
    });
  });
}

const allCells = (file: string): FodsCell[] => [...readFods(file).values()].flat(2);

describe.skipIf(!HAS_SOFFICE)('the exports opened in LibreOffice', () => {
  it('reads the default CSV and the --excel one (en-US, ","): Vietnamese intact, values numeric, no formula cell', () => {
    const control = path.join(root, 'staged', 'control-formula.csv');
    const files = [...staged('plain'), ...staged('excel')];
    writeFileSync(control, 'text,value\n"=HYPERLINK(""http://x"",""y"")",1\n');
    const out = toFods([...files, control], csvFilter(44, 1033));
    // the control: an unquoted formula does become a formula cell, so the check below can fail
    expect(allCells(path.join(out, 'control-formula.fods')).filter((c) => c.formula !== null)).toHaveLength(1);
    for (const variant of ['plain', 'excel']) {
      for (const f of FILES) {
        const fods = path.join(out, `${variant}-${path.parse(f.csv).name}.fods`);
        expectSameTable([...readFods(fods).values()][0], csvOf('plain', f.csv));
        const cells = allCells(fods);
        expect(cells.filter((c) => c.formula !== null)).toEqual([]);
        expect(cells.map((c) => c.text)).toEqual(expect.arrayContaining(['Quảng Ninh', '315.839 tỷ đồng', "'=bad.txt"]));
        expect(cells.filter((c) => /^'[=@]/.test(c.text)).length).toBeGreaterThanOrEqual(3);
      }
    }
  }, 300_000);

  it('reads the --excel vi CSV under vi-VN (";", decimal comma) as the same numbers, with no formula cell', () => {
    const out = toFods(staged('excel-vi'), csvFilter(59, 1066));
    for (const f of FILES) {
      const fods = path.join(out, `excel-vi-${path.parse(f.csv).name}.fods`);
      expectSameTable([...readFods(fods).values()][0], csvOf('plain', f.csv));
      expect(allCells(fods).filter((c) => c.formula !== null)).toEqual([]);
    }
    const values = [...readFods(path.join(out, 'excel-vi-observations.fods')).values()][0]!.map((row) => row[4]);
    expect(values.map((c) => [c?.type, c?.value])).toEqual(expect.arrayContaining([['float', '8.19'], ['float', '-2.5'], ['float', '11.03']]));
  }, 300_000);

  it('reads observations.xlsx: four sheets of text and number cells, each with its autofilter, no formula cell', () => {
    const out = toFods([path.join(exportDir('xlsx'), 'observations.xlsx')], null);
    const fods = path.join(out, 'observations.fods');
    const sheets = readFods(fods);
    expect([...sheets.keys()]).toEqual(['observations', 'history', 'best', 'rejects']);
    for (const f of FILES) expectSameTable(sheets.get(f.sheet), csvOf('plain', f.csv));
    const rejects = parse(readFileSync(path.join(root, 'out', 'rejects.csv')), { columns: true }) as Record<string, string>[];
    expectSameTable(sheets.get('rejects'), rejects);
    expect(allCells(fods).filter((c) => c.formula !== null)).toEqual([]);
    // in the workbook every text column is a text cell, periods and dates too
    for (const row of sheets.get('observations')!.slice(1)) expect([row[7]?.type ?? 'string', row[17]?.type]).toEqual(['string', 'string']);
    expect(readFodsFilters(fods)).toEqual(
      ['observations', 'history', 'best', 'rejects'].map((s) => ({ range: expect.stringMatching(new RegExp(`^${s}\\.A1:${s}\\.[A-Z]+\\d+$`)), buttons: true })),
    );
  }, 300_000);
});
