import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { evaluate } from '../../src/eval/evaluate.ts';
import { loadGold } from '../../src/eval/gold.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { readManifest } from '../../src/stages/load/read-manifest.ts';
import pipeline from '../../pipelines/reports.ts';
import { DEV, HAS_DEV, ROOT } from '../helpers/shared-corpus.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const dir = useTempDir();

describe.skipIf(!HAS_DEV)('the development corpus (../shared/corpus/dev)', () => {
  it('loads every document and scores the seed report above the end-to-end floors', async () => {
    const output = path.join(dir.path, 'out');
    const summary = await runPipeline({
      input: path.join(DEV, 'raw'),
      output,
      db: path.join(output, 'warehouse.sqlite'),
      pipeline,
      manifest: readManifest(path.join(DEV, 'sources.tsv')),
    });
    expect(summary.documentsRejected).toBe(0);
    expect(summary.documentsLoaded).toBe(summary.documentsRead);
    const seed = evaluate([path.join(DEV, 'gold')], path.join(output, 'observations.csv')).documents.find((d) => d.sourcePath === '000_730c65573414c71e.txt')!;
    expect(seed.l1.f1).toBeGreaterThanOrEqual(0.9);
    expect(seed.l2.f1).toBeGreaterThanOrEqual(0.8);
    expect(seed.l3.f1).toBeGreaterThanOrEqual(0.7);
    expect(seed.falsePositives).toEqual([]);

    // no gold core figure of any dev document is quarantined by the rules (a quarantined figure is one a gold file states: same text and value)
    const gold = loadGold([path.join(DEV, 'gold'), path.join(ROOT, 'tests/fixtures/gold')]);
    const core = new Set(gold.flatMap((d) => d.observations.filter((o) => o.core).map((o) => `${d.sourcePath}|${o.text}`)));
    const quarantined = (parse(readFileSync(path.join(output, 'rejects.csv')), { columns: true }) as Record<string, string>[]).filter((r) => r['stage'] === 'validate');
    expect(quarantined.filter((r) => core.has(`${r['file']}|${r['text']}`)).map((r) => `${r['file']} ${r['code']} ${r['text']}`)).toEqual([]);
    expect(summary.observationsRejected).toBe(quarantined.length);
  });
});
