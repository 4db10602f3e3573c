import path from 'node:path';
import { writeCsv } from './write-csv.ts';

/** The code lists the SDMX export writes, one file each under `codelists/`. */
export const CODELIST_IDS = ['CL_AREA', 'CL_INDICATOR', 'CL_UNIT', 'CL_UNIT_MULT', 'CL_OBS_STATUS', 'CL_QUALIFIER'] as const;
export type CodelistId = (typeof CODELIST_IDS)[number];

/** The columns of a code list file. */
export const CODELIST_COLUMNS = ['id', 'name_vi', 'name_en', 'solieu_values'] as const;

/** A row of a code list file. */
export interface CodelistRow {
  id: string;
  name_vi: string;
  name_en: string;
  /** The values of observations.csv the code stands for, "|"-separated. */
  solieu_values: string;
}

/** The SDMX column each code list codes. */
export const CODELIST_OF_COLUMN = {
  REF_AREA: 'CL_AREA',
  INDICATOR: 'CL_INDICATOR',
  UNIT_MEASURE: 'CL_UNIT',
  UNIT_MULT: 'CL_UNIT_MULT',
  OBS_STATUS: 'CL_OBS_STATUS',
  OBS_QUALIFIER: 'CL_QUALIFIER',
} as const satisfies Record<string, CodelistId>;

/** Code lists in which one code must stand for one solieu value (a region may have two names for one unit). */
const ONE_VALUE_PER_CODE: ReadonlySet<CodelistId> = new Set(['CL_INDICATOR', 'CL_UNIT']);

/** Two solieu values that map to one code of a list that must tell them apart. */
export interface CodeCollision {
  readonly list: CodelistId;
  readonly id: string;
  readonly values: readonly [string, string];
}

/** The code lists an export fills as it goes: the codes it used, with their names. */
export interface SdmxCodelists {
  /** Records that `id` of `list` was used for `value`; a collision when the list already has the id for another value. */
  use(list: CodelistId, id: string, value: string, names: { readonly nameVi: string; readonly nameEn: string }): CodeCollision | null;
  /** The rows of a list, by code. */
  rows(list: CodelistId): CodelistRow[];
}

/**
 * An empty set of code lists to fill while exporting.
 *
 * @example
 * const lists = createSdmxCodelists();
 * lists.use('CL_UNIT', 'PT', '%', { nameVi: 'phần trăm', nameEn: 'percent' }); // → null
 * lists.rows('CL_UNIT') // → [{ id: 'PT', name_vi: 'phần trăm', name_en: 'percent', solieu_values: '%' }]
 */
export function createSdmxCodelists(): SdmxCodelists {
  const lists = new Map<CodelistId, Map<string, { nameVi: string; nameEn: string; values: Set<string> }>>(CODELIST_IDS.map((id) => [id, new Map()]));
  return {
    use(list, id, value, names) {
      const codes = lists.get(list)!;
      const known = codes.get(id);
      if (!known) {
        codes.set(id, { ...names, values: new Set([value]) });
        return null;
      }
      if (!known.values.has(value) && ONE_VALUE_PER_CODE.has(list)) return { list, id, values: [[...known.values][0]!, value] };
      known.values.add(value);
      return null;
    },
    rows(list) {
      return [...lists.get(list)!]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, c]) => ({ id, name_vi: c.nameVi, name_en: c.nameEn, solieu_values: [...c.values].sort().join('|') }));
    },
  };
}

/**
 * Writes every code list to `<dir>/codelists/<ID>.csv`; returns the rows
 * of each. The folder must exist.
 *
 * @example
 * await writeCodelists('output', lists) // → { CL_AREA: 12, CL_INDICATOR: 30, … }
 */
export async function writeCodelists(dir: string, lists: SdmxCodelists): Promise<Record<CodelistId, number>> {
  const counts = {} as Record<CodelistId, number>;
  for (const id of CODELIST_IDS) {
    const rows = lists.rows(id);
    counts[id] = await writeCsv({ file: path.join(dir, 'codelists', `${id}.csv`), columns: CODELIST_COLUMNS, rows: (async function* () { yield* rows; })() });
  }
  return counts;
}
