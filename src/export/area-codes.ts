import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toneKey } from '../core/match-key.ts';
import { readCsvTable } from '../taxonomy/read-csv-table.ts';
import { SDMX_UNKNOWN, sdmxId } from './sdmx-codes.ts';

/** The built-in table of region codes. */
export const AREA_CODES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'area-codes.csv');

/** A REF_AREA code with its names. */
export interface AreaCode {
  readonly id: string;
  readonly nameVi: string;
  readonly nameEn: string;
}

/** The REF_AREA code of a region name, for a period starting on a day. */
export interface AreaCodes {
  /**
   * The code of `region` for a figure whose period ends on `periodEnd`
   * (YYYY-MM-DD, or null when unknown).
   */
  codeOf(region: string | null, periodEnd: string | null): AreaCode;
}

interface AreaRow {
  readonly id: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/**
 * Loads the REF_AREA codes (`data/area-codes.csv`): the statistics
 * office's province codes, VN for Việt Nam, ISO 3166-1 alpha-2 for foreign
 * economies. A name whose unit took another code on 2025-07-01 (Bắc Ninh 27,
 * then 24 after the merger) has a row with `valid_from`, which a figure
 * whose period ends on or after that day takes: the year 2025 of Bắc Ninh
 * is reported for the merged unit. A name with no row gets
 * `X_` and its ASCII name (X_ASEAN, X_DONG_BANG_SONG_HONG); no name, `_U`.
 *
 * @example
 * const areas = loadAreaCodes();
 * areas.codeOf('Quảng Ninh', '2023-12-31').id // → '22'
 * areas.codeOf('Bắc Ninh', '2024-12-31').id   // → '27'
 * areas.codeOf('Bắc Ninh', '2025-12-31').id   // → '24'
 * areas.codeOf('Hoa Kỳ', null).id             // → 'US'
 * areas.codeOf(null, null).id                 // → '_U'
 */
export function loadAreaCodes(file: string = AREA_CODES_FILE): AreaCodes {
  const byName = new Map<string, AreaRow[]>();
  const byId = new Map<string, AreaRow[]>();
  for (const r of readCsvTable(file)) {
    const key = toneKey(r['region'] ?? '');
    const row: AreaRow = { id: r['code'] ?? '', nameVi: r['name_vi'] || (r['region'] ?? ''), nameEn: r['name_en'] ?? '', validFrom: r['valid_from'] || null, validTo: r['valid_to'] || null };
    byName.set(key, [...(byName.get(key) ?? []), row]);
    byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  }
  const codeById = new Map([...byId].map(([id, rows]) => [id, { id, nameVi: nameOf(rows), nameEn: rows.find((r) => r.nameEn !== '')?.nameEn ?? '' }]));
  return {
    codeOf(region, periodEnd) {
      if (region === null || region.trim() === '') return { id: SDMX_UNKNOWN, nameVi: 'Không xác định', nameEn: 'Unknown (the text names no place)' };
      const rows = byName.get(toneKey(region));
      if (!rows) return { id: `X_${sdmxId(region) || 'AREA'}`, nameVi: region, nameEn: '' };
      const later = periodEnd === null ? [] : rows.filter((r) => r.validFrom !== null && r.validFrom <= periodEnd);
      const pick = later.sort((a, b) => (a.validFrom! < b.validFrom! ? 1 : -1))[0] ?? rows.find((r) => r.validFrom === null) ?? rows[0]!;
      return codeById.get(pick.id)!;
    },
  };
}

/**
 * The name of a code that several units held in turn: the current unit
 * first, each ended one with the day it ended ("Tỉnh Bắc Ninh (từ
 * 2025-07-01); Tỉnh Bắc Giang (đến 2025-06-30)").
 */
function nameOf(rows: readonly AreaRow[]): string {
  const distinct = rows.filter((r, i) => rows.findIndex((s) => s.nameVi === r.nameVi) === i);
  const current = (r: AreaRow) => (r.validTo === null ? 0 : 1);
  const sorted = [...distinct].sort((a, b) => current(a) - current(b) || (b.validTo ?? '').localeCompare(a.validTo ?? ''));
  if (sorted.length === 1 && sorted[0]!.validTo === null) return sorted[0]!.nameVi;
  return sorted
    .map((r) => (r.validTo !== null ? `${r.nameVi} (đến ${r.validTo})` : r.validFrom !== null && sorted.length > 1 ? `${r.nameVi} (từ ${r.validFrom})` : r.nameVi))
    .join('; ');
}
