import type { Warehouse } from '../warehouse/database.ts';

/**
 * The id of the warehouse's latest completed run, whose refused files an
 * export lists beside the quarantined figures; null before any run
 * completed.
 *
 * @example
 * await latestRunId(db) // → '2024-11-06T08:00:00.000Z-4f2a'
 */
export async function latestRunId(db: Warehouse): Promise<string | null> {
  const run = await db.selectFrom('runs').select('run_id').where('status', '=', 'completed').orderBy('started_at', 'desc').orderBy('run_id', 'desc').executeTakeFirst();
  return run?.run_id ?? null;
}
