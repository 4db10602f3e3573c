import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { openWarehouseAt } from '../../src/warehouse/database.ts';
import { DEV, HAS_DEV, ROOT } from '../helpers/shared-corpus.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { warehouseDump } from '../helpers/warehouse-dump.ts';
import { describeWarehouses } from '../helpers/warehouses.ts';

const dir = useTempDir();
const BIN = path.join(ROOT, 'bin/solieu.js');
const SHARDS = 4;

describeWarehouses('a run split into shards (--shard i/n, four processes at once)', (backend) => {
  it.skipIf(!HAS_DEV)('leaves the warehouse, the changes and the exports one run leaves, first and after the reports change', async () => {
    const raw = path.join(dir.path, 'raw');
    mkdirSync(raw);
    for (const f of readdirSync(path.join(DEV, 'raw'))) copyFileSync(path.join(DEV, 'raw', f), path.join(raw, f));
    mkdirSync(path.join(dir.path, 'one'));
    mkdirSync(path.join(dir.path, 'shards'));
    const one = await backend.warehouse(path.join(dir.path, 'one'));
    const sharded = await backend.warehouse(path.join(dir.path, 'shards'));

    const first = await runShards(raw, sharded);
    expect(first.map((r) => r.code)).toEqual(Array(SHARDS).fill(EXIT.OK));
    // every shard did a part, and the parts add up to the whole input
    const read = first.map((r) => Number(/documents read (\d+)/.exec(r.stdout)?.[1]));
    expect(read.every((n) => n > 0)).toBe(true);
    expect(read.reduce((a, b) => a + b, 0)).toBe(readdirSync(raw).length);
    expect(solieu(['run', '--quiet', '--input', raw, '--output', path.join(dir.path, 'one'), '--db', one]).code).toBe(EXIT.OK);
    expect((await warehouseDump(sharded, { stable: true })).tables).toEqual((await warehouseDump(one, { stable: true })).tables);
    // any shard's run names the round: the one that began first, whose siblings began after it
    const [lastOne, firstShard] = [await lastRun(one), await firstRun(sharded)];

    // a figure revised, a report renamed, one deleted, one added back under another name
    const files = readdirSync(raw).sort();
    const changed = files.find((f) => /\d,\d%/.test(readFileSync(path.join(raw, f), 'utf8')))!;
    const text = readFileSync(path.join(raw, changed), 'utf8');
    writeFileSync(path.join(raw, changed), text.replace(/(\d),(\d)%/, (_m, a: string, b: string) => `${a},${(Number(b) + 1) % 10}%`));
    renameSync(path.join(raw, files[1]!), path.join(raw, `moved-${files[1]}`));
    rmSync(path.join(raw, files[2]!));
    // files refused in whichever shard owns them
    for (let k = 0; k < 6; k++) writeFileSync(path.join(raw, `empty-${k}.txt`), '\n');
    const second = await runShards(raw, sharded);
    // a shard that refused a file says so, as the one run does
    expect(second.every((r) => r.code === EXIT.OK || r.code === EXIT.INPUTS_REJECTED)).toBe(true);
    expect(second.some((r) => r.code === EXIT.INPUTS_REJECTED)).toBe(true);
    expect(solieu(['run', '--quiet', '--input', raw, '--output', path.join(dir.path, 'one'), '--db', one]).code).toBe(EXIT.INPUTS_REJECTED);
    expect((await warehouseDump(sharded, { stable: true })).tables).toEqual((await warehouseDump(one, { stable: true })).tables);

    const changes = (db: string, since: string | null) => {
      const r = solieu(['diff', ...(since ? ['--since', since] : []), '--db', db, '--output', path.join(dir.path, 'diff'), '--json']);
      expect(r.code).toBe(EXIT.OK);
      const out = JSON.parse(r.stdout) as { revisions: Array<Record<string, unknown>>; reports: Array<Record<string, unknown>> };
      const strip = (rows: Array<Record<string, unknown>>) => rows.map(({ run_id: _r, at: _a, ...rest }) => JSON.stringify(rest)).sort();
      return { revisions: strip(out.revisions), reports: strip(out.reports) };
    };
    const oneChanges = changes(one, lastOne);
    expect(oneChanges.revisions.length).toBeGreaterThan(0);
    expect(oneChanges.reports.some((r) => r.includes('"renamed"'))).toBe(true);
    expect(oneChanges.reports.some((r) => r.includes('"missing"'))).toBe(true);
    expect(changes(sharded, firstShard)).toEqual(oneChanges);
    // with no --since, the last run is every shard of it
    expect(changes(sharded, null)).toEqual(changes(one, null));
    expect(changes(one, null)).toEqual(oneChanges);

    // the shards wrote no exports; solieu export writes what one run would have
    expect(readdirSync(path.join(dir.path, 'shards')).filter((f) => f.endsWith('.csv'))).toEqual([]);
    expect(solieu(['export', '--db', sharded, '--output', path.join(dir.path, 'shards')]).code).toBe(EXIT.OK);
    expect(solieu(['export', '--db', one, '--output', path.join(dir.path, 'one')]).code).toBe(EXIT.OK);
    expect(stableCsv(path.join(dir.path, 'one', 'rejects.csv')).filter((r) => r.includes('empty-'))).toHaveLength(6);
    for (const f of ['observations.csv', 'best_observations.csv', 'observations_history.csv', 'rejects.csv']) {
      expect(stableCsv(path.join(dir.path, 'shards', f)), f).toEqual(stableCsv(path.join(dir.path, 'one', f)));
    }
  }, 300_000);
});

function solieu(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The shards of one run over `raw`, as four processes at once. */
function runShards(raw: string, db: string): Promise<Array<{ code: number | null; stdout: string; stderr: string }>> {
  return Promise.all(
    Array.from({ length: SHARDS }, (_, k) => new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'run', '--input', raw, '--output', path.join(path.dirname(raw), 'shards'), '--db', db, '--shard', `${k + 1}/${SHARDS}`, '--workers', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    })),
  );
}

/** The run that began first. */
async function firstRun(target: string): Promise<string> {
  const db = openWarehouseAt(target);
  try {
    return (await db.selectFrom('runs').select('run_id').orderBy('started_at').limit(1).executeTakeFirstOrThrow()).run_id;
  } finally {
    await db.destroy();
  }
}

/** The run that began last. */
async function lastRun(target: string): Promise<string> {
  const db = openWarehouseAt(target);
  try {
    return (await db.selectFrom('runs').select('run_id').orderBy('started_at', 'desc').limit(1).executeTakeFirstOrThrow()).run_id;
  } finally {
    await db.destroy();
  }
}

/** A CSV's rows in file order, without the columns that name runs and load times. */
function stableCsv(file: string): string[] {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
  return rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => !['run_id', 'recorded_from', 'recorded_to', 'closed_run_id'].includes(k)))));
}
