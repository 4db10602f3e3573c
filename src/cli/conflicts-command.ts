import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { EXIT } from './exit-codes.ts';
import { formatTable } from './format-table.ts';
import { openExistingWarehouse } from './open-existing-warehouse.ts';
import { CONFLICT_COLUMNS, writeRows } from '../export/export-vintages.ts';
import { conflicts, type ConflictRow } from '../warehouse/vintages-query.ts';

/** The `conflicts` command's options, resolved. */
export interface ConflictsCommandOptions {
  readonly db: string;
  readonly output: string;
  readonly json: boolean;
}

const SHOWN: ReadonlyArray<keyof ConflictRow & string> = ['indicator', 'region', 'period', 'unit', 'value', 'status', 'published', 'best', 'source_path', 'text'];

/**
 * `solieu conflicts`: the series (indicator, region, period, unit) that
 * reports state with different values, each report's figure, and the one
 * `best_observations` picks (reported over preliminary over estimate over
 * forecast over target, then the latest published). Writes `conflicts.csv`;
 * prints a table, or JSON with `--json`.
 *
 * @example
 * await conflictsCommand({ db: 'output/warehouse.sqlite', output: 'output', json: false }) // → 0
 */
export async function conflictsCommand(o: ConflictsCommandOptions): Promise<number> {
  const opened = await openExistingWarehouse(o.db);
  if (!opened.ok) {
    process.stderr.write(`solieu conflicts: ${opened.error}\n`);
    return EXIT.FAILED;
  }
  try {
    const rows = await conflicts(opened.db);
    await mkdir(o.output, { recursive: true });
    const file = path.join(o.output, 'conflicts.csv');
    await writeRows(file, CONFLICT_COLUMNS, rows);
    const series = new Set(rows.map((r) => JSON.stringify([r.indicator, r.region, r.period, r.unit]))).size;
    if (o.json) process.stdout.write(`${JSON.stringify({ series, rows, file }, null, 2)}\n`);
    else process.stdout.write(`${rows.length ? formatTable(rows, SHOWN) : ''}${series} series stated differently by different reports; wrote ${file}\n`);
    return EXIT.OK;
  } catch (error) {
    process.stderr.write(`solieu conflicts: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.FAILED;
  } finally {
    await opened.db.destroy();
  }
}
