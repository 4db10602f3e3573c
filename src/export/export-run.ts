import path from 'node:path';
import type { Warehouse } from '../warehouse/database.ts';
import { currentFindings, currentRejects } from '../warehouse/current-observations.ts';
import { REJECT_COLUMNS, VALIDATION_COLUMNS } from './export-columns.ts';
import { createLabeller } from './observation-labels.ts';
import type { ReportFormatter } from './format-report-rows.ts';
import { writeObservationsCsv, type ObservationBlock } from './write-observations-csv.ts';
import { writeCsv } from './write-csv.ts';
import { writeDataPackage } from './write-datapackage.ts';

/** The files {@link exportRun} writes. */
export const RUN_EXPORT_FILES = ['observations.csv', 'rejects.csv', 'validation.csv', 'datapackage.json'] as const;

/**
 * Writes `observations.csv` (the warehouse's current observations, with
 * their codes and Vietnamese names, see `createLabeller`) and
 * `rejects.csv` (this run's refused files and the quarantined observations
 * of current document versions), `validation.csv` (what the validation
 * rules found in the current versions, see `currentFindings`) into
 * `outputDir`, and the `datapackage.json` that describes the three. Given
 * the blocks of observations.csv as the run before left it (`previous`),
 * the rows of the reports that did not change are copied from it (see
 * `writeObservationsCsv`), and the others' rows are formatted by `format`
 * when given (a run's worker threads, with the labels `createLabeller()`
 * gives). A file that cannot be written throws, naming it.
 *
 * @example
 * await exportRun(db, 'output', runId) // → { observations: 43, rejects: 0, findings: 2, blocks: […], formatted: 3, copied: 0 }
 */
export async function exportRun(
  db: Warehouse,
  outputDir: string,
  runId: string,
  previous: readonly ObservationBlock[] | null = null,
  format?: ReportFormatter,
): Promise<RunExport> {
  const written = await writeObservationsCsv(db, path.join(outputDir, 'observations.csv'), createLabeller(), previous, format ? { format } : {});
  const observations = written.rows;
  const rejects = await writeCsv({ file: path.join(outputDir, 'rejects.csv'), columns: REJECT_COLUMNS, rows: currentRejects(db, [runId]) });
  const findings = await writeCsv({ file: path.join(outputDir, 'validation.csv'), columns: VALIDATION_COLUMNS, rows: currentFindings(db) });
  const described = await writeDataPackage(outputDir, { resources: ['observations', 'rejects', 'validation'] });
  if (!described.ok) throw new Error(described.message);
  return { observations, rejects, findings, blocks: written.blocks, formatted: written.formatted, copied: written.copied };
}

/** What {@link exportRun} wrote: the rows of each file, and where each report's rows lie in observations.csv (with how many were formatted anew and copied). */
export interface RunExport {
  readonly observations: number;
  readonly rejects: number;
  readonly findings: number;
  readonly blocks: readonly ObservationBlock[];
  readonly formatted: number;
  readonly copied: number;
}
