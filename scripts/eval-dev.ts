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
import { loadPipeline } from '../src/pipeline/load-pipeline.ts';
import { evaluate } from '../src/eval/evaluate.ts';
import { formatEvaluation } from '../src/eval/format-evaluation.ts';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import { readManifest } from '../src/stages/load/read-manifest.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = path.resolve(root, '../shared/corpus/dev');
const projectGold = path.join(root, 'tests/fixtures/gold');

/**
 * The floors: what the pipeline measures today on all dev gold. They are a
 * ratchet: raised as work lands, never lowered to let a change through. A run
 * below any of them fails.
 */
const FLOORS = { l1: 0.99, l2: 0.954, l3: 0.926, l3Precision: 0.93, qualifier: 0.991, status: 0.958, region: 0.955 };
/** The acceptance targets of the open context issue; printed, not enforced, until the floors reach them. */
const TARGETS = { l1: 0.98, l2: 0.95, l3: 0.9, l3Precision: 0.9, qualifier: 0.95, status: 0.95, region: 0.95 };

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
  const measured = [
    ['L1 F1', t.l1.f1, FLOORS.l1, TARGETS.l1],
    ['L2 F1', t.l2.f1, FLOORS.l2, TARGETS.l2],
    ['L3 F1', t.l3.f1, FLOORS.l3, TARGETS.l3],
    ['L3 P', t.l3.precision, FLOORS.l3Precision, TARGETS.l3Precision],
    ['qualifier', t.qualifier.accuracy, FLOORS.qualifier, TARGETS.qualifier],
    ['status', t.status.accuracy, FLOORS.status, TARGETS.status],
    ['region', t.region.accuracy, FLOORS.region, TARGETS.region],
  ] as const;
  const short = measured.filter(([, got, , target]) => got < target);
  if (short.length > 0) {
    process.stdout.write(`short of the targets: ${short.map(([n, g, , target]) => `${n} ${g.toFixed(3)} < ${target}`).join(', ')}\n`);
  }
  const below = measured.filter(([, got, floor]) => got < floor);
  if (below.length > 0) {
    process.stderr.write(`eval:dev: below the floor: ${below.map(([n, g, f]) => `${n} ${g.toFixed(3)} < ${f}`).join(', ')}\n`);
    process.exitCode = 1;
  }
} finally {
  await rm(out, { recursive: true, force: true });
}
