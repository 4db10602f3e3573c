import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { periodInterval } from '../core/period-interval.ts';
import { currentObservations, type ExportedObservation } from '../warehouse/current-observations.ts';
import type { Warehouse } from '../warehouse/database.ts';
import { loadAreaCodes, type AreaCodes } from './area-codes.ts';
import { EXPORT_FAILURE_CODES, exportFailure, type ExportFailure } from './export-failure.ts';
import { formatDecimal } from './format-decimal.ts';
import { createSdmxCodelists, writeCodelists, type CodeCollision, type CodelistId, type SdmxCodelists } from './sdmx-codelists.ts';
import { OBS_STATUS_CODES, QUALIFIER_NAMES, UNIT_MULT_NAMES, indicatorId, obsStatusOf, qualifierId, unitId } from './sdmx-codes.ts';
import { sdmxTimePeriod } from './sdmx-time-period.ts';
import { decimalsOf, shiftDecimal } from '../core/shift-decimal.ts';
import { taxonomyNames } from './taxonomy-names.ts';
import { writeCsv } from './write-csv.ts';

/** The SDMX-CSV file of an export folder. */
export const SDMX_FILE = 'observations.sdmx.csv';

/** The data structure definition the rows refer to (STRUCTURE=datastructure). */
export const SDMX_STRUCTURE_ID = 'SOLIEU:DSD_OBSERVATIONS(1.0.0)';

/** The media type of the file (SDMX-CSV 2.0). */
export const SDMX_MEDIATYPE = 'application/vnd.sdmx.data+csv; version=2.0.0';

/** The dimensions of SOLIEU:DSD_OBSERVATIONS, in key order (TIME_PERIOD last, the observation dimension). */
export const SDMX_DIMENSIONS = ['REF_AREA', 'INDICATOR', 'FIGURE', 'TIME_PERIOD'] as const;

/** The DSD's attributes (after the measure OBS_VALUE). */
export const SDMX_ATTRIBUTES = ['UNIT_MEASURE', 'UNIT_MULT', 'DECIMALS', 'OBS_STATUS', 'OBS_QUALIFIER', 'VALUE_HIGH', 'BASE_PER', 'SOURCE_TEXT'] as const;

/** Custom columns (SDMX-CSV 2.0 allows them after the components): the provenance of each row. */
export const SDMX_CUSTOM_COLUMNS = ['SOLIEU_STATUS', 'DOC_ID', 'DOC_VERSION', 'SOURCE_PATH', 'SPAN_START', 'SPAN_END', 'PUBLISHED'] as const;

/** The columns of `observations.sdmx.csv`, in order. */
export const SDMX_COLUMNS = ['STRUCTURE', 'STRUCTURE_ID', 'ACTION', ...SDMX_DIMENSIONS, 'OBS_VALUE', ...SDMX_ATTRIBUTES, ...SDMX_CUSTOM_COLUMNS] as const;

/** A row of `observations.sdmx.csv`. */
export type SdmxRow = Record<(typeof SDMX_COLUMNS)[number], string | number | null>;

/** Why an observation has no SDMX row: SDMX needs a TIME_PERIOD, and one row per series key and period. */
export interface SdmxSkipped {
  /** The text gives the figure no period. */
  readonly noPeriod: number;
  /** The period cannot be read as one (an unfilled year "????-Q1"). */
  readonly unreadablePeriod: number;
  /** A second row with a key already written (cannot happen while obs_key is unique). */
  readonly duplicateKey: number;
}

/** What `exportSdmx` wrote: read = rows + every skipped count. */
export interface SdmxExport {
  readonly ok: true;
  readonly file: string;
  readonly read: number;
  readonly rows: number;
  readonly skipped: SdmxSkipped;
  /** The rows of each code list under `codelists/`. */
  readonly codelists: Readonly<Record<CodelistId, number>>;
}

/** Options of `exportSdmx`. */
export interface SdmxExportOptions {
  /** The observations to write (e.g. `observationsAsOf(db, day)`); default the current ones. */
  readonly rows?: AsyncIterable<ExportedObservation>;
}

/**
 * Writes `observations.sdmx.csv` (SDMX-CSV 2.0, one row per observation)
 * and the code lists its coded columns use (`codelists/CL_*.csv`) into
 * `dir`.
 *
 * The structure is `SOLIEU:DSD_OBSERVATIONS(1.0.0)` (STRUCTURE=datastructure,
 * ACTION=I). Its dimensions are REF_AREA (CL_AREA: statistics office
 * province codes, by the period's last day, VN, ISO 3166-1 alpha-2, X_…,
 * `_U`), INDICATOR (CL_INDICATOR: `gdp.growth` → GDP_GROWTH, `_U`
 * unclassified), FIGURE (the figure's obs_key: figures of one report can
 * share area, indicator and period, and a revised figure keeps its key) and
 * TIME_PERIOD (`sdmxTimePeriod`: 2023, 2024-Q1, 2024-S1, 2024-10,
 * 2024-01-01/P9M). The measure OBS_VALUE is the value as written, in units
 * of 10^UNIT_MULT (315839 with UNIT_MULT 9 for "315.839 tỷ đồng"), so
 * OBS_VALUE × 10^UNIT_MULT is the contract's `value`. Attributes:
 * UNIT_MEASURE (CL_UNIT, PT for %), UNIT_MULT, DECIMALS, OBS_STATUS (A
 * reported, P preliminary, E estimate, F forecast and target),
 * OBS_QUALIFIER, VALUE_HIGH, BASE_PER, SOURCE_TEXT; then custom provenance
 * columns. Observations with no readable period are counted in `skipped`,
 * not written. A failed write or a code collision is returned as a value.
 *
 * @example
 * await exportSdmx(db, 'output')
 * // → { ok: true, file: 'output/observations.sdmx.csv', read: 1995, rows: 1918, skipped: { noPeriod: 77, … }, codelists: { CL_AREA: 33, … } }
 */
