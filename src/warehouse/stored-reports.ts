import type { Warehouse } from './database.ts';
import type { IdentitySource } from './tables/documents.ts';

/** What the warehouse holds of one report, for deciding what a run does with its file. */
export interface StoredReport {
  readonly docId: string;
  /** Where the report's id came from, and the id, URL or path it is found by. */
  readonly identity: IdentitySource;
  readonly identityKey: string;
  readonly sourcePath: string;
  readonly missing: boolean;
  readonly pruned: boolean;
  /** The current version; null once the report was pruned. */
  readonly current: {
    readonly versionId: number;
    readonly versionNo: number;
    readonly contentHash: string;
    readonly extractorVersion: string;
    readonly published: string | null;
  } | null;
  /** The newest version, current or not. */
  readonly lastVersionNo: number;
  /** The newest version of each content the report has had. */
  readonly versionOfContent: ReadonlyMap<string, number>;
}

/**
 * Every report the warehouse holds, with its versions' contents, read once
 * at the start of a run (which holds the run lock, so no other run changes
 * them meanwhile).
 *
 * @example
 * (await storedReports(db))[0] // → { docId: 'a.txt', identityKey: 'a.txt', current: { versionNo: 2, … }, … }
 */
export async function storedReports(db: Warehouse): Promise<StoredReport[]> {
  const docs = await db.selectFrom('documents').select(['doc_id', 'identity', 'identity_key', 'source_path', 'missing_since_run_id', 'pruned_run_id']).orderBy('doc_id').execute();
  const versions = await db
    .selectFrom('document_versions')
    .select(['version_id', 'doc_id', 'version_no', 'content_hash', 'extractor_version', 'published', 'valid_to'])
    .orderBy('doc_id')
    .orderBy('version_no')
    .execute();
  const byDoc = new Map<string, typeof versions>();
  for (const v of versions) byDoc.set(v.doc_id, [...(byDoc.get(v.doc_id) ?? []), v]);
  return docs.map((d) => {
    const own = byDoc.get(d.doc_id) ?? [];
    const current = own.find((v) => v.valid_to === null) ?? null;
    return {
      docId: d.doc_id,
      identity: d.identity as IdentitySource,
      identityKey: d.identity_key ?? d.doc_id,
      sourcePath: d.source_path,
      missing: d.missing_since_run_id !== null,
      pruned: d.pruned_run_id !== null,
      current: current && {
        versionId: current.version_id,
        versionNo: current.version_no,
        contentHash: current.content_hash,
        extractorVersion: current.extractor_version,
        published: current.published,
      },
      lastVersionNo: own.at(-1)?.version_no ?? 0,
      versionOfContent: new Map(own.map((v) => [v.content_hash, v.version_id])),
    };
  });
}
