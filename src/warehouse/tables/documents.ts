import type { Insertable, Selectable } from 'kysely';

/** How a report's identity was found, in the order they are tried. */
export type IdentitySource = 'manifest' | 'url' | 'path';

/** A report, stable across its versions, its renames and the folders it is read from. */
export interface DocumentTable {
  doc_id: string;
  /** Its path relative to the input folder when last read (or renamed). */
  source_path: string;
  first_run_id: string;
  /** The last run that stored something of it: a version, a rename, a missing mark or a corrected date. */
  last_seen_run_id: string;
  /** Where its identity came from: an explicit id, its canonical URL or its path. */
  identity: IdentitySource;
  /** The id, URL or path a file is looked up by. */
  identity_key: string | null;
  /** Set while its file is gone: the run that first missed it. */
  missing_since_run_id: string | null;
  /** Set when a run with --prune retracted its figures. */
  pruned_run_id: string | null;
}

export type DocumentRow = Selectable<DocumentTable>;
export type NewDocument = Insertable<DocumentTable>;
