import type { Generated, Insertable, Selectable } from 'kysely';

/** Why a version exists: a report first read, its content changed, re-read (a newer extractor or a corrected date), or restored from stored content. */
export type VersionReason = 'new' | 'changed' | 'reread' | 'restored';

/**
 * One content version of a report, on two time axes. By publication:
 * `vintage_from` is the day it was published (or loaded, when no date is
 * known) and `vintage_to` the day the next version was, closed-open. By
 * load time (for audit): `valid_from`/`valid_to`. A version is current
 * while both ends are null.
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
  /** The article text the spans point into, packed (`packText`: zlib of its UTF-8; `unpackText` reads it). */
  text_zlib: Buffer;
  run_id: string;
  valid_from: string;
  valid_to: string | null;
  /** The run that closed it (null while current, and for a version without figures closed before this was recorded). */
  closed_run_id: Generated<string | null>;
  /** The path of the file it was read from. */
  source_path: string | null;
  reason: VersionReason | null;
  vintage_from: string | null;
  vintage_to: string | null;
  /** The encoding the bytes were read in (`utf-8`, `windows-1258`, `tcvn3`, `vni`, …). */
  encoding: Generated<string>;
  /** What the loader did that the file's name does not say (read as HTML, converted, repaired), one per line. */
  load_notes: string | null;
}

export type DocumentVersion = Selectable<DocumentVersionTable>;
export type NewDocumentVersion = Insertable<DocumentVersionTable>;
