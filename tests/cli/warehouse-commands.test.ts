import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { ROOT } from '../helpers/shared-corpus.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { createDatabaseOn } from '../helpers/postgres-server.ts';
import { describeWarehouses } from '../helpers/warehouses.ts';
import { openWarehouseAt } from '../../src/warehouse/database.ts';
import { acquireRunLock } from '../../src/warehouse/run-lock.ts';

const dir = useTempDir();
const BIN = path.join(ROOT, 'bin/solieu.js');

function solieu(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir.path });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Two reports stating the same series differently, one of them as an estimate. */
function twoReports(): string {
  const raw = path.join(dir.path, 'raw');
  mkdirSync(raw, { recursive: true });
  writeFileSync(path.join(raw, 'thang-1.txt'), 'Báo cáo tháng 1/2024\nTốc độ tăng trưởng GRDP của Quảng Ninh năm 2023 ước đạt 11%.\n');
  writeFileSync(path.join(raw, 'thang-3.txt'), 'Báo cáo tháng 3/2024\nTốc độ tăng trưởng GRDP của Quảng Ninh năm 2023 đạt 11,03%.\n');
  return raw;
}

/** Another run's hold on the warehouse, taken as a run takes it, by this test process until the release it returns is called. */
async function holdWarehouse(target: string): Promise<() => Promise<void>> {
  const db = openWarehouseAt(target);
  const lock = await acquireRunLock(db, { runId: 'other-run', waitSeconds: 0 });
  if (!lock.ok) throw new Error(`expected the warehouse free, got it held by ${lock.holder.runId}`);
  return async () => {
    await lock.release();
    await db.destroy();
  };
}

describeWarehouses('solieu run, conflicts, export and validate', (backend) => {
  it('lists a series two reports state differently and picks the reported figure over the estimate', async () => {
    twoReports();
    const db = await backend.warehouse(path.join(dir.path, 'output'));
    const solieu = (args: string[]) => solieuOn(db, args);
    expect(solieu(['run', '--quiet']).code).toBe(EXIT.OK);
    const r = solieu(['conflicts', '--json']);
    expect(r.code).toBe(EXIT.OK);
    const out = JSON.parse(r.stdout) as { series: number; rows: Array<{ value: number; status: string | null; best: boolean; source_path: string }> };
    expect(out.series).toBe(1);
    expect(out.rows.map((x) => [x.source_path, x.value, x.status, x.best])).toEqual([
      ['thang-1.txt', 11, 'estimate', false],
      ['thang-3.txt', 11.03, null, true],
    ]);
    expect(solieu(['conflicts']).stdout).toMatch(/1 series stated differently by different reports/);
    expect(solieu(['export']).code).toBe(EXIT.OK);
    const best = readFileSync(path.join(dir.path, 'output', 'best_observations.csv'), 'utf8');
    expect(best).toMatch(/thang-3\.txt/);
    expect(best).not.toMatch(/thang-1\.txt/);
  });

  it('picks between equally dated figures by the reports, not by which was loaded last', async () => {
    const raw = path.join(dir.path, 'raw');
    mkdirSync(raw, { recursive: true });
    const db = await backend.warehouse(path.join(dir.path, 'output'));
    // b.txt loaded in a run after a.txt: the pick stays a.txt's, as when both come in one run
    writeFileSync(path.join(raw, 'a.txt'), 'Tốc độ tăng trưởng GRDP của Bắc Ninh năm 2023 đạt 3,4%.\n');
    expect(solieuOn(db, ['run', '--quiet']).code).toBe(EXIT.OK);
    writeFileSync(path.join(raw, 'b.txt'), 'Tốc độ tăng trưởng GRDP của Bắc Ninh năm 2023 đạt 3,2%.\n');
    expect(solieuOn(db, ['run', '--quiet']).code).toBe(EXIT.OK);
    const out = JSON.parse(solieuOn(db, ['conflicts', '--json']).stdout) as { rows: Array<{ value: number; best: boolean; source_path: string }> };
    expect(out.rows.map((x) => [x.source_path, x.value, x.best])).toEqual([['a.txt', 3.4, true], ['b.txt', 3.2, false]]);
  });

  it('stops with exit 2 and one line when another run holds the warehouse and it may not wait', async () => {
    twoReports();
    const db = await backend.warehouse(path.join(dir.path, 'output'));
    expect(solieuOn(db, ['run', '--quiet']).code).toBe(EXIT.OK);
    const release = await holdWarehouse(db);
    try {
      const r = solieuOn(db, ['run', '--quiet', '--wait', '0']);
      expect(r.code).toBe(EXIT.FAILED);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/in use by run other-run \(pid \d+/);
    } finally {
      await release();
    }
  });

  it('re-judges the warehouse by --strict with validate and says what moved', async () => {
    const raw = path.join(dir.path, 'raw');
    mkdirSync(raw, { recursive: true });
    writeFileSync(path.join(raw, 'nam-2024.txt'), 'Báo cáo năm 2024\nTăng trưởng GRDP năm 2024 của tỉnh Lạng Sơn đạt 26,4%.\n');
    const db = await backend.warehouse(path.join(dir.path, 'output'));
    expect(solieuOn(db, ['run', '--quiet']).code).toBe(EXIT.OK);
    const r = solieuOn(db, ['validate', '--strict']);
    expect(r.code).toBe(EXIT.OK);
    expect(r.stdout).toMatch(/reports validated 1 \(in place 0, new versions 1\); observations accepted 0 \(0 with warnings\), quarantined 1/);
    expect(readFileSync(path.join(dir.path, 'output', 'rejects.csv'), 'utf8')).toContain('GDP_GROWTH_UNUSUAL');
  });
});

