import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { EXIT } from './exit-codes.ts';
import { openExistingWarehouse } from './open-existing-warehouse.ts';
import type { Warehouse } from '../warehouse/database.ts';
import type { ExportedObservation } from '../warehouse/current-observations.ts';
import { CSV_DIALECTS, type CsvDialect } from '../export/csv-dialect.ts';
import { exportField } from '../export/export-fields.ts';
import { exportParquet } from '../export/export-parquet.ts';
import { exportSdmx } from '../export/export-sdmx.ts';
import type { ExportTable, ExportTableName, WrittenTable } from '../export/export-table.ts';
import { readSnapshot } from '../warehouse/read-snapshot.ts';
import { latestRound } from '../warehouse/run-rounds.ts';
import { createLabeller, type LabelLanguage, type Labeller } from '../export/observation-labels.ts';
import { codelistResourceName } from '../export/export-resources.ts';
import { CODELIST_IDS } from '../export/sdmx-codelists.ts';
import { vintageTables } from '../export/vintage-tables.ts';
import { writeCsvTables } from '../export/write-csv-tables.ts';
import { writeDataPackage, type DataPackageOptions } from '../export/write-datapackage.ts';
import { writeXlsx } from '../export/write-xlsx.ts';

/** The spreadsheet variants of `--excel`: `en` (bare `--excel`: BOM, ",", decimal point) and `vi` (BOM, ";", decimal comma). */
export const EXCEL_VARIANTS = ['en', 'vi'] as const;
export type ExcelVariant = (typeof EXCEL_VARIANTS)[number];

/** The languages of `--labels`. */
export const LABEL_LANGUAGES = ['vi', 'en'] as const satisfies readonly LabelLanguage[];

/** The `export` command's options, resolved. */
export interface ExportCommandOptions {
  readonly db: string;
  readonly output: string;
  /** A day YYYY-MM-DD: the figures as known then; null for the current ones. */
  readonly asOf: string | null;
  readonly json: boolean;
  readonly format: ExportFormat;
  /** The spreadsheet variant of a CSV export; null for the plain CSV. */
  readonly excel: ExcelVariant | null;
  /** `vi`: Vietnamese headers and names; `en`: English names; null: column names as headers, Vietnamese names. */
  readonly labels: LabelLanguage | null;
  /** The columns of the observations table (CSV and xlsx), in order; null for all of them. */
  readonly columns: readonly string[] | null;
}

/** What a format wrote: its files, and the data package resources that describe them. */
interface Written {
  readonly tables: readonly WrittenTable[];
  readonly describe: DataPackageOptions;
  /** What the format left out, by reason (SDMX: figures with no period). */
  readonly skipped?: Readonly<Record<string, number>>;
}

/** What a writer gets: the tables, the options, the warehouse and the labeller. */
interface WriteContext {
  readonly tables: readonly ExportTable[];
  readonly o: ExportCommandOptions;
  readonly db: Warehouse;
  readonly labeller: Labeller;
}

/** One format of `solieu export`: what it is, the tables it writes, and its writer. */
interface ExportWriter {
  /** One line for `--help`. */
  readonly description: string;
  /** The tables it writes, in order, from those `vintageTables` offers. */
  readonly tables: readonly ExportTableName[];
  /** Whether `--excel` applies to it. */
  readonly excel: boolean;
  /** Whether `--labels` headers and `--columns` apply to it (they do to the spreadsheet formats). */
  readonly layout: boolean;
  readonly write: (c: WriteContext) => Promise<Written>;
}

/** The data package resource of each table of a CSV export. */
const RESOURCE_OF: Readonly<Record<ExportTableName, string>> = {
  observations: 'observations',
  history: 'observations_history',
  best: 'best_observations',
  rejects: 'rejects',
};

/**
 * The formats of `solieu export`, one entry each: a new format is one more
 * entry here (its name becomes a `--format` choice). Every one writes a
 * `datapackage.json` describing the files it wrote.
 */