export async function exportSdmx(db: Warehouse, dir: string, options: SdmxExportOptions = {}): Promise<SdmxExport | ExportFailure> {
  const file = path.join(dir, SDMX_FILE);
  const codes: RowCoder = { areas: loadAreaCodes(), names: taxonomyNames(), lists: createSdmxCodelists() };
  const skipped = { noPeriod: 0, unreadablePeriod: 0, duplicateKey: 0 };
  const keys = new Set<string>();
  let read = 0;
  async function* rows(): AsyncGenerator<SdmxRow> {
    for await (const o of options.rows ?? currentObservations(db)) {
      read++;
      const r = toSdmxRow(o, codes);
      if ('skip' in r) {
        skipped[r.skip]++;
        continue;
      }
      const key = SDMX_DIMENSIONS.map((d) => r.row[d]).join('.');
      if (keys.has(key)) {
        skipped.duplicateKey++;
        continue;
      }
      keys.add(key);
      yield r.row;
    }
  }
  try {
    await mkdir(path.join(dir, 'codelists'), { recursive: true });
    const written = await writeCsv({ file, columns: SDMX_COLUMNS, rows: rows() });
    const codelists = await writeCodelists(dir, codes.lists);
    return { ok: true, file, read, rows: written, skipped, codelists };
  } catch (error) {
    if (error instanceof CollisionError) {
      const { list, id, values } = error.collision;
      return exportFailure(EXPORT_FAILURE_CODES.CODE_COLLISION, file, `${list}: expected one value per code, got "${values[0]}" and "${values[1]}" both coded ${id}`);
    }
    return exportFailure(EXPORT_FAILURE_CODES.WRITE_FAILED, file, error);
  }
}

/** What coding a row needs. */
interface RowCoder {
  readonly areas: AreaCodes;
  readonly names: ReturnType<typeof taxonomyNames>;
  readonly lists: SdmxCodelists;
}

/** A code collision, carried out of the row stream to become a failure value. */
class CollisionError extends Error {
  constructor(readonly collision: CodeCollision) {
    super(`code collision in ${collision.list}`);
  }
}

function toSdmxRow(o: ExportedObservation, codes: RowCoder): { row: SdmxRow } | { skip: 'noPeriod' | 'unreadablePeriod' } {
  if (o.period === null || o.period === '') return { skip: 'noPeriod' };
  const timePeriod = sdmxTimePeriod(o.period);
  const interval = periodInterval(o.period);
  if (timePeriod === null || interval === null) return { skip: 'unreadablePeriod' };
  const use = (list: CodelistId, id: string, value: string, names: { nameVi: string; nameEn: string }): string => {
    const collision = codes.lists.use(list, id, value, names);
    if (collision) throw new CollisionError(collision);
    return id;
  };
  const area = codes.areas.codeOf(o.region, new Date(interval.last * 86_400_000).toISOString().slice(0, 10));
  // numbers, not text: writeCsv prefixes text that begins with "-" with "'" (formula injection)
  const obsValue = Number(shiftDecimal(formatDecimal(o.value), o.unit_mult));
  const status = obsStatusOf(o.status);
  const mult = String(o.unit_mult);
  use('CL_UNIT_MULT', mult, mult, UNIT_MULT_NAMES[mult] ?? { nameVi: `10^${mult}`, nameEn: `10^${mult}` });
  return {
    row: {
      STRUCTURE: 'datastructure',
      STRUCTURE_ID: SDMX_STRUCTURE_ID,
      ACTION: 'I',
      REF_AREA: use('CL_AREA', area.id, o.region ?? '', area),
      INDICATOR: use('CL_INDICATOR', indicatorId(o.indicator), o.indicator ?? '', o.indicator === null
        ? { nameVi: 'Chưa phân loại', nameEn: 'Unclassified (no indicator of the taxonomy)' }
        : { nameVi: codes.names.indicator(o.indicator), nameEn: codes.names.indicatorEn(o.indicator) }),
      FIGURE: o.obs_key ?? `X${createHash('sha256').update(o.doc_id).digest('hex').slice(0, 12)}-${o.span_start}-${o.span_end}`,
      TIME_PERIOD: timePeriod,
      OBS_VALUE: obsValue,
      UNIT_MEASURE: use('CL_UNIT', unitId(o.unit), o.unit, { nameVi: codes.names.unit(o.unit), nameEn: codes.names.unitEn(o.unit) || o.unit }),
      UNIT_MULT: o.unit_mult,
      DECIMALS: decimalsOf(formatDecimal(obsValue)),
      OBS_STATUS: use('CL_OBS_STATUS', status, o.status ?? 'reported', OBS_STATUS_CODES[status]),
      OBS_QUALIFIER: o.qualifier === null ? null : use('CL_QUALIFIER', qualifierId(o.qualifier), o.qualifier, QUALIFIER_NAMES[qualifierId(o.qualifier)] ?? { nameVi: o.qualifier, nameEn: o.qualifier }),
      VALUE_HIGH: o.value_high === null ? null : Number(shiftDecimal(formatDecimal(o.value_high), o.unit_mult)),
      BASE_PER: o.base_period === null ? null : sdmxTimePeriod(o.base_period) ?? o.base_period,
      SOURCE_TEXT: o.text,
      SOLIEU_STATUS: o.status,
      DOC_ID: o.doc_id,
      DOC_VERSION: o.doc_version,
      SOURCE_PATH: o.source_path,
      SPAN_START: o.span_start,
      SPAN_END: o.span_end,
      PUBLISHED: o.published,
    },
  };
}
