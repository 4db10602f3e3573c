import { stringify } from 'csv-stringify/sync';
import type { Warehouse } from '../warehouse/database.ts';
import { reportObservations, type ExportedObservation } from '../warehouse/current-observations.ts';
import { CSV_DIALECTS } from './csv-dialect.ts';
import { OBSERVATION_COLUMNS } from './export-columns.ts';
import type { Labeller, RowLabels } from './observation-labels.ts';
import { csvOptions } from './write-csv.ts';

/**
 * Formats the rows of reports for observations.csv, one report at a time:
 * given report ids, the UTF-8 bytes of each one's rows (no header), in the
 * order given. The main thread does it, or a worker thread beside it with
 * a reader of its own ({@link formatReportRows}).
 */
export type ReportFormatter = (docIds: readonly string[]) => Promise<readonly Uint8Array[]>;

/**
 * The observations.csv rows of each report, labelled, as the bytes of the
 * file: a report's current observations, in text order.
 *
 * @example
 * const [a] = await formatReportRows(db, ['a.txt'], createLabeller()); // → the bytes of a.txt's rows
 */
export async function formatReportRows(db: Warehouse, docIds: readonly string[], labeller: Labeller): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const docId of docIds) {
    const rows = await reportObservations(db, docId);
    out.push(Buffer.from(stringify(rows.map((row) => cellsOf(row, labeller.labels(row))), ROW_OPTIONS), 'utf8'));
  }
  return out;
}

const ROW_OPTIONS = csvOptions(OBSERVATION_COLUMNS, CSV_DIALECTS.plain, undefined, false);

/**
 * A row's cells in the order of OBSERVATION_COLUMNS, its labels in their
 * place. Rows go to csv-stringify as arrays: given objects, it resolves
 * each cell's column as a property path.
 */
function cellsOf(row: ExportedObservation, labels: RowLabels): unknown[] {
  return OBSERVATION_COLUMNS.map((c) => (c in labels ? labels[c as keyof RowLabels] : row[c as keyof ExportedObservation]));
}
