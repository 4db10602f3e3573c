import { OBSERVATION_COLUMNS, REJECT_COLUMNS, VALIDATION_COLUMNS } from './export-columns.ts';
import { BEST_COLUMNS, CONFLICT_COLUMNS, HISTORY_COLUMNS, REVISION_COLUMNS } from './export-vintages.ts';
import { PARQUET_COLUMNS, PARQUET_FILE, PARQUET_MEDIATYPE } from './export-parquet.ts';
import { SDMX_COLUMNS, SDMX_DIMENSIONS, SDMX_FILE, SDMX_MEDIATYPE } from './export-sdmx.ts';
import { CODELIST_COLUMNS, CODELIST_IDS, CODELIST_OF_COLUMN, type CodelistId } from './sdmx-codelists.ts';

/** A reference from columns of one resource to the key of another (Frictionless foreignKeys). */
export interface ResourceForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

/** A file an export folder may hold, as a data package describes it. */
export interface ExportResource {
  readonly name: string;
  /** The path inside the export folder (POSIX). */
  readonly path: string;
  readonly format: 'csv' | 'parquet' | 'xlsx';
  readonly mediatype: string;
  readonly title: string;
  readonly description: string;
  /** Its columns, in file order; each has an entry in `EXPORT_FIELDS`. */
  readonly columns: readonly string[];
  readonly primaryKey?: readonly string[];
  /** Columns that never are empty in this file, beyond those the catalogue marks required everywhere. */
  readonly required?: readonly string[];
  readonly foreignKeys?: readonly ResourceForeignKey[];
  /** Descriptions that say what a column holds in this file, where the catalogue's is more general. */
  readonly descriptions?: Readonly<Record<string, string>>;
}

const OBSERVATION_REQUIRED = ['source_path', 'doc_id', 'doc_version', 'text', 'value', 'unit', 'unit_mult', 'sentence', 'span_start', 'span_end', 'obs_key'];

/** The name of a code list's resource. */
export function codelistResourceName(id: CodelistId): string {
  return `codelist_${id.toLowerCase()}`;
}

/**
 * The resource of a code list file (`codelists/CL_AREA.csv`, …).
 *
 * @example
 * codelistResource('CL_AREA').path // → 'codelists/CL_AREA.csv'
 */
export function codelistResource(id: CodelistId): ExportResource {
  return {
    name: codelistResourceName(id),
    path: `codelists/${id}.csv`,
    format: 'csv',
    mediatype: 'text/csv',
    title: `SDMX code list ${id}`,
    description: `The codes of ${Object.entries(CODELIST_OF_COLUMN).find(([, l]) => l === id)?.[0] ?? id} that observations.sdmx.csv uses, with their names.`,
    columns: CODELIST_COLUMNS,
    primaryKey: ['id'],
  };
}

/** The coded SDMX columns whose values a code list's `id` holds, as foreign keys. */
const SDMX_FOREIGN_KEYS: readonly ResourceForeignKey[] = (['REF_AREA', 'INDICATOR', 'UNIT_MEASURE', 'OBS_STATUS'] as const).map((c) => ({
  fields: [c],
  reference: { resource: codelistResourceName(CODELIST_OF_COLUMN[c]), fields: ['id'] },
}));

/**
 * Every file an export folder may hold, in the order a data package lists
 * them: what `solieu run` and `solieu export` write, the Parquet and
 * SDMX-CSV files, and the SDMX code lists.
 */
