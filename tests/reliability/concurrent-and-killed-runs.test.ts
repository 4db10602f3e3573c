import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEV, HAS_DEV, ROOT } from '../helpers/shared-corpus.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { warehouseDump } from '../helpers/warehouse-dump.ts';

const dir = useTempDir();
const BIN = path.join(ROOT, 'bin/solieu.js');
const DOCS = ['000_730c65573414c71e.txt', '010.txt', '011.txt', '012.txt', '018.txt', '021.txt', '024.txt', '025.txt'];

/** A `solieu run` as its own process; resolves with its exit code and output, or is killed after `killAfterMs`. */
function runProcess(args: readonly string[], killAfterMs?: number): Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'run', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** A corpus of dev documents in a temporary folder. */
function corpus(name: string): string {
  const raw = path.join(dir.path, name);
  mkdirSync(raw, { recursive: true });
  for (const f of DOCS) copyFileSync(path.join(DEV, 'raw', f), path.join(raw, f));
  return raw;
}

function integrity(db: string): string {
  const sqlite = new Database(db, { readonly: true });
  try {
    return (sqlite.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
  } finally {
    sqlite.close();
  }
}

describe.skipIf(!HAS_DEV)('runs on one warehouse', () => {
  it('lets four runs started at once take turns, ten times over: no duplicate version, no lost document, no write failure', async () => {
    const raw = corpus('raw');
    const output = path.join(dir.path, 'out');
    const db = path.join(output, 'warehouse.sqlite');
    for (let round = 0; round < 10; round++) {
      // each round changes a report, so the runs have something to write and to race for
      appendFileSync(path.join(raw, DOCS[round % DOCS.length]!), `\nNăm 2024, vốn đầu tư thực hiện đạt ${round + 1}.000 tỷ đồng.\n`);
      const runs = await Promise.all([0, 1, 2, 3].map(() => runProcess(['--input', raw, '--output', output])));
      for (const r of runs) expect(r.code, r.stderr).toBe(0);
    }
    const sqlite = new Database(db, { readonly: true });
    try {
      const docs = sqlite.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number };
      expect(docs.n).toBe(DOCS.length);
      // every version has content its report's version before did not
      const repeats = sqlite
        .prepare('SELECT a.doc_id, a.version_no FROM document_versions a JOIN document_versions b ON b.doc_id = a.doc_id AND b.version_no = a.version_no + 1 WHERE a.content_hash = b.content_hash')
        .all();
      expect(repeats).toEqual([]);
      const versions = sqlite.prepare('SELECT COUNT(*) AS n FROM document_versions').get() as { n: number };
      // the first round's change is in its report's first version; each later round adds one
      expect(versions.n).toBe(DOCS.length + 9);
      expect(sqlite.prepare("SELECT COUNT(*) AS n FROM rejects WHERE code = 'WRITE_FAILED'").get()).toEqual({ n: 0 });
      expect(sqlite.prepare("SELECT status, COUNT(*) AS n FROM runs GROUP BY status").all()).toEqual([{ status: 'completed', n: 40 }]);
      expect(sqlite.prepare('SELECT COUNT(*) AS n FROM run_lock').get()).toEqual({ n: 0 });
    } finally {
      sqlite.close();
    }
    expect(integrity(db)).toBe('ok');
  }, 300_000);

  it('gives, after a run killed at ten points, the warehouse one uninterrupted run gives', async () => {
    const raw = corpus('raw');
    const reference = path.join(dir.path, 'reference');
    expect((await runProcess(['--input', raw, '--output', reference])).code).toBe(0);

    const output = path.join(dir.path, 'out');
    // kill points spread over the run, from before it opens the warehouse to its last documents (a fixed sequence, so a failure repeats)
    let seed = 7;
    const next = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    let killed = 0;
    for (let i = 0; i < 10; i++) {
      const r = await runProcess(['--input', raw, '--output', output], 300 + Math.floor(next() * 2500));
      if (r.signal === 'SIGKILL') killed++;
      else expect(r.code, r.stderr).toBe(0);
    }
    expect(killed).toBeGreaterThan(0);
    const last = await runProcess(['--input', raw, '--output', output]);
    expect(last.code, last.stderr).toBe(0);

    expect((await warehouseDump(path.join(output, 'warehouse.sqlite'), { stable: true })).tables).toEqual(
      (await warehouseDump(path.join(reference, 'warehouse.sqlite'), { stable: true })).tables,
    );
    expect(integrity(path.join(output, 'warehouse.sqlite'))).toBe('ok');
    const sqlite = new Database(path.join(output, 'warehouse.sqlite'), { readonly: true });
    try {
      const statuses = sqlite.prepare("SELECT DISTINCT status FROM runs WHERE status NOT IN ('completed', 'interrupted')").all();
      expect(statuses).toEqual([]);
    } finally {
      sqlite.close();
    }
    expect(readdirSync(output).filter((f) => /\.tmp-\d+$/.test(f))).toEqual([]);
    expect(existsSync(path.join(output, 'observations.csv'))).toBe(true);
  }, 300_000);
});
