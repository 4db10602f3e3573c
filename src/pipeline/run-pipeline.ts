import { randomBytes } from 'node:crypto';
import { access, mkdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { exportRun } from '../export/export-run.ts';
import { buildDocument, readSourceBytes } from '../stages/load/read-document.ts';
import { formatOf, listInputFiles } from '../stages/load/list-input-files.ts';
import { loadTaxonomy } from '../taxonomy/load-taxonomy.ts';
import { openSqliteWarehouse, type Warehouse } from '../warehouse/database.ts';
import { migrateToLatest } from '../warehouse/migrate-to-latest.ts';
import { currentVersion, finishRun, startRun, touchDocument, writeRunRejects } from '../warehouse/runs.ts';
import { writeDocumentVersion } from '../warehouse/write-document-version.ts';
import type { PipelineDefinition } from './define-pipeline.ts';
import { stageContext } from '../stages/stage.ts';
import { processDocument } from './process-document.ts';
import { makeReject, type Reject } from '../core/reject-codes.ts';
import { SOLIEU_VERSION } from './solieu-version.ts';

/** What a run needs, normalised by the CLI (paths resolved, defaults set). */
export interface RunOptions {
  readonly input: string;
  readonly output: string;
  readonly db: string;
  readonly pipeline: PipelineDefinition;
  /** Publication date for every document, overriding what the files say. */
  readonly published?: string | null;
  /** Per-file metadata from a manifest (publication dates), by relative path. */
  readonly manifest?: ReadonlyMap<string, { readonly published: string | null }>;
  readonly concurrency?: number;
  /** Called after each file, for progress display. */
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

/** Counts for one stage across the run: what it took in (what the stage before it left) and what it left. */
export interface StageInfo {
  readonly stage: string;
  readonly in: number;
  readonly out: number;
  readonly rejected: number;
}

/** What a run did; its counts add up: read = loaded + unchanged + rejected. */
export interface RunSummary {
  readonly runId: string;
  readonly documentsRead: number;
  readonly documentsLoaded: number;
  readonly documentsUnchanged: number;
  readonly documentsRejected: number;
  /** Files of types the pipeline does not read (listed, not processed). */
  readonly filesIgnored: readonly string[];
  readonly observationsAccepted: number;
  readonly observationsRejected: number;
  readonly exported: { readonly observations: number; readonly rejects: number };
  readonly rejectedFiles: readonly Reject[];
  readonly stages: readonly StageInfo[];
  readonly seconds: number;
}

/** A failure of the run itself (not of one input): bad paths, an unwritable output, a broken warehouse. */
export class RunError extends Error {
  override readonly name = 'RunError';
}

/**
 * Runs a pipeline over an input folder into a warehouse and CSV exports.
 * Files are read and processed concurrently (one p-limit for files); the
 * warehouse has a single writer (a second p-limit of one), and each document
 * version is written in one transaction. A file that cannot be read or
 * processed becomes a reject and the run goes on; only failures of the run
 * itself throw a {@link RunError}.
 *
 * @example
 * const summary = await runPipeline({ input: 'raw', output: 'output', db: 'output/warehouse.sqlite', pipeline });
 * summary.documentsLoaded // → 1
 */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  await checkInput(options.input);
  await prepareOutput(options.output);
  await mkdir(path.dirname(options.db), { recursive: true }).catch(() => undefined);

  const { pipeline } = options;
  const taxonomy = loadTaxonomy(pipeline.settings.taxonomyDir ?? undefined);
  const ctx = stageContext(taxonomy);
  const db = await openWarehouse(options.db);
  const runId = newRunId();
  const at = new Date().toISOString();
  try {
    await startRun(db, { runId, pipeline: pipeline.name, inputDir: options.input, version: SOLIEU_VERSION, at });
    const listing = await listInputFiles(options.input);
    const formats = new Set(pipeline.settings.formats);
    const files = listing.files.filter((f) => formats.has(formatOf(f)!));
    const ignored = [...listing.ignored, ...listing.files.filter((f) => !formats.has(formatOf(f)!))].sort();

    const fileLimit = pLimit(options.concurrency ?? pipeline.settings.concurrency);
    const writer = pLimit(1);
    const rejectedFiles: Reject[] = [];
    const totals = { loaded: 0, unchanged: 0, accepted: 0, rejected: 0 };
    // each stage's records over all documents, in the pipeline's order
    const stageTotals = new Map<string, { out: number; rejected: number }>(pipeline.stages.map((s) => [s.name, { out: 0, rejected: 0 }]));
    let done = 0;

    await Promise.all(
      files.map((file) =>
        fileLimit(async () => {
          const outcome = await loadOne(file);
          done++;
          options.onProgress?.(done, files.length, file);
          return outcome;
        }),
      ),
    );

    async function loadOne(file: string): Promise<void> {
      const source = await readSourceBytes(options.input, file);
      if (!source.ok) return void rejectedFiles.push(source.reject);
      const current = await writer(() => currentVersion(db, file));
      if (current && current.content_hash === source.contentHash && current.extractor_version === SOLIEU_VERSION) {
        totals.unchanged++;
        await writer(() => touchDocument(db, file, runId));
        return;
      }
      const published = options.published ?? options.manifest?.get(file)?.published ?? null;
      const read = buildDocument(file, source.bytes, source.contentHash, { published });
      if (!read.ok) return void rejectedFiles.push(read.reject);
      const processed = processDocument(read.document, pipeline.stages, ctx);
      if (processed.failure) return void rejectedFiles.push(processed.failure);
      try {
        await writer(() =>
          writeDocumentVersion(db, {
            runId,
            document: read.document,
            extractorVersion: SOLIEU_VERSION,
            observations: processed.accepted,
            rejects: processed.rejected,
            at: new Date().toISOString(),
          }),
        );
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return void rejectedFiles.push(makeReject('WRITE_FAILED', file, `expected the document version to be stored, got: ${reason}`));
      }
      totals.loaded++;
      totals.accepted += processed.accepted.length;
      totals.rejected += processed.rejected.length;
      for (const c of processed.counts) {
        const t = stageTotals.get(c.stage)!;
        stageTotals.set(c.stage, { out: t.out + c.out, rejected: t.rejected + c.rejected });
      }
    }

    rejectedFiles.sort((a, b) => a.sourcePath.localeCompare(b.sourcePath));
    await writeRunRejects(db, runId, rejectedFiles);
    const exported = await exportRun(db, options.output, runId);
    const stages: StageInfo[] = [{ stage: 'load', in: files.length, out: totals.loaded, rejected: rejectedFiles.filter((r) => r.stage === 'load').length }];
    for (const [stage, t] of stageTotals) stages.push({ stage, in: stages.at(-1)!.out, out: t.out, rejected: t.rejected });
    const summary: RunSummary = {
      runId,
      documentsRead: files.length,
      documentsLoaded: totals.loaded,
      documentsUnchanged: totals.unchanged,
      documentsRejected: rejectedFiles.length,
      filesIgnored: ignored,
      observationsAccepted: totals.accepted,
      observationsRejected: totals.rejected,
      exported,
      rejectedFiles,
      stages,
      seconds: (performance.now() - started) / 1000,
    };
    await finishRun(db, runId, 'completed', { ...summary, rejectedFiles: rejectedFiles.map((r) => r.sourcePath) });
    return summary;
  } catch (error) {
    await finishRun(db, runId, 'failed', { error: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
    throw error instanceof RunError ? error : new RunError(error instanceof Error ? error.message : String(error));
  } finally {
    await db.destroy();
  }
}

async function checkInput(input: string): Promise<void> {
  const info = await stat(input).catch(() => null);
  if (!info) throw new RunError(`input folder ${input} does not exist`);
  if (!info.isDirectory()) throw new RunError(`input ${input} is not a folder`);
}

async function prepareOutput(output: string): Promise<void> {
  try {
    await mkdir(output, { recursive: true });
    const probe = path.join(output, `.solieu-write-test-${process.pid}`);
    await writeFile(probe, '');
    await unlink(probe);
    await access(output);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RunError(`output folder ${output} is not writable: ${reason}`);
  }
}

async function openWarehouse(file: string): Promise<Warehouse> {
  let db: Warehouse;
  try {
    db = openSqliteWarehouse(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RunError(`cannot open the warehouse ${file}: ${reason}`);
  }
  const { error } = await migrateToLatest(db);
  if (error) {
    await db.destroy();
    throw new RunError(`${file}: ${error}`);
  }
  return db;
}

/** A sortable run id: UTC time plus a random suffix ("20261125T193427Z-4f2a"). */
function newRunId(): string {
  const t = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${t}-${randomBytes(2).toString('hex')}`;
}
