import pMap from 'p-map';
import { makeReject, type Reject } from '../core/reject-codes.ts';
import { storageFailure } from '../warehouse/storage-failure.ts';
import { formatOf, listInputFiles } from '../stages/load/list-input-files.ts';
import type { Manifest, ManifestEntry } from '../stages/load/read-manifest.ts';
import { warehouseDialect, type Warehouse } from '../warehouse/database.ts';
import { createBatchWriter } from '../warehouse/batch-writer.ts';
import { storedReports } from '../warehouse/stored-reports.ts';
import { readReport as readReportHere, type ReportTask } from './read-report.ts';
import { startStagePool, type StagePool } from './stage-pool.ts';
import { applyFilePlan, type ApplyContext, type FileOutcome } from './apply-plan.ts';
import { planRun, type FilePlan, type RunPlan } from './plan-run.ts';
import { shardPlan, type Shard } from './shard.ts';
import { addOutcome, emptyTally, type RunTally } from './run-tally.ts';
import { surveyFiles, type DocIdFrom } from './survey-files.ts';

/** Files to read for each worker thread a run starts (see `RunOptions.workers`). */
export const FILES_PER_WORKER = 20;

/** What reading a run's files needs: what each file's plan is carried out with, and how the files are found, dated and shared out. */
export interface ReadFilesOptions extends Pick<ApplyContext, 'db' | 'runId' | 'input' | 'pipeline' | 'ctx' | 'extractorVersion' | 'maxFileBytes'> {
  readonly docIdFrom: DocIdFrom;
  readonly manifest?: Manifest;
  readonly published?: string | null;
  readonly concurrency: number;
  /** The most threads to read with (see `RunOptions.workers`). */
  readonly workers: number;
  readonly shard: Shard | null;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

/**
 * What reading a run's files came to. It holds nothing of the plan (a
 * record per file, some 20 MB of a run of 52,000 files): the run keeps this
 * through its exports, when that memory is the format threads'.
 */
export interface FilesRead {
  /** The files the plan named (the shard's, when sharded). */
  readonly planned: number;
  /** Files of types the pipeline does not read, sorted. */
  readonly ignored: readonly string[];
  /** What the listing refused: folders that could not be read, broken or looping links, special files. */
  readonly listingRejects: readonly Reject[];
  /** The reports (not pruned) with no file in this run. */
  readonly missing: readonly string[];
  readonly tally: RunTally;
  /** Files not started: the run was stopped, or the warehouse failed. */
  readonly skipped: number;
  /** The warehouse's failure (a full disk, an I/O error, the server gone) that stopped the reading; null when none did. */
  readonly storageFailed: string | null;
  /** The threads that ran the stages: 1 is the main thread. */
  readonly workers: number;
  readonly surveySeconds: number;
}

/**
 * Lists the input, hashes and identifies every file, plans the run
 * ({@link planRun}, the shard's part when sharded), and parses and stores
 * the files concurrently, a bounded number in hand, with one writer. The
 * stages run on a pool of worker threads when there are enough files to
 * pay for starting them, and the pool is closed before this returns.
 * A file that cannot be used becomes a reject in the tally; a failure of
 * the warehouse stops the reading and is returned, not thrown.
 *
 * @example
 * const read = await readFiles({ db, runId, input: 'raw', pipeline, ctx, … }); read.tally.files.stored // → 12
 */
export async function readFiles(o: ReadFilesOptions): Promise<FilesRead> {
  const listing = await listInputFiles(o.input);
  const formats = new Set(o.pipeline.settings.formats);
  const files = listing.files.filter((f) => formats.has(formatOf(f)!));
  const ignored = [...listing.ignored, ...listing.files.filter((f) => !formats.has(formatOf(f)!))].sort();
  const given = (file: string): { date: string; source: 'option' | 'manifest' } | null => {
    if (o.published) return { date: o.published, source: 'option' };
    const fromManifest = o.manifest?.entries.get(file)?.published;
    return fromManifest ? { date: fromManifest, source: 'manifest' } : null;
  };
  const surveyStarted = performance.now();
  const plan = await surveyAndPlan(o.db, files, {
    input: o.input,
    docIdFrom: o.docIdFrom,
    ...(o.manifest ? { manifest: o.manifest.entries } : {}),
    concurrency: o.concurrency,
    maxFileBytes: o.maxFileBytes,
    extractorVersion: o.extractorVersion,
    givenPublished: (f) => given(f)?.date ?? null,
    shard: o.shard,
  });
  const surveySeconds = (performance.now() - surveyStarted) / 1000;

  const writer = createBatchWriter(o.db);
  // threads only where there is enough to read to pay for starting them (each loads the stages and builds the taxonomy, about a
  // second of work): one per FILES_PER_WORKER files to read, so an unchanged rerun, or one with a few files changed, starts none
  const toRead = plan.files.filter((p) => p.kind === 'read' || p.kind === 'redate').length;
  const workers = o.pipeline.source === undefined ? 1 : Math.max(1, Math.min(o.workers, Math.floor(toRead / FILES_PER_WORKER)));
  const pool: StagePool | null = workers > 1 ? startStagePool({ pipeline: o.pipeline.source!, strict: o.ctx.strict }, workers) : null;
  try {
    const readReport = pool?.readReport ?? (async (task: ReportTask) => readReportHere(task, o.pipeline.stages, o.ctx));
    const apply: ApplyContext = {
      db: o.db, runId: o.runId, input: o.input, pipeline: o.pipeline, ctx: o.ctx, extractorVersion: o.extractorVersion,
      maxFileBytes: o.maxFileBytes, givenPublished: given, write: (work) => writer.write(work), readReport,
    };
    const tally = emptyTally(o.pipeline.stages.map((st) => st.name));
    let done = 0;
    let skipped = 0;
    let storageFailed: string | null = null;
    const run = async (p: FilePlan): Promise<void> => {
      if (o.signal?.aborted || storageFailed !== null) {
        skipped++;
        return;
      }
      const outcome = await applyFilePlan(p, apply).catch((error: unknown): FileOutcome | null => {
        // a full disk or an I/O error is the warehouse's failure, not the document's: stop, blame no input
        const failure = storageFailure(error);
        if (failure !== null) {
          storageFailed ??= failure;
          return null;
        }
        const file = p.kind === 'duplicate' || p.kind === 'reject' ? p.path : p.report.path;
        const reason = error instanceof Error ? error.message : String(error);
        return { kind: 'rejected', path: file, reject: makeReject('WRITE_FAILED', file, `expected the document to be stored, got: ${reason}`) };
      });
      if (outcome === null) {
        skipped++;
        return;
      }
      addOutcome(tally, outcome);
      done++;
      o.onProgress?.(done, plan.files.length, outcome.path);
    };
    // copies go last: they are recorded against the report of the file they copy
    // with workers, enough files in hand that none waits while the main thread writes
    // (and, on SQLite, the files of a batch that waits for more to commit; a PostgreSQL batch does not wait)
    // (p-map takes the next file only when one is done: nothing is held per file waiting its turn)
    const inHand = Math.max(o.concurrency, workers * 4 + (warehouseDialect(o.db) === 'postgres' ? 0 : 24));
    await pMap(plan.files.filter((p) => p.kind !== 'duplicate'), run, { concurrency: inHand });
    await pMap(plan.files.filter((p) => p.kind === 'duplicate'), run, { concurrency: inHand });
    return {
      planned: plan.files.length,
      ignored,
      listingRejects: listing.rejects,
      missing: plan.missing.map((r) => r.docId),
      tally,
      skipped,
      storageFailed,
      workers,
      surveySeconds,
    };
  } finally {
    await pool?.close().catch(() => undefined);
  }
}

/**
 * Surveys the files and plans the run ({@link surveyFiles}, {@link planRun}),
 * the shard's part of it when sharded. Apart from the reading so that the
 * survey's records (a hash and an identity per file) are garbage once the
 * plan is made.
 */
async function surveyAndPlan(
  db: Warehouse,
  files: readonly string[],
  o: {
    readonly input: string;
    readonly docIdFrom: DocIdFrom;
    readonly manifest?: ReadonlyMap<string, ManifestEntry>;
    readonly concurrency: number;
    readonly maxFileBytes: number;
    readonly extractorVersion: string;
    readonly givenPublished: (path: string) => string | null;
    readonly shard: Shard | null;
  },
): Promise<RunPlan> {
  const stored = await storedReports(db);
  const knownPages = new Map(stored.flatMap((r) => (r.identity === 'url' && r.current ? [[r.current.contentHash, r.identityKey] as const] : [])));
  const surveyed = await surveyFiles(o.input, files, { docIdFrom: o.docIdFrom, ...(o.manifest ? { manifest: o.manifest } : {}), concurrency: o.concurrency, maxFileBytes: o.maxFileBytes, knownPages });
  const whole = planRun(surveyed, stored, { extractorVersion: o.extractorVersion, givenPublished: o.givenPublished });
  return o.shard ? shardPlan(whole, o.shard) : whole;
}
