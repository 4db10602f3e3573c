import path from 'node:path';
import type { Warehouse } from '../warehouse/database.ts';
import { currentFindings, currentObservations, currentRejects } from '../warehouse/current-observations.ts';
import { OBSERVATION_COLUMNS, REJECT_COLUMNS, VALIDATION_COLUMNS } from './export-columns.ts';
import { createLabeller, labelled } from './observation-labels.ts';
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
 * `outputDir`, and the `datapackage.json` that describes the three. A file that cannot be written
 * throws, naming it.
 *
 * @example
 * await exportRun(db, 'output', runId) // → { observations: 43, rejects: 0, findings: 2 }
 */
export async function exportRun(db: Warehouse, outputDir: string, runId: string): Promise<{ observations: number; rejects: number; findings: number }> {
  const observations = await writeCsv({ file: path.join(outputDir, 'observations.csv'), columns: OBSERVATION_COLUMNS, rows: labelled(currentObservations(db), createLabeller()) });
  const rejects = await writeCsv({ file: path.join(outputDir, 'rejects.csv'), columns: REJECT_COLUMNS, rows: currentRejects(db, runId) });
  const findings = await writeCsv({ file: path.join(outputDir, 'validation.csv'), columns: VALIDATION_COLUMNS, rows: currentFindings(db) });
  const described = await writeDataPackage(outputDir, { resources: ['observations', 'rejects', 'validation'] });
  if (!described.ok) throw new Error(described.message);
  return { observations, rejects, findings };
}
