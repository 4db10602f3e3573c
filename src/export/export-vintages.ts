import type { Revision } from '../warehouse/revisions-query.ts';
import type { BestObservationView, ObservationHistoryView } from '../warehouse/tables/views.ts';
import type { ConflictRow } from '../warehouse/vintages-query.ts';
import { OBSERVATION_COLUMNS } from './export-columns.ts';
import type { ObservationLabels } from './observation-labels.ts';
import { writeCsv } from './write-csv.ts';

/** The columns of `observations_history.csv`: every vintage of every figure. */
export const HISTORY_COLUMNS: ReadonlyArray<keyof ObservationHistoryView & string> = [
  'obs_key', 'doc_id', 'source_path', 'doc_version', 'text', 'value', 'unit', 'unit_mult', 'period', 'region', 'indicator', 'value_high', 'qualifier',
  'status', 'base_period', 'change', 'vintage_from', 'vintage_to', 'retracted', 'published', 'recorded_from', 'recorded_to', 'run_id', 'sentence', 'span_start', 'span_end', 'value_exact', 'value_high_exact',
];

/** The columns of `best_observations.csv`: the contract's, then how many current figures state the series. */
export const BEST_COLUMNS: ReadonlyArray<keyof (BestObservationView & ObservationLabels) & string> = [...OBSERVATION_COLUMNS, 'candidates'];

/** The columns of `revisions.csv`. */
export const REVISION_COLUMNS: ReadonlyArray<keyof Revision & string> = [
  'doc_id', 'source_path', 'change', 'obs_key', 'unit', 'indicator', 'region', 'period', 'old_value', 'new_value', 'old_status', 'new_status',
  'old_text', 'new_text', 'old_indicator', 'old_region', 'old_period', 'old_version', 'new_version', 'vintage', 'run_id',
];

/** The columns of `conflicts.csv`. */
export const CONFLICT_COLUMNS: ReadonlyArray<keyof ConflictRow & string> = [
  'indicator', 'region', 'period', 'unit', 'value', 'status', 'published', 'best', 'doc_id', 'source_path', 'text', 'obs_key',
];

/**
 * Writes rows already in memory (revisions, conflicts) to a CSV file.
 *
 * @example
 * await writeRows('output/revisions.csv', REVISION_COLUMNS, changes.revisions) // → 3
 */
export async function writeRows<Row extends object>(file: string, columns: ReadonlyArray<keyof Row & string>, rows: readonly Row[]): Promise<number> {
  return writeCsv({ file, columns, rows: (async function* () { yield* rows; })() });
}
