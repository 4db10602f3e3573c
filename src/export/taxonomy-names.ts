import path from 'node:path';
import { BUILTIN_TAXONOMY_DIR } from '../taxonomy/load-taxonomy.ts';
import { readCsvTable } from '../taxonomy/read-csv-table.ts';

/**
 * The Vietnamese names of the taxonomy's indicators and units, for the
 * code lists: an indicator's `name_vi`, a unit's first phrase in
 * `units.csv` (a rate's parts joined by "/": VND/person → "đồng/người").
 *
 * @example
 * const names = taxonomyNames();
 * names.indicator('gdp.growth') // → 'Tốc độ tăng trưởng GDP/GRDP (theo giá so sánh)'
 * names.unit('VND/person')      // → 'đồng/người'
 */
export function taxonomyNames(dir: string = BUILTIN_TAXONOMY_DIR): { indicator(code: string): string; unit(unit: string): string } {
  const indicators = new Map(readCsvTable(path.join(dir, 'indicators.csv')).map((r) => [r['code'] ?? '', r['name_vi'] ?? '']));
  const phrases = new Map<string, string>();
  for (const file of ['units.csv', 'unit-denominators.csv']) {
    for (const r of readCsvTable(path.join(dir, file))) if (r['unit'] && r['phrase'] && !phrases.has(r['unit'])) phrases.set(r['unit'], r['phrase']);
  }
  return {
    indicator: (code) => indicators.get(code) ?? '',
    unit(unit) {
      const parts = unit.split('/').map((p) => phrases.get(p));
      return parts.every((p) => p !== undefined) ? parts.join('/') : phrases.get(unit) ?? '';
    },
  };
}
