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
  readonly setup: WorkerSetup;
}

let loaded: { key: string; pipeline: PipelineDefinition; ctx: StageContext } | null = null;

/**
 * A worker of the run's stage pool. Given a file, it loads the pipeline
 * from its file and builds the stage context once (from the pipeline's
 * taxonomy folder and the run's strictness, as the main thread does), then
 * reads the file ({@link readReport}).
 *
 * @example
 * await inWorker({ setup: { pipeline: 'pipelines/reports.ts', strict: false }, path: 'a.txt', input: 'raw', maxBytes, contentHash, docId: 'a.txt', given: null })
 */
export default async function inWorker(task: ReadTask): Promise<ReportReading> {
  const key = JSON.stringify(task.setup);
  if (loaded === null || loaded.key !== key) {
    const pipeline = await loadPipeline(task.setup.pipeline);
    loaded = { key, pipeline, ctx: stageContext(loadTaxonomy(pipeline.settings.taxonomyDir ?? undefined), { strict: task.setup.strict }) };
  }
  const { setup: _setup, ...report } = task;
  return readReport(report, loaded.pipeline.stages, loaded.ctx);
}
