import type { Generated, Insertable } from 'kysely';

/** How a figure changed from the version before: see `FigureChange`; null for rows written before it was recorded. */
export type ObservationChange = 'new' | 'same' | 'revised' | 'reclassified';

/**
 * A figure as extracted from one document version: what is its own. What
 * its version gives all its figures (report, run, vintage and load-time
 * interval, closing run) is stored with the version; the `observations`
 * view joins the two. Rows are never updated but to mark a figure
 * `retracted` when its version is closed with the figure gone from the
 * report rather than restated.
 */
export interface FigureTable {
  obs_id: Generated<number>;
  version_id: number;
  /** Order of the figure in its document. */
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
  sentence_index: number;
  span_start: number;
  span_end: number;
  retracted: Generated<number>;
  /** The figure's key across versions. */
  obs_key: string | null;
  change: ObservationChange | null;
  /** The row of the previous version this one restates. */
  previous_obs_id: number | null;
  sentence_start: number | null;
  /** `value` as decimal text when a double cannot hold it exactly; else null. */
  value_exact: string | null;
  value_high_exact: string | null;
  /** The sentence the figure is in (its text is stored once, in `sentences`). */
  sentence_id: number;
}

export type NewFigure = Insertable<FigureTable>;
