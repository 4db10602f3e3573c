/**
 * `npm run eval:dev`: runs the default pipeline over the development corpus
 * (../shared/corpus/dev/raw) into a temporary folder and scores it against
 * the corpus's gold and the project's own gold (tests/fixtures/gold).
 * Prints per-document scores and, last, the totals. Fails (exit 1) when a
 * total falls below the floors the project has reached, so a regression
 * cannot land unnoticed.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPipeline } from '../src/cli/load-pipeline.ts';
import { evaluate } from '../src/eval/evaluate.ts';
import { formatEvaluation } from '../src/eval/format-evaluation.ts';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import { readManifest } from '../src/stages/load/read-manifest.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = path.resolve(root, '../shared/corpus/dev');
const projectGold = path.join(root, 'tests/fixtures/gold');

/**
 * The accuracy the project has committed to on all dev gold (the acceptance
 * targets of its issues); a run below any of them fails.
 */
const FLOORS = { l1: 0.97, l2: 0.95, l3: 0.9, qualifier: 0.95, status: 0.95, region: 0.95 };

if (!existsSync(path.join(dev, 'raw'))) {
  process.stderr.write(`eval:dev: ${dev}/raw not found; the development corpus sits beside the project in ../shared\n`);
  process.exit(2);
}
const details = process.argv.includes('--details');
const out = await mkdtemp(path.join(os.tmpdir(), 'solieu-eval-'));
try {
  const summary = await runPipeline({
    input: path.join(dev, 'raw'),
    output: out,
    db: path.join(out, 'warehouse.sqlite'),
    pipeline: await loadPipeline('reports'),
    manifest: readManifest(path.join(dev, 'sources.tsv')),
  });
  const goldDirs = [path.join(dev, 'gold'), ...(existsSync(projectGold) ? [projectGold] : [])];
  const result = evaluate(goldDirs, path.join(out, 'observations.csv'));
  process.stdout.write(`dev corpus: ${summary.documentsRead} documents, ${summary.observationsAccepted} observations, ${result.documents.length} with gold\n`);
  process.stdout.write(`${formatEvaluation(result, { details })}\n`);
  const t = result.total;
  const below = [
    ['L1 F1', t.l1.f1, FLOORS.l1],
    ['L2 F1', t.l2.f1, FLOORS.l2],
    ['L3 F1', t.l3.f1, FLOORS.l3],
    ['qualifier', t.qualifier.accuracy, FLOORS.qualifier],
    ['status', t.status.accuracy, FLOORS.status],
    ['region', t.region.accuracy, FLOORS.region],
  ].filter(([, got, floor]) => (got as number) < (floor as number));
  if (below.length > 0) {
    process.stderr.write(`eval:dev: below the floor: ${below.map(([n, g, f]) => `${n} ${(g as number).toFixed(3)} < ${f}`).join(', ')}\n`);
    process.exitCode = 1;
  }
} finally {
  await rm(out, { recursive: true, force: true });
}
