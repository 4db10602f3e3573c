import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { EXIT } from './exit-codes.ts';
import { openExistingWarehouse } from './open-existing-warehouse.ts';
import { exportVintages } from '../export/export-vintages.ts';

/** The `export` command's options, resolved. */
export interface ExportCommandOptions {
  readonly db: string;
  readonly output: string;
  /** A day YYYY-MM-DD: the figures as known then; null for the current ones. */
  readonly asOf: string | null;
  readonly json: boolean;
}

/**
 * `solieu export`: writes `observations.csv` (the current figures, or with
 * `--as-of DAY` those known on that day, by publication), with
 * `observations_history.csv` (every vintage) and `best_observations.csv`
 * (one figure per series), from the warehouse without running anything.
 *
 * @example
 * await exportCommand({ db: 'output/warehouse.sqlite', output: 'output', asOf: '2024-03-01', json: false }) // → 0
 */
export async function exportCommand(o: ExportCommandOptions): Promise<number> {
  const opened = await openExistingWarehouse(o.db);
  if (!opened.ok) {
    process.stderr.write(`solieu export: ${opened.error}\n`);
    return EXIT.FAILED;
  }
  try {
    await mkdir(o.output, { recursive: true });
    const counts = await exportVintages(opened.db, o.output, { asOf: o.asOf });
    const files = {
      observations: path.join(o.output, 'observations.csv'),
      history: path.join(o.output, 'observations_history.csv'),
      best: path.join(o.output, 'best_observations.csv'),
    };
    if (o.json) {
      process.stdout.write(`${JSON.stringify({ asOf: o.asOf, rows: counts, files }, null, 2)}\n`);
    } else {
      process.stdout.write(
        `${o.asOf === null ? 'current figures' : `figures as known on ${o.asOf}`}: ${files.observations} (${counts.observations} rows)\n` +
          `every vintage: ${files.history} (${counts.history} rows)\n` +
          `one figure per series: ${files.best} (${counts.best} rows)\n`,
      );
    }
    return EXIT.OK;
  } catch (error) {
    process.stderr.write(`solieu export: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.FAILED;
  } finally {
    await opened.db.destroy();
  }
}
