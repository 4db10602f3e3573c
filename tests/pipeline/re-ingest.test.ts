import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { runPipeline, type RunSummary } from '../../src/pipeline/run-pipeline.ts';
import { readManifest } from '../../src/stages/load/read-manifest.ts';
import { openWarehouseAt } from '../../src/warehouse/database.ts';
import type { Revision } from '../../src/warehouse/revisions-query.ts';
import pipeline from '../../pipelines/reports.ts';
import { DEV, HAS_DEV, ROOT } from '../helpers/shared-corpus.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { warehouseDump } from '../helpers/warehouse-dump.ts';
import { describeWarehouses } from '../helpers/warehouses.ts';

const dir = useTempDir();
const BIN = path.join(ROOT, 'bin/solieu.js');
const FIRST = '2024-01-10';
const SECOND = '2024-03-10';
/** The sentence deleted from 011.txt: its figures only, no time or place that later sentences carry. */
const DELETED = 'Vụ lúa mùa năm nay cả nước gieo cấy được';

describeWarehouses('re-ingesting updated reports (dev documents in a temporary folder)', (backend) => {
  it.skipIf(!HAS_DEV)('tells one revision, retracted and new figures and a rename apart, keeps a missing report until --prune, and answers as of a day', async () => {
    const raw = path.join(dir.path, 'raw');
    const output = path.join(dir.path, 'out');
    mkdirSync(raw);
    mkdirSync(output);
    const db = await backend.warehouse(output);
    for (const f of ['010.txt', '011.txt', '012.txt', '018.txt', '021.txt']) copyFileSync(path.join(DEV, 'raw', f), path.join(raw, f));
    const manifest = (dates: Record<string, string>): string => {
      const file = path.join(dir.path, 'manifest.csv');
      writeFileSync(file, `file,published\n${Object.entries(dates).map(([f, d]) => `${f},${d}`).join('\n')}\n`);
      return file;
    };
    const run = (m: string, prune = false): Promise<RunSummary> => runPipeline({ input: raw, output, db, pipeline, manifest: readManifest(m), prune });

    const first = await run(manifest({ '010.txt': FIRST, '011.txt': FIRST, '012.txt': FIRST, '018.txt': FIRST, '021.txt': FIRST }));
    expect(first).toMatchObject({ documentsLoaded: 5, documentsRejected: 0 });
    const firstExport = readFileSync(path.join(output, 'observations.csv'), 'utf8');
    const before = await rowsOf(db);

    // one figure changed, one sentence deleted, one report renamed, one deleted, one added
    const text010 = readFileSync(path.join(raw, '010.txt'), 'utf8');
    expect(text010.split('10,9%').length).toBe(2);
    writeFileSync(path.join(raw, '010.txt'), text010.replace('10,9%', '11,9%'));
    const lines011 = readFileSync(path.join(raw, '011.txt'), 'utf8').split('\n');
    writeFileSync(path.join(raw, '011.txt'), lines011.filter((l) => !l.startsWith(DELETED)).join('\n'));
    renameSync(path.join(raw, '012.txt'), path.join(raw, 'renamed-012.txt'));
    rmSync(path.join(raw, '018.txt'));
    copyFileSync(path.join(DEV, 'raw', '024.txt'), path.join(raw, '024.txt'));
    const second = await run(manifest({ '010.txt': SECOND, '011.txt': SECOND, 'renamed-012.txt': FIRST, '021.txt': FIRST, '024.txt': SECOND }));
    expect(second).toMatchObject({ documentsLoaded: 3, documentsUnchanged: 1, documentsRenamed: 1, documentsMissing: 1, documentsRejected: 0 });

    const diff = cli(['diff', '--output', output, '--db', db, '--json']);
    expect(diff.code).toBe(0);
    const changes = JSON.parse(diff.stdout) as { revisions: Revision[]; reports: { doc_id: string; kind: string; detail: string | null }[] };
    const byKind = (c: Revision['change']) => changes.revisions.filter((r) => r.change === c);
    expect(byKind('revised').map((r) => [r.doc_id, r.old_text, r.new_text, r.old_value, r.new_value])).toEqual([['010.txt', '10,9%', '11,9%', 10.9, 11.9]]);
    expect(byKind('reclassified')).toEqual([]);
    const deleted = before.filter((r) => r.doc_id === '011.txt' && r.sentence.startsWith(DELETED));
    expect(deleted.length).toBeGreaterThan(0);
    expect(byKind('retracted').map((r) => [r.doc_id, r.obs_key])).toEqual(deleted.map((r) => ['011.txt', r.obs_key]));
    const added = (await rowsOf(db)).filter((r) => r.doc_id === '024.txt' && r.current);
    expect(byKind('new').map((r) => [r.doc_id, r.new_text])).toEqual(added.map((r) => ['024.txt', r.text]));
    expect(changes.revisions.some((r) => r.doc_id === '012.txt')).toBe(false);
    expect(changes.reports).toEqual(expect.arrayContaining([
      expect.objectContaining({ doc_id: '012.txt', kind: 'renamed', detail: 'from 012.txt' }),
      expect.objectContaining({ doc_id: '018.txt', kind: 'missing' }),
    ]));
    expect(readFileSync(path.join(output, 'revisions.csv'), 'utf8').trim().split('\n')).toHaveLength(changes.revisions.length + 1);

    // the deleted report is missing and still current, until a run prunes it
    const of018 = before.filter((r) => r.doc_id === '018.txt');
    expect((await rowsOf(db)).filter((r) => r.doc_id === '018.txt' && r.current)).toHaveLength(of018.length);
    const third = await run(manifest({ '010.txt': SECOND, '011.txt': SECOND, 'renamed-012.txt': FIRST, '021.txt': FIRST, '024.txt': SECOND }), true);
    expect(third).toMatchObject({ documentsLoaded: 0, documentsPruned: 1, figures: { retracted: of018.length } });
    expect((await rowsOf(db)).filter((r) => r.doc_id === '018.txt' && r.current)).toEqual([]);
    const pruneDiff = JSON.parse(cli(['diff', '--output', output, '--db', db, '--json']).stdout) as { revisions: Revision[] };
    expect(pruneDiff.revisions.map((r) => [r.doc_id, r.change])).toEqual(of018.map(() => ['018.txt', 'retracted']));

    // as of the day before the second publication: the first run's figures
    const asOf = cli(['export', '--output', path.join(dir.path, 'as-of'), '--db', db, '--as-of', '2024-03-09']);
    expect(asOf.code).toBe(0);
    expect(figuresOf(readFileSync(path.join(dir.path, 'as-of', 'observations.csv'), 'utf8'))).toEqual(figuresOf(firstExport));
    expect(figuresOf(readFileSync(path.join(dir.path, 'as-of', 'observations.csv'), 'utf8'))).not.toEqual(figuresOf(readFileSync(path.join(output, 'observations.csv'), 'utf8')));

    // an unchanged run writes nothing but its run row
    const dumped = await warehouseDump(db);
    const fourth = await run(manifest({ '010.txt': SECOND, '011.txt': SECOND, 'renamed-012.txt': FIRST, '021.txt': FIRST, '024.txt': SECOND }), true);
    expect(fourth).toMatchObject({ documentsLoaded: 0, documentsUpdated: 0, documentsUnchanged: 5, documentsMissing: 0 });
    const after = await warehouseDump(db);
    expect(after.runs).toBe(dumped.runs + 1);
    expect({ ...after, runs: 0 }).toEqual({ ...dumped, runs: 0 });
  });
});

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every stored figure, with whether it is current. */
async function rowsOf(target: string) {
  const db = openWarehouseAt(target);
  try {
    const rows = await db
      .selectFrom('observations as o')
      .innerJoin('sentences as s', 's.sentence_id', 'o.sentence_id')
      .select(['o.doc_id', 'o.obs_key', 'o.text', 'o.value', 's.text as sentence', 'o.vintage_to', 'o.retracted'])
      .orderBy('o.obs_id')
      .execute();
    return rows.map((r) => ({ ...r, current: r.vintage_to === null && r.retracted === 0 }));
  } finally {
    await db.destroy();
  }
}

/** The figures of an observations.csv by report id and figure key, whatever path the report has now. */
function figuresOf(csv: string): string[] {
  const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
  return rows.map((r) => `${r['doc_id']} ${r['obs_key']} ${r['value']}`).sort();
}
