import { laterDay } from '../revisions/vintage.ts';
import type { Warehouse } from './database.ts';
import type { ReportIdentity } from './write-version.ts';
import { writeTransaction } from './write-transaction.ts';

/** SQLite's bound-value limit is far above this many ids per statement. */
const CHUNK = 500;

/**
 * A report's file under a new path (or id), with the content of its current
 * version: the same report and version, now found by the new key. Brings a
 * missing report back.
 *
 * @example
 * await renameReport(db, runId, at, { docId: 'a.txt', identity: 'path', identityKey: 'b.txt', sourcePath: 'b.txt' }, 'a.txt')
 */
export async function renameReport(db: Warehouse, runId: string, at: string, r: ReportIdentity, from: string): Promise<void> {
  await writeTransaction(db, async (trx) => {
    await trx
      .updateTable('documents')
      .set({ source_path: r.sourcePath, identity: r.identity, identity_key: r.identityKey, last_seen_run_id: runId, missing_since_run_id: null })
      .where('doc_id', '=', r.docId)
      .execute();
    await trx.insertInto('document_events').values({ doc_id: r.docId, run_id: runId, kind: 'renamed', source_path: r.sourcePath, detail: `from ${from}`, at }).execute();
  });
}

/**
 * A second file with the content of a report of the run: recorded once per
 * path, so an unchanged run writes nothing.
 *
 * @example
 * await recordDuplicate(db, runId, at, 'a.txt', 'copy-of-a.txt') // → true the first time, false after
 */
export async function recordDuplicate(db: Warehouse, runId: string, at: string, docId: string, path: string): Promise<boolean> {
  return writeTransaction(db, async (trx) => {
    const known = await trx.selectFrom('document_events').select('event_id').where('doc_id', '=', docId).where('kind', '=', 'duplicate').where('source_path', '=', path).executeTakeFirst();
    if (known) return false;
    await trx.insertInto('document_events').values({ doc_id: docId, run_id: runId, kind: 'duplicate', source_path: path, detail: null, at }).execute();
    return true;
  });
}

/**
 * An unchanged report whose file was missing is back.
 *
 * @example
 * await markReturned(db, runId, at, 'a.txt', 'a.txt')
 */
export async function markReturned(db: Warehouse, runId: string, at: string, docId: string, path: string): Promise<void> {
  await writeTransaction(db, async (trx) => {
    await trx.updateTable('documents').set({ missing_since_run_id: null, last_seen_run_id: runId }).where('doc_id', '=', docId).execute();
    await trx.insertInto('document_events').values({ doc_id: docId, run_id: runId, kind: 'returned', source_path: path, detail: null, at }).execute();
  });
}

/**
 * Reports with no file in a finished run: marked missing (once, from the
 * run that first missed them). Their figures stay current.
 *
 * @example
 * await markMissing(db, runId, at, ['gone.txt']) // → 1 (newly missing)
 */
export async function markMissing(db: Warehouse, runId: string, at: string, docIds: readonly string[]): Promise<number> {
  if (docIds.length === 0) return 0;
  return writeTransaction(db, async (trx) => {
    let marked = 0;
    for (let i = 0; i < docIds.length; i += CHUNK) {
      const ids = docIds.slice(i, i + CHUNK);
      const fresh = await trx.selectFrom('documents').select(['doc_id', 'source_path']).where('doc_id', 'in', ids).where('missing_since_run_id', 'is', null).execute();
      if (fresh.length === 0) continue;
      await trx.updateTable('documents').set({ missing_since_run_id: runId }).where('doc_id', 'in', fresh.map((d) => d.doc_id)).execute();
      await trx.insertInto('document_events').values(fresh.map((d) => ({ doc_id: d.doc_id, run_id: runId, kind: 'missing' as const, source_path: d.source_path, detail: null, at }))).execute();
      marked += fresh.length;
    }
    return marked;
  });
}

/**
 * Retracts the figures of missing reports: their current versions and
 * figures are closed on the run's day (both time axes) and the figures
 * marked retracted. Returns how many figures were retracted.
 *
 * @example
 * await pruneReports(db, runId, at, ['gone.txt']) // → 170
 */
export async function pruneReports(db: Warehouse, runId: string, at: string, docIds: readonly string[]): Promise<number> {
  if (docIds.length === 0) return 0;
  const day = at.slice(0, 10);
  return writeTransaction(db, async (trx) => {
    let retracted = 0;
    for (const docId of docIds) {
      const current = await trx.selectFrom('document_versions').select(['version_id', 'vintage_from']).where('doc_id', '=', docId).where('valid_to', 'is', null).executeTakeFirst();
      if (current) {
        const closedOn = laterDay(current.vintage_from ?? day, day);
        await trx.updateTable('document_versions').set({ valid_to: at, vintage_to: closedOn, closed_run_id: runId }).where('version_id', '=', current.version_id).execute();
        // the version was current, so its figures were: all of them are retracted with it
        const result = await trx.updateTable('figures').set({ retracted: 1 }).where('version_id', '=', current.version_id).executeTakeFirst();
        retracted += Number(result.numUpdatedRows);
      }
      const doc = await trx.selectFrom('documents').select('source_path').where('doc_id', '=', docId).executeTakeFirstOrThrow();
      await trx.updateTable('documents').set({ pruned_run_id: runId, last_seen_run_id: runId }).where('doc_id', '=', docId).execute();
      await trx.insertInto('document_events').values({ doc_id: docId, run_id: runId, kind: 'pruned', source_path: doc.source_path, detail: null, at }).execute();
    }
    return retracted;
  });
}