/** solieu on the warehouse given (a file or a URL), with the exports in output/. */
function solieuOn(db: string, args: string[]) {
  return solieu([...args, '--db', db]);
}

describe('solieu commands without a warehouse', () => {
  it('exits 2 with one line when there is no warehouse', () => {
    for (const command of ['diff', 'export', 'conflicts']) {
      const r = solieu([command, '--output', path.join(dir.path, 'nowhere')]);
      expect(r.code).toBe(EXIT.FAILED);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/no warehouse at/);
    }
  });
});

describe('solieu run on a warehouse another run holds', () => {
  it('waits, saying so, and stops cleanly on SIGINT', async () => {
    twoReports();
    expect(solieu(['run', '--quiet']).code).toBe(EXIT.OK);
    const release = await holdWarehouse(path.join(dir.path, 'output', 'warehouse.sqlite'));
    const child = spawn(process.execPath, [BIN, 'run', '--quiet', '--wait', '60'], { cwd: dir.path, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/waiting up to 60 s/.test(stderr) && !child.killed) child.kill('SIGINT');
      });
      child.on('close', (c) => resolve(c));
    });
    await release();
    expect(code).toBe(EXIT.FAILED);
    expect(stderr).toMatch(/in use by run other-run/);
    expect(stderr).toMatch(/stopped while waiting/);
  }, 60_000);
});

describe('solieu validate without a warehouse', () => {
  it('exits 2 with one line', () => {
    const none = solieu(['validate', '--output', 'nowhere']);
    expect(none.code).toBe(EXIT.FAILED);
    expect(none.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^solieu validate: no warehouse at .*nowhere/)]);
  });
});

const server = inject('postgres').url;

describe.skipIf(server === null)('solieu commands on a PostgreSQL database', () => {
  it('refuses, with one line and exit 2, a database solieu never wrote, and leaves it empty', async () => {
    const url = await createDatabaseOn(server!);
    for (const command of ['diff', 'export', 'conflicts', 'validate']) {
      const r = solieu([command, '--db', url, '--output', path.join(dir.path, 'out')]);
      expect(r.code).toBe(EXIT.FAILED);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/no warehouse at postgres:\/\/.*the database has no solieu tables/)]);
    }
    expect(await tablesOf(url)).toEqual([]);
  });

  it('exports, diffs and lists conflicts of a warehouse through a role that may only read it', async () => {
    twoReports();
    const url = await createDatabaseOn(server!);
    expect(solieu(['run', '--quiet', '--db', url]).code).toBe(EXIT.OK);
    const reader = new URL(url);
    reader.username = `reader_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE ${reader.username} LOGIN`);
      await admin.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${reader.username}`);
      // PostgreSQL 15 gives no one but the owner CREATE on the public schema: the reader could not make a table if it tried
      await admin.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    } finally {
      await admin.end();
    }
    const out = path.join(dir.path, 'read');
    const r = solieu(['export', '--db', reader.toString(), '--output', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.OK);
    expect(readFileSync(path.join(out, 'observations.csv'), 'utf8')).toContain('11,03%');
    for (const command of ['diff', 'conflicts']) {
      const read = solieu([command, '--db', reader.toString(), '--output', out]);
      expect(read.stderr).toBe('');
      expect(read.code).toBe(EXIT.OK);
    }
  });
});

async function tablesOf(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`)).rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}
