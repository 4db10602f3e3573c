import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';

/** How the threads of a pool are set up. */
export interface ModulePoolOptions {
  /** Each thread's young generation, when not V8's default. */
  readonly resourceLimits?: { readonly maxYoungGenerationSizeMb: number };
  /**
   * Tasks handed to a thread at once (default 1). A thread runs its tasks one
   * after another all the same when they are synchronous, but with a second
   * one in hand it starts it as soon as the first is done, without waiting for
   * the thread that runs the pool to hand it over.
   */
  readonly tasksPerWorker?: number;
}

/**
 * A pool of `workers` threads, each running the default export of the
 * module `file` (a path beside the caller: `stage-worker.ts` from the
 * TypeScript sources, `stage-worker.js` compiled), one task at a time
 * unless `options.tasksPerWorker` says more.
 * From the TypeScript sources a bootstrap (bin/ts-worker.js) registers
 * tsx in each thread first, since a loader registered in this thread does
 * not reach it. The parent's --import and --require flags (a profiler, a
 * test runner's loader) are not the threads' own, and a thread that dies
 * fails the tasks it held (they reject) instead of ending the process.
 *
 * @example
 * const pool = startModulePool(path.join(here, 'format-worker.ts'), 2); await pool.run(task); await pool.destroy();
 */
export function startModulePool(file: string, workers: number, options: ModulePoolOptions = {}): Piscina {
  const { resourceLimits, tasksPerWorker = 1 } = options;
  const typescript = path.extname(file) === '.ts';
  const pool = new Piscina({
    filename: typescript ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/ts-worker.js') : file,
    workerData: { module: file },
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: tasksPerWorker,
    idleTimeout: 60_000,
    execArgv: [],
    ...(resourceLimits ? { resourceLimits } : {}),
  });
  pool.on('error', () => undefined);
  return pool;
}

/**
 * The path of a module beside `callerUrl` (its `import.meta.url`), with the
 * caller's own extension: `.ts` from the sources, `.js` compiled.
 *
 * @example
 * besideCaller(import.meta.url, 'stage-worker') // → '/…/src/pipeline/stage-worker.ts'
 */
export function besideCaller(callerUrl: string, name: string): string {
  const here = fileURLToPath(callerUrl);
  return path.join(path.dirname(here), `${name}${path.extname(here)}`);
}
