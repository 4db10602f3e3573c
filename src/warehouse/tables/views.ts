/**
 * The views of the warehouse, for SQL users and for the exports: every
 * vintage of every figure, the current figures, and one best figure per
 * indicator, region, period and unit.
 */

/** A row of `observation_history`: one vintage of one figure. */
export interface ObservationHistoryView {
  obs_id: number;
  obs_key: string | null;
  doc_id: string;
  source_path: string | null;
  doc_version: number;
  seq: number;
  text: string;
  value: number;
  unit: string;
  unit_mult: number;
  period: string | null;
  region: string | null;
  indicator: string | null;
  value_high: number | null;
  qualifier: string | null;
  status: string | null;
  sentence: string;
  base_period: string | null;
  span_start: number;
  span_end: number;
  published: string | null;
  change: string | null;
  vintage_from: string;
  vintage_to: string | null;
  retracted: number;
  recorded_from: string | null;
  recorded_to: string | null;
  run_id: string;
  closed_run_id: string | null;
  value_exact: string | null;
  value_high_exact: string | null;
}

/** A row of `current_observations`: a figure of a report's current version, not retracted. */
export interface CurrentObservationView {
  obs_id: number;
  obs_key: string | null;
  doc_id: string;
  source_path: string;
  doc_version: number;
  seq: number;
  text: string;
  value: number;
  unit: string;
  unit_mult: number;
  period: string | null;
  region: string | null;
  indicator: string | null;
  value_high: number | null;
  qualifier: string | null;
  status: string | null;
  sentence: string;
  base_period: string | null;
  span_start: number;
  span_end: number;
  published: string | null;
  vintage_from: string;
  recorded_from: string | null;
  run_id: string;
  value_exact: string | null;
  value_high_exact: string | null;
}

/** A row of `best_observations`: the figure picked for its series, and how many current figures state it. */
export interface BestObservationView extends CurrentObservationView {
  candidates: number;
  pick: number;
}
