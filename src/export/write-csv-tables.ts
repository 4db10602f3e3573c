import path from 'node:path';
import type { CsvDialect } from './csv-dialect.ts';
import type { ExportTable, WrittenTable } from './export-table.ts';
import { writeCsv } from './write-csv.ts';

/**
 * Writes every table to its CSV file in `dir`, one after the other, in the
 * given dialect (see `CSV_DIALECTS`).
 *
 * @example
 * await writeCsvTables(tables, 'output', CSV_DIALECTS['excel-vi'])
 * // → [{ name: 'observations', file: 'output/observations.csv', sheets: [], rows: 588 }, …]
 */
export async function writeCsvTables(tables: readonly ExportTable[], dir: string, dialect: CsvDialect): Promise<WrittenTable[]> {
  const written: WrittenTable[] = [];
  for (const t of tables) {
    const file = path.join(dir, t.file);
    written.push({ name: t.name, file, sheets: [], rows: await writeCsv({ file, columns: t.columns, rows: t.rows(), dialect, ...(t.headers ? { headers: t.headers } : {}) }) });
  }
  return written;
}
