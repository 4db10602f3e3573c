import { randomBytes } from 'node:crypto';
import type { Warehouse } from './database.ts';
import { rejectRow } from './reject-row.ts';
import type { Reject } from '../core/reject-codes.ts';

/**
 * A run id that sorts by when it was made: UTC time to the millisecond plus a random suffix.
 *
 * @example
 * newRunId() // → '20261125T193427.512Z-4f2a'
 */
export function newRunId(): string {
  const t = new Date().toISOString().replace(/[-:]/g, '');
  return `${t}-${randomBytes(2).toString('hex')}`;
}

/**
 * Records the start of a run (status `running`).
 *
 * @example
 * await startRun(db, { runId, pipeline: 'reports', inputDir: 'raw', version: '0.1.0', at })
 */
export async function startRun(
  db: Warehouse,
  r: { runId: string; pipeline: string; inputDir: string; version: string; at: string },
): Promise<void> {
  await db
    .insertInto('runs')
    .values({ run_id: r.runId, pipeline: r.pipeline, input_dir: r.inputDir, solieu_version: r.version, started_at: r.at, finished_at: null, status: 'running', counts: null })
    .execute();
}

/**
 * Records the end of a run with its counts.
 *
 * @example
 * await finishRun(db, runId, 'completed', { documentsRead: 1, … })
 */
export async function finishRun(db: Warehouse, runId: string, status: 'completed' | 'failed' | 'interrupted', counts: unknown): Promise<void> {
  await db
    .updateTable('runs')
    .set({ status, finished_at: new Date().toISOString(), counts: JSON.stringify(counts) })
    .where('run_id', '=', runId)
    .execute();
}

/**
 * Stores rejects that belong to no stored document version (files that
 * could not be read), one transaction for the batch.
 *
 * @example
 * await writeRunRejects(db, runId, [makeReject('FILE_EMPTY', 'empty.txt', 'expected text, got 0 bytes')])
 */
export async function writeRunRejects(db: Warehouse, runId: string, rejects: readonly Reject[]): Promise<void> {
  if (rejects.length === 0) return;
  const at = new Date().toISOString();
  await db.insertInto('rejects').values(rejects.map((r) => rejectRow(r, { runId, docId: r.sourcePath, versionId: null, at }))).execute();
}
