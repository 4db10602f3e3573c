import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { EXIT } from './exit-codes.ts';
import { openExistingWarehouse } from './open-existing-warehouse.ts';
import { CSV_DIALECTS } from '../export/csv-dialect.ts';
import type { ExportTable, ExportTableName, WrittenTable } from '../export/export-table.ts';
import { latestRunId } from '../export/latest-run-id.ts';
import { vintageTables } from '../export/vintage-tables.ts';
import { writeCsvTables } from '../export/write-csv-tables.ts';
import { writeXlsx } from '../export/write-xlsx.ts';

/** The spreadsheet variants of `--excel`: `en` (bare `--excel`: BOM, ",", decimal point) and `vi` (BOM, ";", decimal comma). */
export const EXCEL_VARIANTS = ['en', 'vi'] as const;
export type ExcelVariant = (typeof EXCEL_VARIANTS)[number];

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
}

/** One format of `solieu export`: what it is, the tables it writes, and its writer. */
interface ExportWriter {
  /** One line for `--help`. */
  readonly description: string;
  /** The tables it writes, in order, from those `vintageTables` offers. */
  readonly tables: readonly ExportTableName[];
  /** Whether `--excel` applies to it. */
  readonly excel: boolean;
  readonly write: (tables: readonly ExportTable[], o: ExportCommandOptions) => Promise<WrittenTable[]>;
}

/**
 * The formats of `solieu export`, one entry each: a new format is one more
 * entry here (its name becomes a `--format` choice).
 */
export const EXPORT_WRITERS = {
  csv: {
    description: 'observations.csv, observations_history.csv, best_observations.csv',
    tables: ['observations', 'history', 'best'],
    excel: true,
    write: (tables, o) => writeCsvTables(tables, o.output, CSV_DIALECTS[o.excel === null ? 'plain' : o.excel === 'vi' ? 'excel-vi' : 'excel']),
  },
  xlsx: {
    description: 'observations.xlsx: sheets observations, history, best, rejects',
    tables: ['observations', 'history', 'best', 'rejects'],
    excel: false,
    write: (tables, o) => writeXlsx(tables, path.join(o.output, 'observations.xlsx')),
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
 * `--format` (see {@link EXPORT_WRITERS}); a CSV export takes `--excel`.
 *
 * @example
 * await exportCommand({ db: 'output/warehouse.sqlite', output: 'output', asOf: '2024-03-01', json: false, format: 'xlsx', excel: null }) // → 0
 */
export async function exportCommand(o: ExportCommandOptions): Promise<number> {
  const writer: ExportWriter = EXPORT_WRITERS[o.format];
  if (o.excel !== null && !writer.excel) {
    process.stderr.write(`solieu export: --excel applies to a CSV export, got --format ${o.format}\n`);
    return EXIT.FAILED;
  }
  const opened = await openExistingWarehouse(o.db);
  if (!opened.ok) {
    process.stderr.write(`solieu export: ${opened.error}\n`);
    return EXIT.FAILED;
  }
  try {
    await mkdir(o.output, { recursive: true });
    const offered = vintageTables(opened.db, { asOf: o.asOf, runId: await latestRunId(opened.db) });
    const tables = writer.tables.map((name) => offered.find((t) => t.name === name)).filter((t) => t !== undefined);
    const written = await writer.write(tables, o);
    if (o.json) {
      const rows = Object.fromEntries(written.map((w) => [w.name, w.rows]));
      const files = Object.fromEntries(written.map((w) => [w.name, w.file]));
      const sheets = written.some((w) => w.sheets.length > 0) ? { sheets: Object.fromEntries(written.map((w) => [w.name, w.sheets])) } : {};
      process.stdout.write(`${JSON.stringify({ asOf: o.asOf, format: o.format, excel: o.excel, rows, files, ...sheets }, null, 2)}\n`);
    } else {
      process.stdout.write(written.map((w) => `${labelOf(w.name, o.asOf)}: ${w.file}${sheetOf(w)} (${w.rows} rows)\n`).join(''));
    }
    return EXIT.OK;
  } catch (error) {
    process.stderr.write(`solieu export: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.FAILED;
  } finally {
    await opened.db.destroy();
  }
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