export const EXPORT_WRITERS = {
  csv: {
    description: 'observations.csv, observations_history.csv, best_observations.csv, rejects.csv',
    // rejects.csv as a run writes it: after a run in shards, which write no exports, this is where their refused files are listed
    tables: ['observations', 'history', 'best', 'rejects'],
    excel: true,
    layout: true,
    async write({ tables, o }) {
      const dialect = dialectOf(o.excel);
      const written = await writeCsvTables(tables, o.output, dialect);
      return { tables: written, describe: { resources: written.map((w) => RESOURCE_OF[w.name]), csv: dialect, ...layoutOf(o) } };
    },
  },
  xlsx: {
    description: 'observations.xlsx: sheets observations, history, best, rejects',
    tables: ['observations', 'history', 'best', 'rejects'],
    excel: false,
    layout: true,
    async write({ tables, o }) {
      const written = await writeXlsx(tables, path.join(o.output, 'observations.xlsx'));
      // a table past a sheet's row limit continues on more sheets; the package describes its first
      const sheets = Object.fromEntries(written.map((w) => [RESOURCE_OF[w.name], w.sheets[0] ?? w.name]));
      return { tables: written, describe: { resources: Object.keys(sheets), workbook: { path: 'observations.xlsx', sheets }, ...layoutOf(o) } };
    },
  },
  sdmx: {
    description: 'observations.sdmx.csv (SDMX-CSV 2.0) and its code lists under codelists/',
    tables: ['observations'],
    excel: false,
    layout: false,
    async write({ tables, o, db }) {
      const sdmx = await exportSdmx(db, o.output, { rows: observationRows(tables) });
      if (!sdmx.ok) throw new Error(sdmx.message);
      return {
        tables: [{ name: 'observations', file: sdmx.file, sheets: [], rows: sdmx.rows }],
        describe: { resources: ['observations_sdmx', ...CODELIST_IDS.map(codelistResourceName)] },
        skipped: { ...sdmx.skipped },
      };
    },
  },
  parquet: {
    description: 'observations.parquet: typed columns, for DuckDB, pandas and R',
    tables: ['observations'],
    excel: false,
    layout: false,
    async write({ tables, o, db, labeller }) {
      const parquet = await exportParquet(db, o.output, { rows: observationRows(tables), labeller });
      if (!parquet.ok) throw new Error(parquet.message);
      return { tables: [{ name: 'observations', file: parquet.file, sheets: [], rows: parquet.rows }], describe: { resources: ['observations_parquet'] } };
    },
  },
} as const satisfies Record<string, ExportWriter>;

/** A format name: a key of {@link EXPORT_WRITERS}. */
export type ExportFormat = keyof typeof EXPORT_WRITERS;

/** The format names, for `--format`'s choices. */
export const EXPORT_FORMATS = Object.keys(EXPORT_WRITERS) as ExportFormat[];

/**
 * `solieu export`: writes the current figures (or with `--as-of DAY` those
 * known on that day, by publication), every vintage and one figure per
 * series from the warehouse without running anything, in the format of
 * `--format` (see {@link EXPORT_WRITERS}), and the `datapackage.json` that
 * describes what it wrote. A CSV export takes `--excel`; the CSV and xlsx
 * exports take `--labels` and `--columns`.
 *
 * @example
 * await exportCommand({ db: 'output/warehouse.sqlite', output: 'output', asOf: '2024-03-01', json: false, format: 'xlsx', excel: null, labels: 'vi', columns: null }) // → 0
 */
