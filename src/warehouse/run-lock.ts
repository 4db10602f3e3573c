import { hostname } from 'node:os';
import { sql } from 'kysely';
import { warehouseDialect, type Warehouse } from './database.ts';
import { writeTransaction } from './write-transaction.ts';

/** The lock a whole writing run holds; a shard of a run (`--shard i/n`) holds one of its own, named `shard i/n`. */
const LOCK = 'run';
/** How often a run renews its hold. */
const HEARTBEAT_MS = 5_000;
/** A SQLite hold of another host not renewed for this long is a dead run's (its process cannot be asked). */
const STALE_MS = 60_000;
/**
 * A hold of a live process of this host not renewed for this long is a
 * dead run's all the same: the process is another that took the dead
 * one's pid (a restarted container numbers its processes again).
 */
const STALE_LIVE_PID_MS = 600_000;
/** The first key of the PostgreSQL advisory locks by which a holder shows it is alive ("soli"); the second is its hold's hash. */
export const HOLD_CLASS = 0x736f6c69;
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
 * `waitSeconds` (or until `signal` stops the run). A dead run's hold is
 * taken over: on PostgreSQL, one whose session (an advisory lock held on a
 * connection of its own for the whole run) the server no longer has,
 * whatever the hosts' names and clocks; on SQLite, one whose process is
 * gone (same host) or whose heartbeat stopped (see `isStale`). Every run still marked `running` once
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
  const postgres = warehouseDialect(db) === 'postgres';
  // on PostgreSQL the hold is proven by a session of the server's, before its row is written: no clock or host name is trusted
  const session = postgres ? await holdSession(db, holdKey(name, o.runId)) : null;
  let told = false;
  for (;;) {
    const now = new Date().toISOString();
    const holder = await writeTransaction(db, async (trx) => {
      const rows = await trx.selectFrom('run_lock').selectAll().orderBy('name').execute();
      const stale: string[] = [];
      for (const r of rows) if (postgres ? !(await sessionAlive(trx, holdKey(r.name, r.run_id))) : isStale(r, host)) stale.push(r.name);
      if (stale.length > 0) await trx.deleteFrom('run_lock').where('name', 'in', stale).execute();
      const row = rows.find((r) => !stale.includes(r.name) && conflicts(r.name));
      if (row) return { runId: row.run_id, pid: row.pid, host: row.host, since: row.acquired_at };
      await trx.insertInto('run_lock').values({ name, run_id: o.runId, pid: process.pid, host, acquired_at: now, heartbeat_at: now }).execute();
      return null;
    });
    if (holder === null) break;
    if (o.signal?.aborted || Date.now() >= deadline) {
      await session?.();
      return { ok: false, holder, stopped: o.signal?.aborted === true };
    }
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
      try {
        await db.deleteFrom('run_lock').where('name', '=', name).where('run_id', '=', o.runId).execute();
      } finally {
        await session?.();
      }
    },
  };
}

/**
 * A SQLite hold that is a dead run's: of this host, its process is gone,
 * or it was not renewed for ten minutes; of another host, not renewed for
 * a minute.
 */
function isStale(row: { pid: number; host: string; heartbeat_at: string }, host: string): boolean {
  const quiet = Date.now() - Date.parse(row.heartbeat_at);
  if (row.host === host) return !isAlive(row.pid) || quiet > STALE_LIVE_PID_MS;
  return quiet > STALE_MS;
}

/** The second key of a hold's advisory lock: FNV-1a of its name and run, as a signed 32-bit number. */
function holdKey(name: string, runId: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${name}\n${runId}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * Holds the advisory lock (`HOLD_CLASS`, `key`) on a connection of its own
 * for as long as the run holds the warehouse; the server lets it go when
 * the session ends, however the process died. Returns the release.
 */
async function holdSession(db: Warehouse, key: number): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held!: (error: unknown) => void;
  const taken = new Promise<unknown>((resolve) => (held = resolve));
  const ended = db.connection().execute(async (conn) => {
    try {
      await sql`SELECT pg_advisory_lock(${HOLD_CLASS}::int4, ${key}::int4)`.execute(conn);
    } catch (error) {
      held(error);
      return;
    }
    held(null);
    await released;
    await sql`SELECT pg_advisory_unlock(${HOLD_CLASS}::int4, ${key}::int4)`.execute(conn).catch(() => undefined);
  }).catch((error: unknown) => held(error));
  const error = await taken;
  if (error !== null) throw error;
  return async () => {
    release();
    await ended;
  };
}

/** Whether the session holding a hold's advisory lock is still there: the lock cannot be had (asked within the transaction, so it ends with it). */
async function sessionAlive(trx: Warehouse, key: number): Promise<boolean> {
  const r = await sql<{ free: boolean }>`SELECT pg_try_advisory_xact_lock(${HOLD_CLASS}::int4, ${key}::int4) AS free`.execute(trx);
  return r.rows[0]?.free !== true;
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
