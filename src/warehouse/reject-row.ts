import type { Reject } from '../core/reject-codes.ts';
import type { NewReject, RejectRow } from './tables/rejects.ts';

/**
 * The warehouse row of a reject.
 *
 * @example
 * rejectRow(makeReject('FILE_EMPTY', 'a.txt', 'expected text, got 0 bytes'), { runId: 'r1', docId: null, versionId: null, at: '…' }).code
 * // → 'FILE_EMPTY'
 */
export function rejectRow(
  r: Reject,
  where: { runId: string; docId: string | null; versionId: number | null; at: string },
): NewReject {
  return {
    run_id: where.runId,
    doc_id: where.docId,
    version_id: where.versionId,
    source_path: r.sourcePath,
    stage: r.stage,
    code: r.code,
    message: r.message,
    text: r.text,
    span_start: r.span?.start ?? null,
    span_end: r.span?.end ?? null,
    record: r.record === undefined ? null : JSON.stringify(r.record),
    created_at: where.at,
  };
}

/**
 * A stored reject back as a record, under the path its report has now.
 *
 * @example
 * rejectOfRow(row, 'a.txt').code // → 'PART_EXCEEDS_WHOLE'
 */
export function rejectOfRow(row: RejectRow, sourcePath: string): Reject {
  return {
    code: row.code as Reject['code'],
    stage: row.stage as Reject['stage'],
    sourcePath,
    message: row.message,
    text: row.text,
    span: row.span_start === null || row.span_end === null ? null : { start: row.span_start, end: row.span_end },
    ...(row.record === null ? {} : { record: JSON.parse(row.record) as unknown }),
  };
}
