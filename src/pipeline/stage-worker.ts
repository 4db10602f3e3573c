import type { Labeller } from '../export/observation-labels.ts';
import { stageContext, type StageContext } from '../stages/stage.ts';
import { loadTaxonomy } from '../taxonomy/load-taxonomy.ts';
import type { PipelineDefinition } from './define-pipeline.ts';
import { loadPipeline } from './load-pipeline.ts';
import { readReport, type ReportReading, type ReportTask } from './read-report.ts';

/** What a worker needs to make the run's stages and context its own: the pipeline's file and the run's strictness. */
export interface WorkerSetup {
  readonly pipeline: string;
  readonly strict: boolean;
}

/** A task of the pool: the file to read, with the setup the worker checks against its own. */
export interface ReadTask extends ReportTask {
  readonly kind: 'read';
  readonly setup: WorkerSetup;
}

/** A task of the pool: the observations.csv rows of reports, formatted from the warehouse `target` (a `--db` target). */
export interface RowsTask {
  readonly kind: 'rows';
  readonly target: string;
  readonly docIds: readonly string[];
}

export type WorkerTask = ReadTask | RowsTask;

let loaded: { key: string; pipeline: PipelineDefinition; ctx: StageContext } | null = null;

/**
 * A worker of the run's pool. Given a file, it loads the pipeline from its
 * file and builds the stage context once (from the pipeline's taxonomy
 * folder and the run's strictness, as the main thread does), then reads
 * the file ({@link readReport}). Given reports, it formats their
 * observations.csv rows ({@link formatReportRows}) through a reader of its
 * own, opened for the task and closed after it (a PostgreSQL connection
 * is not left to the thread's end).
 *
 * @example
 * await inWorker({ kind: 'read', setup: { pipeline: 'pipelines/reports.ts', strict: false }, path: 'a.txt', input: 'raw', maxBytes, contentHash, docId: 'a.txt', given: null })
 */
export default async function inWorker(task: WorkerTask): Promise<ReportReading | readonly Uint8Array[]> {
  return task.kind === 'rows' ? rowsInWorker(task) : readInWorker(task);
}

async function readInWorker(task: ReadTask): Promise<ReportReading> {
  const key = JSON.stringify(task.setup);
  if (loaded === null || loaded.key !== key) {
    const pipeline = await loadPipeline(task.setup.pipeline);
    loaded = { key, pipeline, ctx: stageContext(loadTaxonomy(pipeline.settings.taxonomyDir ?? undefined), { strict: task.setup.strict }) };
  }
  const { setup: _setup, kind: _kind, ...report } = task;
  return readReport(report, loaded.pipeline.stages, loaded.ctx);
}

let labeller: Labeller | null = null;

// The warehouse reader and the CSV formatting are imported at the first rows
// task, not with the worker: a thread that only reads files never loads
// Kysely, pg and better-sqlite3 (about 30 MB of heap and code per thread).
async function rowsInWorker(task: RowsTask): Promise<readonly Uint8Array[]> {
  const [{ formatReportRows }, { createLabeller }, { openWarehouseReader }] = await Promise.all([
    import('../export/format-report-rows.ts'),
    import('../export/observation-labels.ts'),
    import('../warehouse/database.ts'),
  ]);
  // rows are asked for once every file is read: the pipeline's stages and taxonomy are let go for the database's modules
  loaded = null;
  labeller ??= createLabeller();
  const db = openWarehouseReader(task.target);
  try {
    return await formatReportRows(db, task.docIds, labeller);
  } finally {
    await db.destroy();
  }
}
