import type { Insertable, Selectable, Updateable } from 'kysely';

/** One run of a pipeline: when, over what, and what it counted. */
export interface RunTable {
  run_id: string;
  pipeline: string;
  input_dir: string;
  solieu_version: string;
  started_at: string;
  finished_at: string | null;
  /** `running`, `completed` or `failed`: only completed runs are trusted. */
  status: string;
  /** The run's counts and per-stage info, as JSON. */
  counts: string | null;
}

export type Run = Selectable<RunTable>;
export type NewRun = Insertable<RunTable>;
export type RunUpdate = Updateable<RunTable>;
