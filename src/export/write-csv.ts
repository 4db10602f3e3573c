import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import { formatDecimal } from './format-decimal.ts';

/** A CSV file to write: its columns in order, and its rows. */
export interface CsvSpec<Row> {
  readonly file: string;
  readonly columns: ReadonlyArray<keyof Row & string>;
  readonly rows: AsyncIterable<Row>;
}

/**
 * Writes rows to a CSV file: UTF-8, header row, RFC 4180 quoting, numbers in
 * plain decimal form, empty cells for null. The file is written beside its
 * target and renamed into place, so a reader never sees half a file.
 * Returns the number of data rows.
 *
 * @example
 * await writeCsv({ file: 'output/observations.csv', columns: ['text', 'value'], rows })
 * // → 42
 */
export async function writeCsv<Row extends object>(spec: CsvSpec<Row>): Promise<number> {
  const tmp = `${spec.file}.tmp-${process.pid}`;
  const out = createWriteStream(tmp, { encoding: 'utf8' });
  const csv = stringify({
    header: true,
    columns: spec.columns.map((c) => ({ key: c })),
    record_delimiter: 'unix',
    cast: {
      number: (v) => formatDecimal(v),
      boolean: (v) => (v ? 'true' : 'false'),
      date: (v) => v.toISOString(),
    },
  });
  csv.pipe(out);
  let count = 0;
  try {
    for await (const row of spec.rows) {
      if (!csv.write(row)) await once(csv, 'drain');
      count++;
    }
    csv.end();
    await once(out, 'finish');
    await rename(tmp, spec.file);
  } catch (error) {
    csv.destroy();
    out.destroy();
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  return count;
}
