import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openWarehouseAt, type Warehouse } from '../../src/warehouse/database.ts';
import { migrateToLatest } from '../../src/warehouse/migrate-to-latest.ts';
import { acquireRunLock, HOLD_CLASS } from '../../src/warehouse/run-lock.ts';
import { startRun } from '../../src/warehouse/runs.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { describeWarehouses } from '../helpers/warehouses.ts';

const dir = useTempDir();

async function opened(target: string): Promise<Warehouse> {
  const db = openWarehouseAt(target);
  expect((await migrateToLatest(db)).error).toBeNull();
  return db;
}

async function holder(db: Warehouse, runId: string, name?: string) {
  const lock = await acquireRunLock(db, { runId, waitSeconds: 0, ...(name ? { name } : {}) });
  return lock;
}

describeWarehouses('acquireRunLock', (backend) => {
  it('lets one whole run hold the warehouse at a time, and the next take it once released', async () => {
    const target = await backend.warehouse(dir.path);
    const [a, b] = [await opened(target), openWarehouseAt(target)];
    try {
      const first = await holder(a, 'run-a');
      expect(first.ok).toBe(true);
      const second = await holder(b, 'run-b');
      expect(second.ok ? null : second.holder.runId).toBe('run-a');
      if (first.ok) await first.release();
      const third = await holder(b, 'run-b');
      expect(third.ok).toBe(true);
      if (third.ok) await third.release();
    } finally {
      await a.destroy();
      await b.destroy();
    }
  });

  it('lets the shards of a run hold side by side, and a whole run wait for them', async () => {
    const target = await backend.warehouse(dir.path);
    const [a, b, c] = [await opened(target), openWarehouseAt(target), openWarehouseAt(target)];
    try {
      const one = await holder(a, 'run-s', 'shard 1/2');
      const two = await holder(b, 'run-s', 'shard 2/2');
      expect([one.ok, two.ok]).toEqual([true, true]);
      const again = await holder(c, 'run-t', 'shard 2/2');
      expect(again.ok).toBe(false);
      const whole = await holder(c, 'run-w');
      expect(whole.ok).toBe(false);
      for (const l of [one, two]) if (l.ok) await l.release();
    } finally {
      for (const db of [a, b, c]) await db.destroy();
    }
  });

  it('takes over the hold of a run that died, and marks that run interrupted', async () => {
    const target = await backend.warehouse(dir.path);
    const db = await opened(target);
    const dead = openWarehouseAt(target);
    try {
      await startRun(db, { runId: 'run-dead', pipeline: 'p', inputDir: 'raw', version: '0', at: new Date().toISOString() });
      const lock = await holder(dead, 'run-dead');
      expect(lock.ok).toBe(true);
      // the process dies without releasing: the server ends its session (PostgreSQL), its pid is no one's (SQLite)
      if (backend.name === 'postgres') {
        await sql`SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND classid = ${HOLD_CLASS} AND granted`.execute(db);
      } else {
        await db.updateTable('run_lock').set({ pid: exitedPid() }).execute();
      }
      const next = await holder(db, 'run-next');
      expect(next.ok && next.interrupted).toEqual(['run-dead']);
      expect(await db.selectFrom('runs').select('status').where('run_id', '=', 'run-dead').executeTakeFirst()).toEqual({ status: 'interrupted' });
      if (next.ok) await next.release();
      // what is left of the dead run's handle lets its connections go: its row is gone already
      if (lock.ok) await lock.release();
    } finally {
      await dead.destroy();
      await db.destroy();
    }
  });

  it('keeps the hold of a live run that looks another host\'s with a clock far behind, on PostgreSQL; on SQLite a live pid of this host', async () => {
    const target = await backend.warehouse(dir.path);
    const [a, b] = [await opened(target), openWarehouseAt(target)];
    try {
      const lock = await holder(a, 'run-a');
      expect(lock.ok).toBe(true);
      const update = backend.name === 'postgres'
        // PostgreSQL asks the server whether the holder's session is there: host and heartbeat say nothing
        ? { host: 'elsewhere', heartbeat_at: '2000-01-01T00:00:00.000Z' }
        // SQLite: the process is alive on this host, and quiet for two minutes (its event loop busy)
        : { host: hostname(), heartbeat_at: new Date(Date.now() - 120_000).toISOString() };
      await a.updateTable('run_lock').set(update).execute();
      const other = await holder(b, 'run-b');
      expect(other.ok ? null : other.holder.runId).toBe('run-a');
      if (lock.ok) await lock.release();
    } finally {
      await a.destroy();
      await b.destroy();
    }
  });
});

describe('acquireRunLock on SQLite', () => {
  it('takes over a hold of another host not renewed for a minute', async () => {
    const db = await opened(`${dir.path}/w.sqlite`);
    try {
      const now = new Date(Date.now() - 61_000).toISOString();
      await db.insertInto('run_lock').values({ name: 'run', run_id: 'far', pid: process.pid, host: 'elsewhere', acquired_at: now, heartbeat_at: now }).execute();
      const lock = await holder(db, 'run-here');
      expect(lock.ok).toBe(true);
      if (lock.ok) await lock.release();
    } finally {
      await db.destroy();
    }
  });
});

/** The pid of a process that has ended. */
function exitedPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}
