import type { Selectable } from 'kysely';

/** The run that may write to the warehouse now: one row while a run holds it. */
export interface RunLockTable {
  name: string;
  run_id: string;
  pid: number;
  host: string;
  acquired_at: string;
  /** Renewed while the run works; an old heartbeat from another host means the run died. */
  heartbeat_at: string;
}

export type RunLock = Selectable<RunLockTable>;
