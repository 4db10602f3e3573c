/** The tables an export can hold: the current figures, every vintage, one figure per series, the rejects. */
export type ExportTableName = 'observations' | 'history' | 'best' | 'rejects';

/**
 * One table of an export, whatever the format: its name (the xlsx sheet),
 * its CSV file name, its columns in order, and a function that starts
 * reading its rows (called once per write, so a table no format asks for
 * never runs its query).
 */
export interface ExportTable {
  readonly name: ExportTableName;
  readonly file: string;
  readonly columns: readonly string[];
  /** The header of each column, in the order of `columns`; the column names when absent. */
  readonly headers?: readonly string[];
  readonly rows: () => AsyncIterable<TableRow>;
}

/** A row as the writers see it: column name to value. */
export type TableRow = Readonly<Record<string, unknown>>;

/** A table as written: where (the file, and its sheets in a workbook), and how many data rows. */
export interface WrittenTable {
  readonly name: ExportTableName;
  readonly file: string;
  /** The sheets it fills in a workbook (more than one past a sheet's row limit); none for a CSV file. */
  readonly sheets: readonly string[];
  readonly rows: number;
}

/**
 * A table of typed rows, with its columns checked against the row type.
 *
 * @example
 * exportTable<ExportedReject>({ name: 'rejects', file: 'rejects.csv', columns: ['file', 'code'], rows: () => currentRejects(db, [runId]) })
 * // → { name: 'rejects', file: 'rejects.csv', columns: ['file', 'code'], rows: [Function] }
 */
export function exportTable<Row extends object>(t: {
  readonly name: ExportTableName;
  readonly file: string;
  readonly columns: ReadonlyArray<keyof Row & string>;
  readonly rows: () => AsyncIterable<Row>;
}): ExportTable {
  // a row interface has no index signature; its columns were checked against it above
  return { name: t.name, file: t.file, columns: t.columns, rows: t.rows as unknown as () => AsyncIterable<TableRow> };
}

