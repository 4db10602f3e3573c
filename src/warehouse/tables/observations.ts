import type { Selectable } from 'kysely';
import type { FigureTable } from './figures.ts';

/**
 * An observation as extracted from one document version: the
 * `observations` view, a figure (`figures`) with what its version gives
 * it. It is closed when its version is (a newer version supersedes it, or
 * a prune retracts it): `vintage_to` (publication axis, a day) and
 * `recorded_to` (load time) are set, and `retracted` when the figure is
 * gone from the report rather than restated. Written through `figures`
 * and `document_versions`.
 */
export interface ObservationTable extends Selectable<FigureTable> {
  doc_id: string;
  run_id: string;
  vintage_from: string;
  vintage_to: string | null;
  recorded_from: string | null;
  recorded_to: string | null;
  /** The run that closed the row. */
  closed_run_id: string | null;
}

export type ObservationRow = Selectable<ObservationTable>;
