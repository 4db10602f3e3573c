import { existsSync } from 'node:fs';
import path from 'node:path';
import { BUILTIN_TAXONOMY_DIR } from '../taxonomy/load-taxonomy.ts';
import { readCsvTable } from '../taxonomy/read-csv-table.ts';

/** The names of the taxonomy's indicator and unit codes, in Vietnamese and English; '' for a code with no name. */
export interface TaxonomyNames {
  indicator(code: string): string;
  indicatorEn(code: string): string;
  unit(unit: string): string;
  unitEn(unit: string): string;
}

/**
 * The names of the taxonomy's indicators and units, for the code lists and
 * the label columns: an indicator's `name_vi` and `name_en` in
 * `indicators.csv`; a unit's `name_vi` and `name_en` in `unit-names.csv`,
 * the Vietnamese one falling back to the unit's first phrase in `units.csv`
 * or `unit-denominators.csv`. A rate with no name of its own is named by
 * its parts joined by "/" (VND/person → "đồng/người", "Vietnamese
 * dong/person"). A folder without `unit-names.csv`, or an `indicators.csv`
 * without `name_en`, gives '' for the English names it lacks.
 *
 * @example
 * const names = taxonomyNames();
 * names.indicator('gdp.growth')   // → 'Tốc độ tăng trưởng GDP/GRDP (theo giá so sánh)'
 * names.indicatorEn('gdp.growth') // → 'GDP/GRDP growth rate (constant prices)'
 * names.unit('VND/person')        // → 'đồng/người'
 * names.unitEn('VND/person')      // → 'Vietnamese dong/person'
 * names.unitEn('furlong')         // → ''
 */
export function taxonomyNames(dir: string = BUILTIN_TAXONOMY_DIR): TaxonomyNames {
  const indicatorRows = readCsvTable(path.join(dir, 'indicators.csv'));
  const indicatorsVi = new Map(indicatorRows.map((r) => [r['code'] ?? '', r['name_vi'] ?? '']));
  const indicatorsEn = new Map(indicatorRows.map((r) => [r['code'] ?? '', r['name_en'] ?? '']));
  const phrases = new Map<string, string>();
  for (const file of ['units.csv', 'unit-denominators.csv']) {
    for (const r of readCsvTable(path.join(dir, file))) if (r['unit'] && r['phrase'] && !phrases.has(r['unit'])) phrases.set(r['unit'], r['phrase']);
  }
  const unitNamesFile = path.join(dir, 'unit-names.csv');
  const unitRows = existsSync(unitNamesFile) ? readCsvTable(unitNamesFile) : [];
  const unitsVi = new Map(unitRows.filter((r) => r['unit'] && r['name_vi']).map((r) => [r['unit']!, r['name_vi']!]));
  const unitsEn = new Map(unitRows.filter((r) => r['unit'] && r['name_en']).map((r) => [r['unit']!, r['name_en']!]));
  const viOf = (unit: string): string | undefined => unitsVi.get(unit) ?? phrases.get(unit);
  const enOf = (unit: string): string | undefined => unitsEn.get(unit);
  return {
    indicator: (code) => indicatorsVi.get(code) ?? '',
    indicatorEn: (code) => indicatorsEn.get(code) ?? '',
    unit: (unit) => nameOfUnit(unit, viOf),
    unitEn: (unit) => nameOfUnit(unit, enOf),
  };
}

/** A unit's own name (km/h), else its parts' names joined by "/" (VND/person); '' when a part has none. */
function nameOfUnit(unit: string, nameOf: (unit: string) => string | undefined): string {
  const whole = nameOf(unit);
  if (whole !== undefined) return whole;
  const parts = unit.split('/').map(nameOf);
  return parts.every((p) => p !== undefined) ? parts.join('/') : '';
}