export const EXPORT_RESOURCES: readonly ExportResource[] = [
  {
    name: 'observations',
    path: 'observations.csv',
    format: 'csv',
    mediatype: 'text/csv',
    title: 'Observations (current figures)',
    description: "The figures of the current version of every report, one row per figure: the observation contract's columns, then provenance.",
    columns: OBSERVATION_COLUMNS,
    primaryKey: ['obs_key'],
    required: OBSERVATION_REQUIRED,
  },
  {
    name: 'observations_parquet',
    path: PARQUET_FILE,
    format: 'parquet',
    mediatype: PARQUET_MEDIATYPE,
    title: 'Observations (current figures), Parquet',
    description: 'The rows of observations.csv with typed columns, and the days of each period and publication date as DATE columns.',
    columns: PARQUET_COLUMNS,
    primaryKey: ['obs_key'],
    required: OBSERVATION_REQUIRED,
  },
  {
    name: 'observations_sdmx',
    path: SDMX_FILE,
    format: 'csv',
    mediatype: SDMX_MEDIATYPE,
    title: 'Observations as SDMX-CSV 2.0 (SOLIEU:DSD_OBSERVATIONS(1.0.0))',
    description: 'The current figures that have a period, one SDMX observation each: dimensions REF_AREA, INDICATOR, FIGURE, TIME_PERIOD; measure OBS_VALUE in units of 10^UNIT_MULT; attributes and provenance columns after them.',
    columns: SDMX_COLUMNS,
    primaryKey: SDMX_DIMENSIONS,
    foreignKeys: SDMX_FOREIGN_KEYS,
  },
  ...CODELIST_IDS.map(codelistResource),
  {
    name: 'rejects',
    path: 'rejects.csv',
    format: 'csv',
    mediatype: 'text/csv',
    title: 'Rejects',
    description: "The files the latest run refused and the quarantined observations of every current report version, with the reason.",
    columns: REJECT_COLUMNS,
    descriptions: { text: 'The text that was refused (a quarantined figure\'s span, a manifest cell), when there is one.' },
  },
  {
    name: 'validation',
    path: 'validation.csv',
    format: 'csv',
    mediatype: 'text/csv',
    title: 'Validation findings',
    description: 'What the validation rules found in the current version of every report: a warning on an accepted figure, or the error that quarantined one, with the evidence.',
    columns: VALIDATION_COLUMNS,
    required: ['source_path', 'doc_id', 'doc_version', 'text', 'span_start', 'span_end'],
    descriptions: { text: 'The text of the figure the finding is about.' },
  },
  {
    name: 'observations_history',
    path: 'observations_history.csv',
    format: 'csv',
    mediatype: 'text/csv',
    title: 'Observation history (every vintage)',
    description: 'Every vintage of every figure: the value each report version gave it, and the days it was the published one.',
    columns: HISTORY_COLUMNS,
    primaryKey: ['obs_key', 'doc_version'],
    required: ['doc_id', 'doc_version', 'text', 'value', 'unit', 'unit_mult', 'sentence', 'span_start', 'span_end', 'obs_key', 'vintage_from', 'retracted', 'run_id'],
  },
  {
    name: 'best_observations',
    path: 'best_observations.csv',
    format: 'csv',
    mediatype: 'text/csv',
    title: 'Best observations (one figure per series)',
    description: 'One current figure per indicator, region, period and unit: reported over preliminary over estimate over forecast over target, then the latest published.',
    columns: BEST_COLUMNS,
    primaryKey: ['obs_key'],
    required: [...OBSERVATION_REQUIRED, 'candidates'],
  },
  {
    name: 'revisions',
    path: 'revisions.csv',
    format: 'csv',
    mediatype: 'text/csv',
    title: 'Revisions',
    description: 'The figures revised, reclassified, new and retracted in a window of runs or days (solieu diff).',
    columns: REVISION_COLUMNS,
    required: ['doc_id', 'change', 'unit', 'vintage', 'run_id'],
  },
  {
    name: 'conflicts',
    path: 'conflicts.csv',
    format: 'csv',
    mediatype: 'text/csv',
    title: 'Conflicts',
    description: 'The series two or more reports state with different values, each report\'s figure, and whether best_observations picks it (solieu conflicts).',
    columns: CONFLICT_COLUMNS,
    required: ['indicator', 'period', 'unit', 'value', 'doc_id', 'source_path', 'text', 'best'],
  },
];
