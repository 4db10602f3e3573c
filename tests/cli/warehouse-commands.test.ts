import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { ROOT } from '../helpers/shared-corpus.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

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

/** Another run's hold on the warehouse: this test process, alive for the whole test. */
function holdWarehouse(db: string): void {
  const sqlite = new Database(db);
  const now = new Date().toISOString();
  sqlite.prepare('INSERT INTO run_lock (name, run_id, pid, host, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?)').run('run', 'other-run', process.pid, hostname(), now, now);
  sqlite.close();
}

describe('solieu conflicts and export', () => {
  it('lists a series two reports state differently and picks the reported figure over the estimate', () => {
    twoReports();
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
  it('stops with exit 2 and one line when it may not wait', () => {
    twoReports();
    expect(solieu(['run', '--quiet']).code).toBe(EXIT.OK);
    holdWarehouse(path.join(dir.path, 'output', 'warehouse.sqlite'));
    const r = solieu(['run', '--quiet', '--wait', '0']);
    expect(r.code).toBe(EXIT.FAILED);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/in use by run other-run \(pid \d+/);
  });

  it('waits, saying so, and stops cleanly on SIGINT', async () => {
    twoReports();
    expect(solieu(['run', '--quiet']).code).toBe(EXIT.OK);
    holdWarehouse(path.join(dir.path, 'output', 'warehouse.sqlite'));
    const child = spawn(process.execPath, [BIN, 'run', '--quiet', '--wait', '60'], { cwd: dir.path, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/waiting up to 60 s/.test(stderr) && !child.killed) child.kill('SIGINT');
      });
      child.on('close', (c) => resolve(c));
    });
    expect(code).toBe(EXIT.FAILED);
    expect(stderr).toMatch(/in use by run other-run/);
    expect(stderr).toMatch(/stopped while waiting/);
  }, 60_000);
});

describe('solieu validate', () => {
  it('re-judges the warehouse by --strict and says what moved; exit 2 with one line where there is no warehouse', () => {
    const raw = path.join(dir.path, 'raw');
    mkdirSync(raw, { recursive: true });
    writeFileSync(path.join(raw, 'nam-2024.txt'), 'Báo cáo năm 2024\nTăng trưởng GRDP năm 2024 của tỉnh Lạng Sơn đạt 26,4%.\n');
    expect(solieu(['run', '--quiet']).code).toBe(EXIT.OK);
    const r = solieu(['validate', '--strict']);
    expect(r.code).toBe(EXIT.OK);
    expect(r.stdout).toMatch(/reports validated 1 \(in place 0, new versions 1\); observations accepted 0 \(0 with warnings\), quarantined 1/);
    expect(readFileSync(path.join(dir.path, 'output', 'rejects.csv'), 'utf8')).toContain('GDP_GROWTH_UNUSUAL');
    const none = solieu(['validate', '--output', 'nowhere']);
    expect(none.code).toBe(EXIT.FAILED);
    expect(none.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^solieu validate: no warehouse at .*nowhere/)]);
  });
});
