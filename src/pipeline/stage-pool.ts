import { besideCaller, startModulePool } from '../core/module-pool.ts';
import type { ReportReading, ReportTask } from './read-report.ts';
import type { ReadTask, WorkerSetup } from './stage-worker.ts';

/** The run's worker threads, each reading files through the pipeline's stages. */
export interface StagePool {
  readonly readReport: (task: ReportTask) => Promise<ReportReading>;
  readonly close: () => Promise<void>;
}

/**
 * Starts `workers` threads that read files through the stages of the
 * pipeline in `setup.pipeline` (its file). The sources run as TypeScript
 * through tsx's loader (bin/ts-worker.js) when this module is
 * TypeScript, as compiled JavaScript when it is. The bytes of each file are moved to the worker,
 * not copied.
 *
 * @example
 * const pool = startStagePool({ pipeline: 'pipelines/reports.ts', strict: false }, 2); await pool.readReport(task); await pool.close();
 */
export function startStagePool(setup: WorkerSetup, workers: number): StagePool {
  // a worker's young generation at 16 MB instead of V8's 48: a file's records die young either way. At 24 MB it cut a
  // 10 MB run's peak RSS from ~390 to ~330 MB for ~0.4 s more scavenging; 16 holds 8 MB less per thread, and one thread
  // read 10 MB of text through the stages in the same time (8.9 s and 8.9 s, 10.3 s and 9.2 s, runs side by side).
  // A worker is handed two files at once and reads them one after the other: finished with one, it starts the next
  // at once instead of waiting for the main thread, busy with the warehouse, to hand it over. Handed one, the workers
  // of a 10 MB run waited 6-10% of their time; handed two, 1-2%. The main thread keeps the files after them ready.
  const pool = startModulePool(besideCaller(import.meta.url, 'stage-worker'), workers, { resourceLimits: { maxYoungGenerationSizeMb: 16 }, tasksPerWorker: 2 });
  return {
    readReport: (task) => {
      const message: ReadTask = { ...task, setup };
      return pool.run(message) as Promise<ReportReading>;
    },
    close: () => pool.destroy(),
  };
}
