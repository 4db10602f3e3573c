import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';

/**
 * A pool of `workers` threads, each running the default export of the
 * module `file` (a path beside the caller: `stage-worker.ts` from the
 * TypeScript sources, `stage-worker.js` compiled), one task at a time.
 * From the TypeScript sources a bootstrap (bin/ts-worker.js) registers
 * tsx in each thread first, since a loader registered in this thread does
 * not reach it. The parent's --import and --require flags (a profiler, a
 * test runner's loader) are not the threads' own, and a thread that dies
 * fails the task it held (the task rejects) instead of ending the process.
 *
 * @example
 * const pool = startModulePool(path.join(here, 'format-worker.ts'), 2); await pool.run(task); await pool.destroy();
 */
export function startModulePool(file: string, workers: number, resourceLimits?: { readonly maxYoungGenerationSizeMb: number }): Piscina {
  const typescript = path.extname(file) === '.ts';
  const pool = new Piscina({
    filename: typescript ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/ts-worker.js') : file,
    workerData: { module: file },
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: 1,
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
