import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * An observation as extracted from one document version. Rows are never
 * updated in place except to close their vintage (`vintage_to`) when a
 * newer version of the report supersedes them.
 */
export interface ObservationTable {
  obs_id: Generated<number>;
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
  qualifier: string | null;
  status: string | null;
  sentence: string;
  sentence_index: number;
  span_start: number;
  span_end: number;
  vintage_from: string;
  vintage_to: string | null;
  retracted: Generated<number>;
}

export type ObservationRow = Selectable<ObservationTable>;
export type NewObservation = Insertable<ObservationTable>;
