import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsvTable, readLocatedRows, type LocatedRow } from './read-csv-table.ts';
import { buildIndicatorTable, type IndicatorTable } from './indicator-table.ts';
import { buildRegionTable, type RegionTable } from './region-table.ts';
import { buildUnitTable, type UnitTable } from './unit-table.ts';

/** The built-in taxonomy data folder. */
export const BUILTIN_TAXONOMY_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

/** Everything the stages look up: units, regions and indicators. */
export interface Taxonomy {
  readonly units: UnitTable;
  readonly regions: RegionTable;
  readonly indicators: IndicatorTable;
  /** The validation rules' rows (rules.csv), built-in first, then the user's, which override by code; the validate stage reads them against its check library. */
  readonly ruleRows: readonly LocatedRow[];
  /**
   * A hash of every row the tables were built from (the rules aside, which
   * are fingerprinted with `--strict`): a report read under other tables is
   * read again.
   */
  readonly fingerprint: string;
}

/**
 * Loads the built-in taxonomy and, when given, a user's folder whose files
 * of the same names add rows (a user's row wins over a built-in one).
 *
 * @example
 * loadTaxonomy().units.units.length > 50 // → true
 */
export function loadTaxonomy(userDir?: string): Taxonomy {
  const hash = createHash('sha256');
  const rows = (name: string): Array<Record<string, string>> => {
    const builtin = readCsvTable(path.join(BUILTIN_TAXONOMY_DIR, name));
    const user = userDir ? path.join(userDir, name) : null;
    const all = user && existsSync(user) ? [...builtin, ...readCsvTable(user)] : builtin;
    hash.update(JSON.stringify([name, all]));
    return all;
  };
  const units = buildUnitTable(rows('units.csv'), rows('unit-denominators.csv'));
  const regions = buildRegionTable([...rows('regions.csv'), ...rows('macro-regions.csv'), ...rows('economies.csv')]);
  const indicators = buildIndicatorTable(rows('indicators.csv'), rows('indicator-aliases.csv'));
  return {
    units,
    regions,
    indicators,
    fingerprint: hash.digest('hex').slice(0, 12),
    ruleRows: [...readLocatedRows(path.join(BUILTIN_TAXONOMY_DIR, 'rules.csv')), ...(userDir && existsSync(path.join(userDir, 'rules.csv')) ? readLocatedRows(path.join(userDir, 'rules.csv')) : [])],
  };
}
