import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * One content version of a report. A version is current while `valid_to`
 * is null; a newer version closes it (closed-open vintage interval).
 */
export interface DocumentVersionTable {
  version_id: Generated<number>;
  doc_id: string;
  version_no: number;
  content_hash: string;
  /** The solieu version that extracted it: a newer extractor re-reads unchanged files. */
  extractor_version: string;
  byte_size: number;
  format: string;
  title: string | null;
  url: string | null;
  published: string | null;
  published_source: string | null;
  /** The article text the spans point into. */
  text: string;
  run_id: string;
  valid_from: string;
  valid_to: string | null;
}

export type DocumentVersion = Selectable<DocumentVersionTable>;
export type NewDocumentVersion = Insertable<DocumentVersionTable>;
