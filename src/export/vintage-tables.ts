import type { Warehouse } from '../warehouse/database.ts';
import { currentObservations, currentRejects, type ExportedReject } from '../warehouse/current-observations.ts';
import type { BestObservationView, ObservationHistoryView } from '../warehouse/tables/views.ts';
import { bestObservations, observationHistory, observationsAsOf } from '../warehouse/vintages-query.ts';
import { OBSERVATION_COLUMNS, REJECT_COLUMNS, type LabelledObservation } from './export-columns.ts';
import { createLabeller, labelled, type Labeller, type ObservationLabels } from './observation-labels.ts';
import { BEST_COLUMNS, HISTORY_COLUMNS } from './export-vintages.ts';
import { exportTable, type ExportTable } from './export-table.ts';

/**
 * The tables `solieu export` offers, in sheet order: `observations` (the
 * current figures, or those known on `asOf`), `history` (every vintage of
 * every figure), `best` (one figure per series) and `rejects` (the files
 * the runs `runIds` refused, the latest run or all its shards, and the
 * quarantined figures of current versions). Current and best figures
 * carry their codes and names (`labeller`, Vietnamese by default). Each is the same rows,
 * under the same columns, as its CSV file.
 *
 * @example
 * vintageTables(db, { asOf: null, runIds: [runId] }).map((t) => t.file)
 * // → ['observations.csv', 'observations_history.csv', 'best_observations.csv', 'rejects.csv']
 */
export function vintageTables(db: Warehouse, o: { readonly asOf: string | null; readonly runIds: readonly string[]; readonly labeller?: Labeller }): readonly ExportTable[] {
  const labeller = o.labeller ?? createLabeller();
  return [
    exportTable<LabelledObservation>({
      name: 'observations',
      file: 'observations.csv',
      columns: OBSERVATION_COLUMNS,
      rows: () => labelled(o.asOf === null ? currentObservations(db) : observationsAsOf(db, o.asOf), labeller),
    }),
    exportTable<ObservationHistoryView>({ name: 'history', file: 'observations_history.csv', columns: HISTORY_COLUMNS, rows: () => observationHistory(db) }),
    exportTable<BestObservationView & ObservationLabels>({ name: 'best', file: 'best_observations.csv', columns: BEST_COLUMNS, rows: () => labelled(bestObservations(db), labeller) }),
    // a run id no run has: only the rejects tied to a document version match
    exportTable<ExportedReject>({ name: 'rejects', file: 'rejects.csv', columns: REJECT_COLUMNS, rows: () => currentRejects(db, o.runIds) }),
  ];
}
