import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify, type Options as StringifyOptions } from 'csv-stringify';
import { CSV_DIALECTS, type CsvDialect } from './csv-dialect.ts';
import { formatDecimal } from './format-decimal.ts';
import { neutraliseCell } from './neutralise-cell.ts';

/** A CSV file to write: its columns in order, and its rows. */
export interface CsvSpec<Row> {
  readonly file: string;
  readonly columns: ReadonlyArray<keyof Row & string>;
  readonly rows: AsyncIterable<Row>;
  /** BOM, separator and decimal mark; the plain dialect (no BOM, ",", ".") when absent. */
  readonly dialect?: CsvDialect;
  /** The header of each column, in the order of `columns`; the column names when absent. */
  readonly headers?: readonly string[];
}

/**
 * Writes rows to a CSV file: UTF-8, header row, RFC 4180 quoting, numbers in
 * plain decimal form, empty cells for null, and every text cell that begins
 * with a formula character prefixed with `'` (see {@link neutraliseCell});
 * numbers are never prefixed. The file is written beside its
 * target and renamed into place, so a reader never sees half a file.
 * Returns the number of data rows.
 *
 * @example
 * await writeCsv({ file: 'output/observations.csv', columns: ['text', 'value'], rows })
 * // → 42
 */
export async function writeCsv<Row extends object>(spec: CsvSpec<Row>): Promise<number> {
  const tmp = `${spec.file}.tmp-${process.pid}`;
  let count = 0;
  async function* counted(): AsyncGenerator<Row> {
    for await (const row of spec.rows) {
      count++;
      yield row;
    }
  }
  const csv = stringify(csvOptions(spec.columns, spec.dialect ?? CSV_DIALECTS.plain, spec.headers, true));
  try {
    // pipeline carries an error of any step (a full disk, a failed query) to here and closes the others
    await pipeline(Readable.from(counted()), csv, createWriteStream(tmp, { encoding: 'utf8' }));
    await rename(tmp, spec.file);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot write ${spec.file}: ${reason}`, { cause: error });
  }
  return count;
}

/**
 * The csv-stringify options of every CSV file solieu writes: the dialect's
 * BOM (with the header only), separator and decimal mark, Unix line ends,
 * formula-safe text ({@link neutraliseCell}), numbers in plain decimal
 * form. `header` false formats rows only, to be joined to a file written
 * with the same columns.
 *
 * @example
 * stringify(csvOptions(['text', 'value'], CSV_DIALECTS.plain, undefined, true))
 */
export function csvOptions(columns: readonly string[], dialect: CsvDialect, headers: readonly string[] | undefined, header: boolean): StringifyOptions {
  return {
    header,
    bom: header && dialect.bom,
    delimiter: dialect.delimiter,
    columns: columns.map((c, i) => ({ key: c, header: headers?.[i] ?? c })),
    record_delimiter: 'unix',
    cast: {
      // csv-stringify's escape_formulas does the same for CSV; one rule of our own keeps the xlsx export identical
      string: (v) => neutraliseCell(v),
      number: (v) => (dialect.decimalMark === '.' ? formatDecimal(v) : formatDecimal(v).replace('.', dialect.decimalMark)),
      boolean: (v) => (v ? 'true' : 'false'),
      date: (v) => v.toISOString(),
    },
  };
}
