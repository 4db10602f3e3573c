import { existsSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { Warehouse } from '../warehouse/database.ts';
import type { RunExport } from './export-run.ts';
import type { ObservationBlock } from './write-observations-csv.ts';

/** The file, in the output folder, that says what the run exports were written from. */
export const EXPORT_STAMP = '.solieu-exports.json';

/** What the run exports were written from, and the files as they were left. */
export interface ExportStamp {
  /** The warehouse's state: see {@link warehouseState}. */
  readonly state: string;
  readonly counts: { readonly observations: number; readonly rejects: number; readonly findings: number };
  /** How many of the rejects were the writing run's own refused files and inputs (rejects.csv lists those of the latest run only). */
  readonly runRejects: number;
  /** Each file written, with its size and modification time, so a file deleted, edited or replaced since is noticed. */
  readonly files: Readonly<Record<string, { readonly size: number; readonly mtimeMs: number }>>;
  /** What wrote the files (the solieu version, given by the caller: its labels and columns); blocks written by another are not reused. */
  readonly writer: string;
  /** Where each report's rows lie in observations.csv (see `writeObservationsCsv`). */
  readonly blocks: readonly ObservationBlock[];
}

/**
 * A fingerprint of everything the run exports show: how many rows each
 * table holds, the newest row ids, how many versions are closed and
 * figures retracted, how many reports are missing or pruned. Any write a run makes
 * (a version stored, updated in place, closed or pruned; a figure
 * quarantined; an event) changes it.
 *
 * @example
 * await warehouseState(db) // → '508|508|0|48717|48717|0|…'
 */
export async function warehouseState(db: Warehouse): Promise<string> {
  const row = await sql<Record<string, number | null>>`
    SELECT
      (SELECT count(*) FROM document_versions) AS v, (SELECT max(version_id) FROM document_versions) AS vmax,
      (SELECT count(valid_to) FROM document_versions) AS vclosed, (SELECT count(*) FROM figures) AS o,
      (SELECT max(obs_id) FROM figures) AS omax, (SELECT count(*) FROM figures WHERE retracted = 1) AS oretracted,
      (SELECT count(*) FROM rejects) AS r, (SELECT max(reject_id) FROM rejects) AS rmax,
      (SELECT count(*) FROM validation_results) AS f, (SELECT max(result_id) FROM validation_results) AS fmax,
      (SELECT count(*) FROM document_events) AS e, (SELECT max(event_id) FROM document_events) AS emax,
      (SELECT count(*) FROM documents) AS d, (SELECT count(missing_since_run_id) FROM documents) AS dmissing,
      (SELECT count(pruned_run_id) FROM documents) AS dpruned`.execute(db);
  const r = row.rows[0] ?? {};
  return Object.keys(r).sort().map((k) => `${k}=${r[k] ?? ''}`).join('|');
}

/**
 * The stamp of the exports in `outputDir` when they still are what was
 * written from a warehouse in `state`: every file there, unchanged. Null
 * otherwise (no stamp, another state, a file gone or touched).
 *
 * @example
 * intactExports('output', await warehouseState(db), '0.1.0')?.counts.observations // → 48717
 */
export function intactExports(outputDir: string, state: string, writer: string): ExportStamp | null {
  const stamp = readStamp(outputDir);
  if (stamp === null) return null;
  if (stamp.state !== state || typeof stamp.files !== 'object' || stamp.writer !== writer) return null;
  for (const name of Object.keys(stamp.files)) if (!untouched(outputDir, stamp, name)) return null;
  return stamp;
}

/**
 * The blocks of observations.csv as the run before left it, when the file
 * is still as it wrote it (whatever the warehouse's state now): the rows a
 * run did not change are copied from it. Null otherwise.
 *
 * @example
 * previousBlocks('output', '0.1.0')?.length // → 540
 */
export function previousBlocks(outputDir: string, writer: string): readonly ObservationBlock[] | null {
  const stamp = readStamp(outputDir);
  return stamp && stamp.writer === writer && Array.isArray(stamp.blocks) && untouched(outputDir, stamp, 'observations.csv') ? stamp.blocks : null;
}

function readStamp(outputDir: string): ExportStamp | null {
  const file = path.join(outputDir, EXPORT_STAMP);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ExportStamp;
  } catch {
    return null;
  }
}

function untouched(outputDir: string, stamp: ExportStamp, name: string): boolean {
  const was = stamp.files[name];
  const at = path.join(outputDir, name);
  if (!was || !existsSync(at)) return false;
  const now = statSync(at);
  return now.size === was.size && now.mtimeMs === was.mtimeMs;
}

/**
 * Records what the exports in `outputDir` were written from.
 *
 * @example
 * await writeExportStamp('output', state, exported, 0, ['observations.csv', 'rejects.csv', 'validation.csv', 'datapackage.json'], '0.1.0')
 */
export async function writeExportStamp(outputDir: string, state: string, exported: RunExport, runRejects: number, names: readonly string[], writer: string): Promise<void> {
  const files = Object.fromEntries(names.map((n) => {
    const s = statSync(path.join(outputDir, n));
    return [n, { size: s.size, mtimeMs: s.mtimeMs }];
  }));
  const counts = { observations: exported.observations, rejects: exported.rejects, findings: exported.findings };
  const stamp: ExportStamp = { state, counts, runRejects, files, writer, blocks: exported.blocks };
  await writeFile(path.join(outputDir, EXPORT_STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
}
