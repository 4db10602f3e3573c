import type { Selectable } from 'kysely';

/** How a figure changed from the version before: see `FigureChange`; null for rows written before it was recorded. */
export type ObservationChange = 'new' | 'same' | 'revised' | 'reclassified';

/**
 * An observation as extracted from one document version: the
 * `observations` view, a figure (`figures`) with what its version gives
 * it. It is closed when its version is (a newer version supersedes it, or
 * a prune retracts it): `vintage_to` (publication axis, a day) and
 * `recorded_to` (load time) are set, and `retracted` when the figure is
 * gone from the report rather than restated. Written through `figures`
 * and `document_versions`.
 */
export interface ObservationTable {
  obs_id: number;
  version_id: number;
  doc_id: string;
  run_id: string;
  /** Order of the observation in its document. */
  seq: number;
  text: string;
  value: number;
  unit: string;
  unit_mult: number;
  period: string | null;
  base_period: string | null;
  region: string | null;
  indicator: string | null;
  value_high: number | null;
  /** `value` as decimal text when a double cannot hold it exactly; else null. */
  value_exact: string | null;
  value_high_exact: string | null;
  qualifier: string | null;
  status: string | null;
  /** The sentence the figure is in (its text is stored once, in `sentences`). */
  sentence_id: number;
  sentence_index: number;
  sentence_start: number | null;
  span_start: number;
  span_end: number;
  /** The figure's key across versions. */
  obs_key: string | null;
  change: ObservationChange | null;
  /** The row of the previous version this one restates. */
  previous_obs_id: number | null;
  vintage_from: string;
  vintage_to: string | null;
  recorded_from: string | null;
  recorded_to: string | null;
  /** The run that closed the row. */
  closed_run_id: string | null;
  retracted: number;
}

export type ObservationRow = Selectable<ObservationTable>;
