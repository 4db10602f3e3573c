import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statfsSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.ts';
import { warehouseDump } from '../helpers/warehouse-dump.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/solieu.js');
const dir = useTempDir();
const mounted: string[] = [];

afterEach(() => {
  for (const m of mounted.splice(0)) spawnSync('umount', [m]);
});

/** A small file system of `size` (a tmpfs) at `at`, or false where the machine does not let the tests mount one. */
function smallDisk(at: string, size: string): boolean {
  mkdirSync(at, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at]);
  if (r.status !== 0) return false;
  mounted.push(at);
  return true;
}

function resize(at: string, size: string): void {
  expect(spawnSync('mount', ['-o', `remount,size=${size}`, at]).status).toBe(0);
}

/** Invented reports, each with its own figures: enough text and figures to fill a disk of a few hundred KB. */
function corpus(n: number): string {
  const raw = path.join(dir.path, 'raw');
  mkdirSync(raw);
  for (let i = 0; i < n; i++) {
    writeFileSync(
      path.join(raw, `bao-cao-${String(i).padStart(3, '0')}.txt`),
      [
        `Báo cáo tình hình kinh tế - xã hội số ${i + 1}`,
        `Tổng sản phẩm trên địa bàn (GRDP) năm 2023 ước tăng ${(i % 9) + 1},${i % 10}% so với năm trước; quy mô nền kinh tế đạt ${1000 + i}.839 tỷ đồng.`,
        `Thu ngân sách nhà nước đạt ${500 + i} tỷ đồng, vượt ${(i % 20) + 1}% dự toán; kim ngạch xuất khẩu đạt ${i + 1},6 triệu USD.`,
        `Toàn tỉnh có ${1200 + i} doanh nghiệp thành lập mới với tổng vốn đăng ký ${3000 + i} tỷ đồng; ${i + 10} dự án được cấp phép.`,
      ].join('\n'),
    );
  }
  return raw;
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'run', '--quiet', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
  } finally {
    db.close();
  }
}

const CAN_MOUNT = process.platform === 'linux' && process.getuid?.() === 0;
if (!CAN_MOUNT) console.warn('reliability: not root on Linux, so no small tmpfs can be mounted; the full-disk cases are skipped');

describe.skipIf(!CAN_MOUNT)('a full disk', () => {
  it('stops a run whose warehouse disk fills with exit 2 and one line, leaves the warehouse whole, and the rerun with room equals one clean run', async () => {
    const raw = corpus(80);
    const reference = path.join(dir.path, 'reference');
    expect(run(['--input', raw, '--output', reference]).code).toBe(0);

    const disk = path.join(dir.path, 'disk');
    if (!smallDisk(disk, '256k')) {
      console.warn('reliability: mount refused here; the full-disk case is not checked');
      return;
    }
    const out = path.join(disk, 'out');
    const full = run(['--input', raw, '--output', out]);
    expect(full.code, full.stdout).toBe(2);
    expect(full.stderr.trim().split('\n')).toHaveLength(1);
    expect(full.stderr).toMatch(/^solieu run: cannot write the warehouse .*warehouse\.sqlite: the disk is full \(SQLITE_FULL\)/);
    expect(readdirSync(out).filter((f) => /\.tmp-\d+$/.test(f))).toEqual([]);

    resize(disk, '64m');
    expect(integrity(path.join(out, 'warehouse.sqlite'))).toBe('ok');
    const rerun = run(['--input', raw, '--output', out]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(integrity(path.join(out, 'warehouse.sqlite'))).toBe('ok');
    expect((await warehouseDump(path.join(out, 'warehouse.sqlite'), { stable: true })).tables).toEqual(
      (await warehouseDump(path.join(reference, 'warehouse.sqlite'), { stable: true })).tables,
    );
  });

  it('stops a run whose export disk fills with exit 2 and one line naming the file, leaving no temporary file and the old export in place', () => {
    const raw = corpus(80);
    const disk = path.join(dir.path, 'disk');
    if (!smallDisk(disk, '64m')) {
      console.warn('reliability: mount refused here; the full-disk case is not checked');
      return;
    }
    const out = path.join(disk, 'out');
    const db = path.join(dir.path, 'warehouse.sqlite');
    expect(run(['--input', raw, '--output', out, '--db', db]).code).toBe(0);
    const before = readdirSync(out).sort();
    // fill the disk but for 16 KB, then change one report so the run has something to write
    const fs = statfsSync(disk);
    writeFileSync(path.join(disk, 'filler'), Buffer.alloc(fs.bavail * fs.bsize - 16 * 1024));
    writeFileSync(path.join(raw, 'bao-cao-000.txt'), 'Tổng sản phẩm trên địa bàn (GRDP) năm 2023 ước tăng 9,9% so với năm trước.');
    const full = run(['--input', raw, '--output', out, '--db', db]);
    expect(full.code, full.stdout).toBe(2);
    expect(full.stderr.trim().split('\n')).toHaveLength(1);
    expect(full.stderr).toMatch(/^solieu run: cannot write .*\/out\/observations\.csv: ENOSPC/);
    expect(readdirSync(out).sort()).toEqual(before);
    expect(existsSync(path.join(out, 'observations.csv'))).toBe(true);
    expect(integrity(db)).toBe('ok');

    unlinkSync(path.join(disk, 'filler'));
    const rerun = run(['--input', raw, '--output', out, '--db', db]);
    expect(rerun.code, rerun.stderr).toBe(0);
  });
});