export async function exportCommand(o: ExportCommandOptions): Promise<number> {
  const writer: ExportWriter = EXPORT_WRITERS[o.format];
  const misuse = o.excel !== null && !writer.excel ? '--excel applies to a CSV export' : o.columns !== null && !writer.layout ? '--columns applies to a CSV or xlsx export' : null;
  if (misuse) {
    process.stderr.write(`solieu export: ${misuse}, got --format ${o.format}\n`);
    return EXIT.FAILED;
  }
  const opened = await openExistingWarehouse(o.db);
  if (!opened.ok) {
    process.stderr.write(`solieu export: ${opened.error}\n`);
    return EXIT.FAILED;
  }
  try {
    await mkdir(o.output, { recursive: true });
    const labeller = createLabeller(o.labels ?? 'vi');
    // every file from one state of the warehouse, though shards may be writing it
    const result = await readSnapshot(opened.db, async (db) => {
      const offered = vintageTables(db, { asOf: o.asOf, runIds: await latestRound(db), labeller });
      const chosen = writer.tables.map((name) => offered.find((t) => t.name === name)).filter((t) => t !== undefined);
      const laidOut = writer.layout ? chosen.map((t) => laidOutTable(t, o)) : chosen;
      const problem = laidOut.find((t): t is string => typeof t === 'string');
      if (problem !== undefined) return { problem };
      return { written: await writer.write({ tables: laidOut as ExportTable[], o, db, labeller }) };
    });
    if ('problem' in result) {
      process.stderr.write(`solieu export: ${result.problem}\n`);
      return EXIT.FAILED;
    }
    const { written } = result;
    const described = await writeDataPackage(o.output, written.describe);
    if (!described.ok) throw new Error(described.message);
    if (o.json) {
      const tables = written.tables;
      const rows = Object.fromEntries(tables.map((w) => [w.name, w.rows]));
      const files = Object.fromEntries(tables.map((w) => [w.name, w.file]));
      const sheets = tables.some((w) => w.sheets.length > 0) ? { sheets: Object.fromEntries(tables.map((w) => [w.name, w.sheets])) } : {};
      const skipped = written.skipped ? { skipped: written.skipped } : {};
      process.stdout.write(`${JSON.stringify({ asOf: o.asOf, format: o.format, excel: o.excel, labels: o.labels, rows, files, ...sheets, ...skipped, datapackage: described.file }, null, 2)}\n`);
    } else {
      const lines = written.tables.map((w) => `${labelOf(w.name, o.asOf)}: ${w.file}${sheetOf(w)} (${w.rows} rows)`);
      if (written.skipped?.['noPeriod']) lines.push(`left out of SDMX: ${written.skipped['noPeriod']} figures with no period${written.skipped['unreadablePeriod'] ? `, ${written.skipped['unreadablePeriod']} with a period that cannot be read` : ''}`);
      lines.push(`data package: ${described.file}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return EXIT.OK;
  } catch (error) {
    process.stderr.write(`solieu export: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.FAILED;
  } finally {
    await opened.db.destroy();
  }
}

function dialectOf(excel: ExcelVariant | null): CsvDialect {
  return CSV_DIALECTS[excel === null ? 'plain' : excel === 'vi' ? 'excel-vi' : 'excel'];
}

/** How the columns were chosen and named, for the data package. */
function layoutOf(o: ExportCommandOptions): Pick<DataPackageOptions, 'columns' | 'header'> {
  return { ...(o.columns ? { columns: { observations: o.columns } } : {}), ...(o.labels === 'vi' ? { header: vietnameseHeader } : {}) };
}

/** A column's Vietnamese header: its title in the field catalogue. */
function vietnameseHeader(column: string): string {
  return exportField(column)?.labelVi ?? column;
}

/** A table with the columns `--columns` chose (observations only) and the headers `--labels vi` asks for; a message for an unknown column. */
function laidOutTable(t: ExportTable, o: ExportCommandOptions): ExportTable | string {
  let columns = t.columns;
  if (o.columns !== null && t.name === 'observations') {
    const unknown = o.columns.filter((c) => !t.columns.includes(c));
    if (unknown.length > 0) return `--columns: expected columns of ${t.file} (${t.columns.join(', ')}), got ${unknown.join(', ')}`;
    columns = o.columns;
  }
  return { ...t, columns, ...(o.labels === 'vi' ? { headers: columns.map(vietnameseHeader) } : {}) };
}

/** The rows of the observations table, which carry the as-of choice. */
function observationRows(tables: readonly ExportTable[]): AsyncIterable<ExportedObservation> {
  const t = tables.find((x) => x.name === 'observations');
  if (!t) throw new Error('expected an observations table');
  return t.rows() as AsyncIterable<ExportedObservation>;
}

function labelOf(name: ExportTableName, asOf: string | null): string {
  switch (name) {
    case 'observations':
      return asOf === null ? 'current figures' : `figures as known on ${asOf}`;
    case 'history':
      return 'every vintage';
    case 'best':
      return 'one figure per series';
    case 'rejects':
      return 'rejects';
  }
}

/** ", sheet history" for a table in a workbook. */
function sheetOf(w: WrittenTable): string {
  return w.sheets.length === 0 ? '' : `, ${w.sheets.length === 1 ? 'sheet' : 'sheets'} ${w.sheets.join(', ')}`;
}
