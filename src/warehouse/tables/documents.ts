import type { Insertable, Selectable } from 'kysely';

/** A report, stable across its versions. */
export interface DocumentTable {
  doc_id: string;
  source_path: string;
  first_run_id: string;
  last_seen_run_id: string;
}

export type DocumentRow = Selectable<DocumentTable>;
export type NewDocument = Insertable<DocumentTable>;
