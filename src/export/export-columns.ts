import type { ExportedFinding, ExportedObservation, ExportedReject } from '../warehouse/current-observations.ts';
import type { ObservationLabels } from './observation-labels.ts';

/** An observation as the exports write it: the warehouse's row and its labels. */
export type LabelledObservation = ExportedObservation & ObservationLabels;

/** The columns of `observations.csv`: the contract's, in its order, then provenance, codes and names, exact digits. */
export const OBSERVATION_COLUMNS: ReadonlyArray<keyof LabelledObservation & string> = [
  'source_path', 'doc_id', 'doc_version', 'text', 'value', 'unit', 'unit_mult', 'period', 'region', 'indicator',
  'value_high', 'qualifier', 'status', 'sentence', 'base_period', 'span_start', 'span_end', 'published', 'obs_key',
  'region_code', 'region_key', 'indicator_name', 'unit_name', 'value_exact', 'value_high_exact',
];

/** The columns of `rejects.csv`. */
export const REJECT_COLUMNS: ReadonlyArray<keyof ExportedReject & string> = ['file', 'stage', 'code', 'message', 'text', 'run_id'];

/** The columns of `validation.csv`. */
export const VALIDATION_COLUMNS: ReadonlyArray<keyof ExportedFinding & string> = [
  'source_path', 'doc_id', 'doc_version', 'rule', 'severity', 'quarantined', 'text', 'message', 'span_start', 'span_end', 'evidence', 'run_id',
];
