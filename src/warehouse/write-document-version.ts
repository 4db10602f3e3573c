import type { Observation, SourceDocument } from '../core/records.ts';
import type { Reject } from '../core/reject-codes.ts';
import type { Warehouse } from './database.ts';
import { rejectRow } from './reject-row.ts';

/** What one processed document version brings to the warehouse. */
export interface DocumentVersionWrite {
  readonly runId: string;
  readonly document: SourceDocument;
  readonly extractorVersion: string;
  readonly observations: readonly Observation[];
  /** Observations quarantined by validation. */
  readonly rejects: readonly Reject[];
  /** When the version becomes current (ISO timestamp). */
  readonly at: string;
}

/** SQLite allows 32,766 bound values per statement; 24 columns × 500 rows stays well under. */
const CHUNK = 500;

/**
 * Writes one document version in one transaction: the document row, the
 * version (closing the previous one and its observations, which are kept
 * as history), its observations and its quarantined observations. Either
 * all of it is stored or none of it.
 *
 * @example
 * const { versionId, versionNo } = await writeDocumentVersion(db, { runId, document, observations, rejects, … });
 */
export async function writeDocumentVersion(db: Warehouse, w: DocumentVersionWrite): Promise<{ versionId: number; versionNo: number }> {
  const { document: doc } = w;
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('documents').select('doc_id').where('doc_id', '=', doc.docId).executeTakeFirst();
    if (existing) {
      await trx.updateTable('documents').set({ last_seen_run_id: w.runId, source_path: doc.sourcePath }).where('doc_id', '=', doc.docId).execute();
    } else {
      await trx.insertInto('documents').values({ doc_id: doc.docId, source_path: doc.sourcePath, first_run_id: w.runId, last_seen_run_id: w.runId }).execute();
    }
    const previous = await trx
      .selectFrom('document_versions')
      .select(['version_id', 'version_no'])
      .where('doc_id', '=', doc.docId)
      .orderBy('version_no', 'desc')
      .executeTakeFirst();
    if (previous) {
      await trx.updateTable('document_versions').set({ valid_to: w.at }).where('doc_id', '=', doc.docId).where('valid_to', 'is', null).execute();
      await trx.updateTable('observations').set({ vintage_to: w.at }).where('doc_id', '=', doc.docId).where('vintage_to', 'is', null).execute();
    }
    const versionNo = (previous?.version_no ?? 0) + 1;
    const inserted = await trx
      .insertInto('document_versions')
      .values({
        doc_id: doc.docId,
        version_no: versionNo,
        content_hash: doc.contentHash,
        extractor_version: w.extractorVersion,
        byte_size: doc.byteSize,
        format: doc.meta.format,
        title: doc.meta.title,
        url: doc.meta.url,
        published: doc.meta.published,
        published_source: doc.meta.publishedSource,
        text: doc.text,
        run_id: w.runId,
        valid_from: w.at,
        valid_to: null,
      })
      .returning('version_id')
      .executeTakeFirstOrThrow();
    const versionId = inserted.version_id;
    const rows = w.observations.map((o, seq) => ({
      version_id: versionId,
      doc_id: doc.docId,
      run_id: w.runId,
      seq,
      text: o.text,
      value: o.value,
      unit: o.unit,
      unit_mult: o.unitMult,
      period: o.period,
      base_period: o.basePeriod,
      region: o.region,
      indicator: o.indicator,
      value_high: o.valueHigh,
      qualifier: o.qualifier,
      status: o.status,
      sentence: o.sentence,
      sentence_index: o.sentenceIndex,
      span_start: o.span.start,
      span_end: o.span.end,
      vintage_from: w.at,
      vintage_to: null,
    }));
    for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto('observations').values(rows.slice(i, i + CHUNK)).execute();
    const rejectRows = w.rejects.map((r) => rejectRow(r, { runId: w.runId, docId: doc.docId, versionId, at: w.at }));
    for (let i = 0; i < rejectRows.length; i += CHUNK) await trx.insertInto('rejects').values(rejectRows.slice(i, i + CHUNK)).execute();
    return { versionId, versionNo };
  });
}
