import type { Insertable, Selectable, Updateable } from 'kysely';

/** One run of a pipeline: when, over what, and what it counted. */
export interface RunTable {
  run_id: string;
  pipeline: string;
  input_dir: string;
  solieu_version: string;
  started_at: string;
  finished_at: string | null;
  /**
   * `running`, `completed`, `failed` or `interrupted` (stopped by a signal,
   * or found unfinished by a later run). Every document a run stored is
   * whole whatever its end; only a completed run marked missing reports.
   */
  status: string;
  /** The run's counts and per-stage info, as JSON. */
  counts: string | null;
}

export type Run = Selectable<RunTable>;
export type NewRun = Insertable<RunTable>;
export type RunUpdate = Updateable<RunTable>;
