import path from 'node:path';
import type { Warehouse } from '../warehouse/database.ts';
import { currentObservations, currentRejects, type ExportedObservation, type ExportedReject } from '../warehouse/current-observations.ts';
import { writeCsv } from './write-csv.ts';

/** The columns of `observations.csv`: the contract's, in its order, then provenance. */
export const OBSERVATION_COLUMNS: ReadonlyArray<keyof ExportedObservation & string> = [
  'source_path', 'doc_id', 'doc_version', 'text', 'value', 'unit', 'unit_mult', 'period', 'region', 'indicator',
  'value_high', 'qualifier', 'status', 'sentence', 'base_period', 'span_start', 'span_end', 'published', 'obs_key', 'value_exact', 'value_high_exact',
];

/** The columns of `rejects.csv`. */
export const REJECT_COLUMNS: ReadonlyArray<keyof ExportedReject & string> = ['file', 'stage', 'code', 'message', 'text', 'run_id'];

/**
 * Writes `observations.csv` (the warehouse's current observations) and
 * `rejects.csv` (this run's refused files and the quarantined observations
 * of current document versions) into `outputDir`.
 *
 * @example
 * await exportRun(db, 'output', runId) // → { observations: 43, rejects: 0 }
 */
export async function exportRun(db: Warehouse, outputDir: string, runId: string): Promise<{ observations: number; rejects: number }> {
  const observations = await writeCsv({ file: path.join(outputDir, 'observations.csv'), columns: OBSERVATION_COLUMNS, rows: currentObservations(db) });
  const rejects = await writeCsv({ file: path.join(outputDir, 'rejects.csv'), columns: REJECT_COLUMNS, rows: currentRejects(db, runId) });
  return { observations, rejects };
}
