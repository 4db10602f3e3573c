import { formatReportRows } from './format-report-rows.ts';
import { createLabeller, type Labeller } from './observation-labels.ts';
import { openWarehouseReader } from '../warehouse/database.ts';

/** A task of the format pool: the observations.csv rows of reports, formatted from the warehouse `target` (a `--db` target). */
export interface RowsTask {
  readonly target: string;
  readonly docIds: readonly string[];
}

let labeller: Labeller | null = null;

/**
 * A worker of the format pool: formats the observations.csv rows of
 * reports ({@link formatReportRows}) through a reader of its own, opened
 * for the task and closed after it (a PostgreSQL connection is not left to
 * the thread's end). It loads the warehouse and the CSV modules only: the
 * stages, the pipeline and the taxonomy are the reading threads'.
 *
 * @example
 * await formatInWorker({ target: 'output/warehouse.sqlite', docIds: ['a.txt'] }) // → [the bytes of a.txt's rows]
 */
export default async function formatInWorker(task: RowsTask): Promise<readonly Uint8Array[]> {
  labeller ??= createLabeller();
  const db = openWarehouseReader(task.target);
  try {
    return await formatReportRows(db, task.docIds, labeller);
  } finally {
    await db.destroy();
  }
}
