import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { openWarehouseAt } from '../../src/warehouse/database.ts';
import pipeline from '../../pipelines/reports.ts';
import { startPostgres, type PostgresServer } from '../helpers/postgres-server.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { warehouseDump } from '../helpers/warehouse-dump.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/solieu.js');
const dir = useTempDir();
let server: PostgresServer | null = null;
afterAll(() => server?.dispose());

/** Invented reports, each with figures of its own: enough that a run takes some seconds. */
function corpus(n: number): string {
  const raw = path.join(dir.path, 'raw');
  mkdirSync(raw);
  for (let i = 0; i < n; i++) {
    const lines = [`Báo cáo tình hình kinh tế - xã hội tháng ${(i % 12) + 1} năm 2024 của tỉnh Quảng Ninh, số ${i + 1}`];
    for (let k = 0; k < 30; k++) {
      lines.push(`Tổng sản phẩm trên địa bàn (GRDP) quý ${(k % 4) + 1} năm 2023 ước tăng ${(i % 9) + 1},${k % 10}% so với cùng kỳ; thu ngân sách đạt ${500 + i + k} tỷ đồng, vượt ${(k % 20) + 1}% dự toán.`);
    }
    writeFileSync(path.join(raw, `bao-cao-${String(i).padStart(3, '0')}.txt`), `${lines.join('\n')}\n`);
  }
  return raw;
}

async function storedVersions(url: string): Promise<number> {
  const db = openWarehouseAt(url);
  try {
    return Number((await db.selectFrom('document_versions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  } catch {
    return 0;
  } finally {
    await db.destroy();
  }
}

describe.skipIf(inject('postgres').url === null)('the PostgreSQL server going away in the middle of a run', () => {
  it('ends the run with one line and exit 2, loses no committed report, and the next run stores the rest', async () => {
    const started = await startPostgres();
    if (!started.ok) throw new Error(started.reason);
    server = started.server;
    const url = await server.createDatabase('went_away');
    const raw = corpus(150);
    const output = path.join(dir.path, 'out');

    const child = spawn(process.execPath, [BIN, 'run', '--quiet', '--input', raw, '--output', output, '--db', url, '--workers', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // stop the server once some reports are committed, well before the run ends
    let before = 0;
    for (let waited = 0; before < 10 && waited < 120_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      before = await storedVersions(url);
    }
    expect(before).toBeGreaterThanOrEqual(10);
    server.stop();
    const code = await exited;
    expect(code, stderr).toBe(EXIT.FAILED);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^solieu run: cannot write the warehouse postgres:\/\/solieu@127\.0\.0\.1:\d+\/went_away: the database server went away: .*run again once the server is back/)]);

    server.start();
    const kept = await storedVersions(url);
    expect(kept).toBeGreaterThanOrEqual(before);
    expect(kept).toBeLessThan(150);
    const again = await runPipeline({ input: raw, output, db: url, pipeline, workers: 1 });
    expect(again).toMatchObject({ documentsLoaded: 150 - kept, documentsUnchanged: kept, documentsRejected: 0 });
    expect(again.interruptedRuns).toHaveLength(1);

    // what the two runs left is what one run leaves
    const reference = await server.createDatabase('in_one_run');
    await runPipeline({ input: raw, output: path.join(dir.path, 'reference'), db: reference, pipeline, workers: 1 });
    expect((await warehouseDump(url, { stable: true })).tables).toEqual((await warehouseDump(reference, { stable: true })).tables);
  }, 300_000);
});
