import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * What happened to a report besides a new version: `renamed` (the same
 * content under a new path), `duplicate` (a second file with the content of
 * a report read in the same run), `missing` (its file is gone), `returned`
 * (back after missing), `pruned` (its figures retracted), `date_corrected`
 * (a new publication date for a stored version).
 */
export type DocumentEventKind = 'renamed' | 'duplicate' | 'missing' | 'returned' | 'pruned' | 'date_corrected';

export interface DocumentEventTable {
  event_id: Generated<number>;
  doc_id: string;
  run_id: string;
  kind: DocumentEventKind;
  source_path: string | null;
  /** What changed, in words ("from a.txt", "2024-03-01 → 2024-04-06"). */
  detail: string | null;
  at: string;
}

export type DocumentEvent = Selectable<DocumentEventTable>;
export type NewDocumentEvent = Insertable<DocumentEventTable>;
