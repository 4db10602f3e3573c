import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_DIALECTS, type CsvDialectName } from '../../src/export/csv-dialect.ts';
import { writeCsv } from '../../src/export/write-csv.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();

interface Row {
  source_path: string;
  text: string;
  value: number;
  value_high: number | null;
  sentence: string;
}

const ROWS: Row[] = [
  { source_path: '=bad.txt', text: '8,19%', value: 8.19, value_high: null, sentence: 'GRDP của Quảng Ninh quý I/2024 ước đạt 8,19%.' },
  { source_path: 'quang-ninh.txt', text: '-2,5%', value: -2.5, value_high: -1.25, sentence: '@SUM(1+1) sản lượng than giảm 2,5%; "than sạch".' },
  { source_path: 'quang-ninh.txt', text: '315.839 tỷ đồng', value: 315839000000000, value_high: null, sentence: '=HYPERLINK("http://x","y") GRDP đạt 315.839 tỷ đồng.' },
];
const COLUMNS = ['source_path', 'text', 'value', 'value_high', 'sentence'] as const;

async function write(dialect: CsvDialectName): Promise<Buffer> {
  const file = path.join(dir.path, `${dialect}.csv`);
  await writeCsv<Row>({ file, columns: COLUMNS, rows: (async function* () { yield* ROWS; })(), dialect: CSV_DIALECTS[dialect] });
  return readFileSync(file);
}

describe('writeCsv', () => {
  it('prefixes formula-like text cells with a quote and leaves numbers alone, negative ones too', async () => {
    const csv = (await write('plain')).toString('utf8');
    expect(csv.split('\n').slice(0, 4)).toEqual([
      'source_path,text,value,value_high,sentence',
      `'=bad.txt,"8,19%",8.19,,"GRDP của Quảng Ninh quý I/2024 ước đạt 8,19%."`,
      `quang-ninh.txt,"'-2,5%",-2.5,-1.25,"'@SUM(1+1) sản lượng than giảm 2,5%; ""than sạch""."`,
      `quang-ninh.txt,315.839 tỷ đồng,315839000000000,,"'=HYPERLINK(""http://x"",""y"") GRDP đạt 315.839 tỷ đồng."`,
    ]);
  });

  it('writes the excel dialect as the plain one behind a UTF-8 byte-order mark', async () => {
    const plain = await write('plain');
    const excel = await write('excel');
    expect(excel.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(plain.subarray(0, 3)).not.toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(excel.subarray(3)).toEqual(plain);
  });

  it('writes the Vietnamese-locale dialect with a BOM, ";" and decimal commas in number cells only', async () => {
    const vi = await write('excel-vi');
    expect(vi.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(vi, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    const plain = parse(await write('plain'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.value)).toEqual(['8,19', '-2,5', '315839000000000']);
    expect(rows.map((r) => r.value_high)).toEqual(['', '-1,25', '']);
    // text cells are the same as in the plain file, quoted where they hold ";"
    expect(rows.map((r) => [r.source_path, r.text, r.sentence])).toEqual(plain.map((r) => [r.source_path, r.text, r.sentence]));
    expect(vi.toString('utf8')).toContain('"\'@SUM(1+1) sản lượng than giảm 2,5%; ""than sạch""."');
  });
});
