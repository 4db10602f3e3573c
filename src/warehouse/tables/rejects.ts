import type { Generated, Insertable, Selectable } from 'kysely';

/** A record a stage refused, with its stable code and reason. */
export interface RejectTable {
  reject_id: Generated<number>;
  run_id: string;
  doc_id: string | null;
  /** Set for observations quarantined from a stored document version. */
  version_id: number | null;
  source_path: string;
  stage: string;
  code: string;
  message: string;
  text: string | null;
  span_start: number | null;
  span_end: number | null;
  /** The refused record as JSON, when it was one. */
  record: string | null;
  created_at: string;
}

export type RejectRow = Selectable<RejectTable>;
export type NewReject = Insertable<RejectTable>;
