import { mkdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
// DuckDB is loaded when a Parquet file is written, not at every start of solieu
import type { DuckDBAppender, DuckDBInstance, dateValue as DateValueOf } from '@duckdb/node-api';
import { periodInterval } from '../core/period-interval.ts';
import { currentObservations, type ExportedObservation } from '../warehouse/current-observations.ts';
import type { Warehouse } from '../warehouse/database.ts';
import { OBSERVATION_COLUMNS, type LabelledObservation } from './export-columns.ts';
import { createLabeller, labelled, type Labeller } from './observation-labels.ts';
import { EXPORT_FAILURE_CODES, exportFailure, type ExportFailure } from './export-failure.ts';
import { EXPORT_FIELDS, type FieldType } from './export-fields.ts';

/** The Parquet file of an export folder. */
export const PARQUET_FILE = 'observations.parquet';

/** The media type of a Parquet file (IANA, 2024). */
export const PARQUET_MEDIATYPE = 'application/vnd.apache.parquet';

/** The columns of `observations.parquet`: those of observations.csv, then the dates a reader would otherwise parse from text. */
export const PARQUET_COLUMNS = [...OBSERVATION_COLUMNS, 'published_date', 'period_start', 'period_end'] as const;

/** The DuckDB (and so Parquet) type of each catalogue type. */
export const DUCKDB_TYPE_OF: Readonly<Record<FieldType, string>> = {
  string: 'VARCHAR',
  number: 'DOUBLE',
  integer: 'INTEGER',
  boolean: 'BOOLEAN',
  date: 'DATE',
  datetime: 'TIMESTAMP',
};

/** What `exportParquet` wrote. */
export interface ParquetExport {
  readonly ok: true;
  readonly file: string;
  readonly rows: number;
}

/** Options of `exportParquet`. */
export interface ParquetExportOptions {
  /** The observations to write (e.g. `observationsAsOf(db, day)`); default the current ones. */
  readonly rows?: AsyncIterable<ExportedObservation>;
  /** How codes get their names; Vietnamese by default. */
  readonly labeller?: Labeller;
}

/**
 * Writes `observations.parquet` into `dir`: the rows of observations.csv
 * with typed columns (VARCHAR text, DOUBLE values, INTEGER versions,
 * multipliers and offsets), `published` kept as text (it may be a month or
 * a year) beside `published_date` (DATE, when it is a full day), and
 * `period_start`/`period_end` (DATE, the days the period covers). Written
 * with DuckDB (zstd-compressed) beside its target and renamed into place.
 * A failure is returned as a value.
 *
 * @example
 * await exportParquet(db, 'output') // → { ok: true, file: 'output/observations.parquet', rows: 1995 }
 */
export async function exportParquet(db: Warehouse, dir: string, options: ParquetExportOptions = {}): Promise<ParquetExport | ExportFailure> {
  const file = path.join(dir, PARQUET_FILE);
  const labeller = options.labeller ?? createLabeller();
  const tmp = `${file}.tmp-${process.pid}`;
  let instance: DuckDBInstance | null = null;
  try {
    await mkdir(dir, { recursive: true });
    const duckdb = await import('@duckdb/node-api');
    instance = await duckdb.DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const types = PARQUET_COLUMNS.map((c) => DUCKDB_TYPE_OF[EXPORT_FIELDS[c].type]);
      await connection.run(`CREATE TABLE observations (${PARQUET_COLUMNS.map((c, i) => `"${c}" ${types[i]}`).join(', ')})`);
      const appender = await connection.createAppender('observations');
      let rows = 0;
      for await (const o of labelled(options.rows ?? currentObservations(db), labeller)) {
        const values = valuesOf(o);
        PARQUET_COLUMNS.forEach((c, i) => append(appender, types[i]!, values[c], duckdb.dateValue));
        appender.endRow();
        rows++;
      }
      appender.closeSync();
      await connection.run(`COPY observations TO '${tmp.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
      await rename(tmp, file);
      return { ok: true, file, rows };
    } finally {
      connection.closeSync();
    }
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    return exportFailure(EXPORT_FAILURE_CODES.WRITE_FAILED, file, error);
  } finally {
    instance?.closeSync();
  }
}

/** A row's values by Parquet column: the observation's, and the days as day numbers. */
function valuesOf(o: LabelledObservation): Record<(typeof PARQUET_COLUMNS)[number], string | number | null> {
  const interval = o.period === null ? null : periodInterval(o.period);
  const day = o.published === null ? null : periodInterval(o.published);
  return {
    ...o,
    published_date: day !== null && o.published!.length === 10 ? day.first : null,
    period_start: interval?.first ?? null,
    period_end: interval?.last ?? null,
  };
}

function append(appender: DuckDBAppender, type: string, value: string | number | null | undefined, dateValue: typeof DateValueOf): void {
  if (value === null || value === undefined) return appender.appendNull();
  switch (type) {
    case 'DOUBLE':
      return appender.appendDouble(Number(value));
    case 'INTEGER':
      return appender.appendInteger(Number(value));
    case 'DATE':
      return appender.appendDate(dateValue(Number(value)));
    default:
      return appender.appendVarchar(String(value));
  }
}
