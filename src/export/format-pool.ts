import { besideCaller, startModulePool } from '../core/module-pool.ts';
import type { RowsTask } from './format-worker.ts';

/** Worker threads that format observations.csv rows from a warehouse. */
export interface FormatPool {
  /** Formats the observations.csv rows of reports from the warehouse `target` (see `formatReportRows`). */
  readonly formatRows: (target: string, docIds: readonly string[]) => Promise<readonly Uint8Array[]>;
  readonly close: () => Promise<void>;
}

/**
 * Starts `workers` threads that format observations.csv rows, for the
 * exports of a run once its files are read: threads of their own, not the
 * reading threads, whose heaps hold the stages, the taxonomy and what the
 * files left (a run closes those first; on 100 MB of text that took the
 * export's peak RSS from 344 MB to 303). The sources run as TypeScript
 * through tsx's loader (bin/ts-worker.js) when this module is TypeScript,
 * as compiled JavaScript when it is.
 *
 * @example
 * const pool = startFormatPool(2); await pool.formatRows('output/warehouse.sqlite', ['a.txt']); await pool.close();
 */
export function startFormatPool(workers: number): FormatPool {
  const pool = startModulePool(besideCaller(import.meta.url, 'format-worker'), workers);
  return {
    formatRows: (target, docIds) => {
      const task: RowsTask = { target, docIds };
      return pool.run(task) as Promise<readonly Uint8Array[]>;
    },
    close: () => pool.destroy(),
  };
}
