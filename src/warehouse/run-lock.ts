import { hostname } from 'node:os';
import type { Warehouse } from './database.ts';
import { writeTransaction } from './write-transaction.ts';

/** The lock a whole writing run holds; a shard of a run (`--shard i/n`) holds one of its own, named `shard i/n`. */
const LOCK = 'run';
/** How often a run renews its hold. */
const HEARTBEAT_MS = 5_000;
/** A hold not renewed for this long is a dead run's (for holders on another host, whose process cannot be asked). */
const STALE_MS = 60_000;
/** How often a waiting run looks again. */
const POLL_MS = 200;

/** Who holds the warehouse, as a waiting run is told. */
export interface LockHolder {
  readonly runId: string;
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

/** What taking the lock gave: the lock (to release), or who held it when the wait ran out. */
export type LockResult =
  | { readonly ok: true; readonly release: () => Promise<void>; readonly interrupted: readonly string[] }
  | { readonly ok: false; readonly holder: LockHolder; readonly stopped: boolean };

/**
 * Takes the warehouse's run lock, so that one run writes at a time (or the
 * shards of one run, each under the lock of its own `name`, side by side:
 * a whole run waits for every shard, a shard for a whole run and for
 * another process of the same shard). While another live run holds it, waits (telling `onWait` once) up to
 * `waitSeconds` (or until `signal` stops the run); a hold whose process is dead (same host) or whose
 * heartbeat stopped is taken over. Every run still marked `running` once
 * the lock is taken and holds none died without finishing: it is marked
 * `interrupted` (returned in `interrupted`). The hold is renewed while the run works.
 *
 * @example
 * const lock = await acquireRunLock(db, { runId, waitSeconds: 600, onWait: (h) => console.error(`waiting for run ${h.runId}`) });
 * if (lock.ok) { …; await lock.release(); }
 */
export async function acquireRunLock(
  db: Warehouse,
  o: { readonly runId: string; readonly name?: string; readonly waitSeconds: number; readonly onWait?: (holder: LockHolder) => void; readonly signal?: AbortSignal },
): Promise<LockResult> {
  const host = hostname();
  const name = o.name ?? LOCK;
  const conflicts = (held: string): boolean => held === name || held === LOCK || name === LOCK;
  const deadline = Date.now() + o.waitSeconds * 1000;
  let told = false;
  for (;;) {
    const now = new Date().toISOString();
    const holder = await writeTransaction(db, async (trx) => {
      const rows = await trx.selectFrom('run_lock').selectAll().orderBy('name').execute();
      const stale = rows.filter((r) => isStale(r, host)).map((r) => r.name);
      if (stale.length > 0) await trx.deleteFrom('run_lock').where('name', 'in', stale).execute();
      const row = rows.find((r) => !stale.includes(r.name) && conflicts(r.name));
      if (row) return { runId: row.run_id, pid: row.pid, host: row.host, since: row.acquired_at };
      await trx.insertInto('run_lock').values({ name, run_id: o.runId, pid: process.pid, host, acquired_at: now, heartbeat_at: now }).execute();
      return null;
    });
    if (holder === null) break;
    if (o.signal?.aborted) return { ok: false, holder, stopped: true };
    if (Date.now() >= deadline) return { ok: false, holder, stopped: false };
    if (!told) o.onWait?.(holder);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const interrupted = await writeTransaction(db, async (trx) => {
    // a shard beside this one is running and holds its lock; a run that holds none is dead
    const stale = await trx.selectFrom('runs').select('run_id').where('status', '=', 'running').where('run_id', '!=', o.runId)
      .where('run_id', 'not in', trx.selectFrom('run_lock').select('run_id')).execute();
    if (stale.length) {
      await trx.updateTable('runs').set({ status: 'interrupted' }).where('run_id', 'in', stale.map((r) => r.run_id)).execute();
    }
    return stale.map((r) => r.run_id);
  });
  const beat = setInterval(() => {
    void db.updateTable('run_lock').set({ heartbeat_at: new Date().toISOString() }).where('name', '=', name).where('run_id', '=', o.runId).execute().catch(() => undefined);
  }, HEARTBEAT_MS);
  beat.unref();
  return {
    ok: true,
    interrupted,
    release: async () => {
      clearInterval(beat);
      await db.deleteFrom('run_lock').where('name', '=', name).where('run_id', '=', o.runId).execute();
    },
  };
}

/** A hold of a process that is gone (on this host), or not renewed for a minute (on any). */
function isStale(row: { pid: number; host: string; heartbeat_at: string }, host: string): boolean {
  if (row.host === host && !isAlive(row.pid)) return true;
  return Date.now() - Date.parse(row.heartbeat_at) > STALE_MS;
}

/**
 * Whether a process of this host is alive.
 *
 * @example
 * isAlive(process.pid) // → true
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, owned by another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
