import { access, mkdir, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { Reject } from '../core/reject-codes.ts';
import { exportRun, RUN_EXPORT_FILES } from '../export/export-run.ts';
import { intactExports, previousBlocks, warehouseState, writeExportStamp } from '../export/export-stamp.ts';
import { startFormatPool, type FormatPool } from '../export/format-pool.ts';
import { formatReportRows, type ReportFormatter } from '../export/format-report-rows.ts';
import { createLabeller, type Labeller } from '../export/observation-labels.ts';
import { folderProblem, warehouseFileProblem } from './check-paths.ts';
import { storageFailure } from '../warehouse/storage-failure.ts';
import type { Manifest } from '../stages/load/read-manifest.ts';
import { stageContext } from '../stages/stage.ts';
import { loadTaxonomy } from '../taxonomy/load-taxonomy.ts';
import { isPostgresTarget, openWarehouseAt, warehouseDialect, warehouseName, type Warehouse } from '../warehouse/database.ts';
import { migrateToLatest } from '../warehouse/migrate-to-latest.ts';
import { markMissing, pruneReports } from '../warehouse/report-events.ts';
import { acquireRunLock, isAlive, type LockHolder } from '../warehouse/run-lock.ts';
import { finishRun, newRunId, startRun, writeRunRejects } from '../warehouse/runs.ts';
import type { FigureCounts } from '../warehouse/write-version.ts';
import { extractorVersion as extractorVersionOf } from './extractor-version.ts';
import type { PipelineDefinition } from './define-pipeline.ts';
import { readFiles } from './read-files.ts';
import { inShard, shardPlan, type Shard } from './shard.ts';
import type { RunTally } from './run-tally.ts';
import { SOLIEU_VERSION } from './solieu-version.ts';
import type { DocIdFrom } from './survey-files.ts';

/** What a run needs, normalised by the CLI (paths resolved, defaults set). */
export interface RunOptions {
  readonly input: string;
  readonly output: string;
  readonly db: string;
  readonly pipeline: PipelineDefinition;
  /** Publication date for every document, overriding what the files say. */
  readonly published?: string | null;
  /** Per-file metadata from a manifest (publication dates, report ids), by relative path, and its rows that could not be read (written as rejects). */
  readonly manifest?: Manifest;
  /** Where report ids come from (default `auto`: manifest `doc_id`, canonical URL, path). */
  readonly docIdFrom?: DocIdFrom;
  /** Retract the figures of reports whose files are gone (also a pipeline setting). */
  readonly prune?: boolean;
  /**
   * Threads that run the pipeline's stages (default 1: on the main
   * thread). With more, a pool of that many worker threads decodes the
   * files and runs the stages, and the main thread is the one warehouse
   * writer; a run starts one for each 20 files it reads, at most this
   * many. A pipeline made in code (with no `source` file) runs on the
   * main thread whatever this says.
   */
  readonly workers?: number;
  /** Validation warnings quarantine as errors do (also a pipeline setting). */
  readonly strict?: boolean;
  readonly concurrency?: number;
  /** Files larger than this many bytes are rejected unread (default: the pipeline's `maxFileBytes`). */
  readonly maxFileBytes?: number;
  /** How long to wait for another run on the same warehouse to finish (default 600 s; 0: do not wait). */
  readonly waitSeconds?: number;
  /** Told once when the warehouse is busy and the run waits. */
  readonly onWait?: (holder: LockHolder) => void;
  /**
   * Carry out only this shard's part of the run (`--shard i/n`): n
   * processes, on one or several machines, each given the same input and
   * the same PostgreSQL warehouse, leave what one run would. See
   * {@link shardPlan}. A sharded run writes no exports (each shard sees
   * only its part being written): `solieu export` writes them once every
   * shard is done.
   */
  readonly shard?: Shard;
  /** Stops the run after the files under way (SIGINT, SIGTERM): the run is marked interrupted. */
  readonly signal?: AbortSignal;
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

/**
 * What a run did. Its file counts add up: read = loaded + updated +
 * unchanged + renamed + duplicates + rejected + skipped.
 */
export interface RunSummary {
  readonly runId: string;
  readonly documentsRead: number;
  /** New versions stored (new reports, changed ones, re-read and restored ones). */
  readonly documentsLoaded: number;
  /** Versions updated in place: re-read (a newer extractor, a corrected date) with no figure changed. */
  readonly documentsUpdated: number;
  readonly documentsUnchanged: number;
  readonly documentsRenamed: number;
  /** Files with the content of another file of the run. */
  readonly documentsDuplicate: number;
  readonly documentsRejected: number;
  /** Files not started because the run was stopped. */
  readonly documentsSkipped: number;
  /** Reports whose files are gone (their figures stay current unless pruned). */
  readonly documentsMissing: number;
  /** Missing reports whose figures this run retracted. */
  readonly documentsPruned: number;
  /** Files of types the pipeline does not read (listed, not processed). */
  readonly filesIgnored: readonly string[];
  /** Figures stored, with or without warnings: observationsAccepted = clean + observationsWarned. */
  readonly observationsAccepted: number;
  /** Accepted figures with at least one validation warning (in validation.csv). */
  readonly observationsWarned: number;
  /** Records quarantined by validation or refused by a stage (in rejects.csv). */
  readonly observationsRejected: number;
  /** How the figures of the stored versions differ from the versions before (retracted includes pruned reports' figures). */
  readonly figures: FigureCounts;
  readonly exported: { readonly observations: number; readonly rejects: number; readonly findings: number };
  /** Set when the run changed nothing and the exports of the run before were left as they were (still intact), not written again. */
  readonly exportsKept: boolean;
  /** The shard of the run (`RunOptions.shard`), null for a whole run; a shard writes no exports. */
  readonly shard: Shard | null;
  /** The threads that ran the stages: 1 is the main thread (see `RunOptions.workers`). */
  readonly workers: number;
  /** Of the reports in observations.csv, how many had their rows formatted anew and how many were copied from the file of the run before. */
  readonly exportReports: { readonly formatted: number; readonly copied: number };
  readonly rejectedFiles: readonly Reject[];
  /** What was refused besides files read: folders that could not be read, broken or looping links, special files, manifest rows. */
  readonly inputRejects: readonly Reject[];
  /** What the loader did that a file's name does not say: read as HTML, converted from a legacy encoding, repaired. */
  readonly loadNotes: ReadonlyArray<{ readonly path: string; readonly note: string }>;
  readonly stages: readonly StageInfo[];
  /** Runs found unfinished (killed, crashed) and marked interrupted. */
  readonly interruptedRuns: readonly string[];
  /** Set when the run was stopped before it read every file. */
  readonly stopped: boolean;
  readonly seconds: number;
  /** Where the time went, in seconds summed over the documents (see {@link RunTimings}). */
  readonly timings: RunTimings;
}

/**
 * The seconds each part of a run took, summed over the documents: hashing
 * and planning (`survey`), reading and decoding the files read (`load`),
 * each pipeline stage, the warehouse writes, and the exports.
 */
export interface RunTimings {
  readonly survey: number;
  readonly load: number;
  readonly stages: Readonly<Record<string, number>>;
  readonly write: number;
  readonly export: number;
}

/** A failure of the run itself (not of one input): bad paths, an unwritable output, a broken or busy warehouse. */
export class RunError extends Error {
  override readonly name = 'RunError';
}

/**
 * Runs a pipeline over an input folder into a warehouse and CSV exports.
 *
 * 1. Takes the warehouse's run lock (waiting for another run to finish).
 * 2. Hashes and identifies every file, decides for all of them at once
 *    what the run does (unchanged, renamed, a duplicate, a new, changed,
 *    re-read or restored version), and parses and stores the files
 *    concurrently with one writer ({@link readFiles}); each document
 *    version is one write transaction.
 * 3. Marks the reports whose files are gone as missing, retracting their
 *    figures when pruning, and writes the exports.
 * A file that cannot be used becomes a reject and the run goes on; only
 * failures of the run itself throw a {@link RunError}.
 *
 * @example
 * const summary = await runPipeline({ input: 'raw', output: 'output', db: 'output/warehouse.sqlite', pipeline });
 * summary.documentsLoaded // → 1
 */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  await checkInput(options.input);
  // before anything is made: a path on /proc or a device would hang or fail half-way
  const onServer = isPostgresTarget(options.db);
  const dbName = warehouseName(options.db);
  const pathProblem = (await folderProblem(options.output)) ?? (onServer ? null : await warehouseFileProblem(options.db));
  if (pathProblem) throw new RunError(pathProblem);
  await prepareOutput(options.output);
  if (!onServer) await mkdir(path.dirname(options.db), { recursive: true }).catch(() => undefined);

  const { pipeline } = options;
  const taxonomy = loadTaxonomy(pipeline.settings.taxonomyDir ?? undefined);
  const ctx = stageContext(taxonomy, { strict: options.strict ?? pipeline.settings.strict });
  const db = await openWarehouse(options.db);
  const runId = newRunId();
  const shard = options.shard && options.shard.count > 1 ? options.shard : null;
  const lock = await acquireRunLock(db, {
    runId,
    ...(shard ? { name: `shard ${shard.index}/${shard.count}` } : {}),
    waitSeconds: options.waitSeconds ?? 600,
    ...(options.onWait ? { onWait: options.onWait } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  }).catch(async (error: unknown) => {
    await db.destroy();
    throw new RunError(`cannot lock the warehouse ${dbName}: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (!lock.ok) {
    await db.destroy();
    const h = lock.holder;
    if (lock.stopped) throw new RunError(`stopped while waiting for run ${h.runId} (pid ${h.pid}) to release the warehouse ${dbName}; nothing was read`);
    throw new RunError(`the warehouse ${dbName} is in use by run ${h.runId} (pid ${h.pid} on ${h.host}, since ${h.since}); gave up after waiting ${options.waitSeconds ?? 600} s`);
  }
  // the rules (a user's rules.csv) and --strict decide what is quarantined: a change to either re-reads every report
  const extractorVersion = extractorVersionOf(pipeline.name, ctx);
  let formatPool: FormatPool | null = null;
  try {
    await startRun(db, { runId, pipeline: pipeline.name, inputDir: options.input, version: SOLIEU_VERSION, at: new Date().toISOString() });
    const read = await readFiles({
      db, runId, input: options.input, pipeline, ctx, extractorVersion,
      docIdFrom: options.docIdFrom ?? 'auto',
      ...(options.manifest ? { manifest: options.manifest } : {}),
      ...(options.published !== undefined ? { published: options.published } : {}),
      concurrency: options.concurrency ?? pipeline.settings.concurrency,
      maxFileBytes: options.maxFileBytes ?? pipeline.settings.maxFileBytes,
      workers: options.workers ?? 1,
      shard,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const { tally, storageFailed, workers } = read;

    if (storageFailed !== null) {
      const when = onServer ? 'once the server is back' : 'when there is room';
      throw new RunError(`cannot write the warehouse ${dbName}: ${storageFailed}; every document stored before it is whole, run again ${when} to store the rest`);
    }
    const stopped = options.signal?.aborted ?? false;
    const at = new Date().toISOString();
    let missing = 0;
    let pruned = 0;
    let retractedByPrune = 0;
    if (!stopped) {
      const gone = read.missing;
      missing = gone.length;
      await markMissing(db, runId, at, gone);
      if (options.prune ?? pipeline.settings.prune) {
        retractedByPrune = await pruneReports(db, runId, at, gone);
        pruned = gone.length;
      }
    }

    const rejectedFiles = [...tally.rejectedFiles].sort((a, b) => a.sourcePath.localeCompare(b.sourcePath));
    const inputRejects = [...read.listingRejects, ...(options.manifest?.rejects ?? [])].filter((r) => shard === null || inShard(r.sourcePath, shard));
    await writeRunRejects(db, runId, [...inputRejects, ...rejectedFiles]);
    const exportStarted = performance.now();
    const runRejects = inputRejects.length + rejectedFiles.length;
    let exported = { observations: 0, rejects: 0, findings: 0 };
    let exportsKept = false;
    let exportCopied = { formatted: 0, copied: 0 };
    if (!stopped && shard === null) {
      // a run that changed nothing leaves the exports of the run before, when they are still as it wrote them
      const state = await warehouseState(db);
      const intact = runRejects === 0 ? intactExports(options.output, state, SOLIEU_VERSION) : null;
      if (intact !== null && intact.runRejects === 0) {
        exported = { ...intact.counts };
        exportsKept = true;
      } else {
        // the rows of the reports this run left as they were are copied from the file the run before wrote
        // the reading threads are gone by now (their heaps held the stages, the taxonomy and what the files left), and so is
        // the plan; the rows are formatted on threads that load the warehouse and CSV modules only; the writer's page cache (16 MB of the
        // pages the writes went through) is given back to the process for the formatted rows
        if (warehouseDialect(db) === 'sqlite') await sql`PRAGMA shrink_memory`.execute(db);
        let format: ReportFormatter | undefined;
        if (workers > 1) {
          formatPool = startFormatPool(workers);
          format = rowsOnPool(formatPool, options.db, db);
        }
        const written = await exportRun(db, options.output, runId, previousBlocks(options.output, SOLIEU_VERSION), format);
        exported = { observations: written.observations, rejects: written.rejects, findings: written.findings };
        exportCopied = { formatted: written.formatted, copied: written.copied };
        await writeExportStamp(options.output, state, written, runRejects, RUN_EXPORT_FILES, SOLIEU_VERSION);
      }
    }
    const exportSeconds = (performance.now() - exportStarted) / 1000;
    const figures: FigureCounts = { ...tally.figures, retracted: tally.figures.retracted + retractedByPrune };
    const summary: RunSummary = {
      runId,
      documentsRead: read.planned,
      documentsLoaded: tally.files.stored,
      documentsUpdated: tally.files.updated,
      documentsUnchanged: tally.files.unchanged,
      documentsRenamed: tally.files.renamed,
      documentsDuplicate: tally.files.duplicate,
      documentsRejected: rejectedFiles.length,
      documentsSkipped: read.skipped,
      documentsMissing: missing,
      documentsPruned: pruned,
      filesIgnored: read.ignored,
      observationsAccepted: tally.accepted,
      observationsWarned: tally.warned,
      observationsRejected: tally.rejected,
      figures,
      exported,
      exportsKept,
      exportReports: exportCopied,
      shard,
      workers,
      rejectedFiles,
      inputRejects,
      loadNotes: [...tally.loadNotes].sort((a, b) => a.path.localeCompare(b.path)),
      stages: stageInfo(read.planned, tally.files.stored + tally.files.updated, tally.stages, rejectedFiles),
      interruptedRuns: lock.interrupted,
      stopped,
      seconds: (performance.now() - started) / 1000,
      timings: {
        survey: read.surveySeconds,
        load: tally.loadSeconds,
        stages: Object.fromEntries([...tally.stages].map(([stage, t]) => [stage, t.seconds])),
        write: tally.writeSeconds,
        export: exportSeconds,
      },
    };
    await finishRun(db, runId, stopped ? 'interrupted' : 'completed', { ...summary, rejectedFiles: rejectedFiles.map((r) => r.sourcePath), inputRejects: inputRejects.map((r) => `${r.code} ${r.sourcePath}`) });
    return summary;
  } catch (error) {
    await finishRun(db, runId, 'failed', { error: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
    if (error instanceof RunError) throw error;
    const failure = storageFailure(error);
    const message = error instanceof Error ? error.message : String(error);
    throw new RunError(failure !== null && !message.startsWith('cannot write ') ? `cannot write the warehouse ${dbName}: ${failure}` : message);
  } finally {
    await formatPool?.close().catch(() => undefined);
    await lock.release().catch(() => undefined);
    await db.destroy();
  }
}

/** The run's stages, each taking in what the one before left: load (the files read), then the pipeline's own. */
function stageInfo(files: number, loaded: number, totals: RunTally['stages'], rejected: readonly Reject[]): StageInfo[] {
  const stages: StageInfo[] = [{ stage: 'load', in: files, out: loaded, rejected: rejected.filter((r) => r.stage === 'load').length }];
  for (const [stage, t] of totals) stages.push({ stage, in: stages.at(-1)!.out, out: t.out, rejected: t.rejected });
  return stages;
}

async function checkInput(input: string): Promise<void> {
  const info = await stat(input).catch(() => null);
  if (!info) throw new RunError(`input folder ${input} does not exist`);
  if (!info.isDirectory()) throw new RunError(`input ${input} is not a folder`);
}

async function prepareOutput(output: string): Promise<void> {
  try {
    await mkdir(output, { recursive: true });
    await removeDeadTempFiles(output);
    const probe = path.join(output, `.solieu-write-test-${process.pid}`);
    await writeFile(probe, '');
    await unlink(probe);
    await access(output);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RunError(`output folder ${output} is not writable: ${reason}`);
  }
}

async function openWarehouse(target: string): Promise<Warehouse> {
  let db: Warehouse;
  try {
    db = openWarehouseAt(target);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RunError(`cannot open the warehouse ${warehouseName(target)}: ${reason}`);
  }
  const { error } = await migrateToLatest(db);
  if (error) {
    await db.destroy();
    throw new RunError(`${warehouseName(target)}: ${error}`);
  }
  return db;
}


/** Export files a killed run left half written (`observations.csv.tmp-4242`, its process gone). */
async function removeDeadTempFiles(output: string): Promise<void> {
  for (const name of await readdir(output)) {
    const m = /\.tmp-(\d+)$/.exec(name);
    if (m && !isAlive(Number(m[1]))) await unlink(path.join(output, name)).catch(() => undefined);
  }
}

/**
 * A formatter of observations.csv rows on the run's format threads, started
 * once every document was written: each formats its chunks through a
 * reader of its own on the warehouse `target` (every write of the run is
 * committed by then). A chunk a worker fails (a worker that died) is
 * formatted on this thread instead, so that the file is written whole or
 * the run says why not.
 */
function rowsOnPool(pool: FormatPool, target: string, db: Warehouse): ReportFormatter {
  let here: Labeller | null = null;
  return (docIds) =>
    pool.formatRows(target, docIds).catch(() => {
      here ??= createLabeller();
      return formatReportRows(db, docIds, here);
    });
}

