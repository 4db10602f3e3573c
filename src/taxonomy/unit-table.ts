import { matchKey } from '../core/match-key.ts';

/** What kind of thing a unit measures. */
export type UnitKind = 'measure' | 'count' | 'duration' | 'ratio' | 'index';

/** One way of writing a unit after a number ("tỷ đồng" → VND). */
export interface UnitEntry {
  /** The phrase as matched, in match-key form (lower case, old-style tones). */
  readonly phrase: string;
  readonly unit: string;
  readonly kind: UnitKind;
  /** Whether the unit may also stand before the number ("$10", "USD1,23"): column `prefix` = `yes`. */
  readonly prefix: boolean;
}

/** One way of writing the "per …" part of a composite unit ("/người" → person). */
export interface DenominatorEntry {
  readonly phrase: string;
  /** Empty when the denominator is dropped ("%/năm" is %). */
  readonly unit: string;
}

/** The units the extractor knows, longest phrase first. */
export interface UnitTable {
  readonly units: readonly UnitEntry[];
  readonly denominators: readonly DenominatorEntry[];
}

const KINDS: readonly UnitKind[] = ['measure', 'count', 'duration', 'ratio', 'index'];

/**
 * Builds a unit table from rows of `units.csv` and `unit-denominators.csv`.
 * Later rows win over earlier ones with the same phrase, so a user's table
 * appended after the built-in one can redefine a unit.
 *
 * @example
 * buildUnitTable([{ phrase: 'tỷ đồng', unit: 'VND', kind: 'measure' }], []).units[0]
 * // → { phrase: 'tỷ đồng', unit: 'VND', kind: 'measure', prefix: false }
 */
export function buildUnitTable(
  unitRows: ReadonlyArray<Record<string, string>>,
  denominatorRows: ReadonlyArray<Record<string, string>>,
): UnitTable {
  const units = new Map<string, UnitEntry>();
  for (const [i, row] of unitRows.entries()) {
    const phrase = matchKey(row['phrase'] ?? '');
    const unit = row['unit'] ?? '';
    const kind = (row['kind'] ?? 'measure') as UnitKind;
    if (phrase === '' || unit === '') throw new Error(`units table, row ${i + 2}: expected a phrase and a unit, got "${row['phrase']}", "${unit}"`);
    if (!KINDS.includes(kind)) throw new Error(`units table, row ${i + 2}: expected kind ${KINDS.join('|')}, got "${kind}"`);
    units.set(phrase, { phrase, unit, kind, prefix: row['prefix'] === 'yes' });
  }
  const denominators = new Map<string, DenominatorEntry>();
  for (const row of denominatorRows) {
    const phrase = matchKey(row['phrase'] ?? '');
    if (phrase !== '') denominators.set(phrase, { phrase, unit: row['unit'] ?? '' });
  }
  const byLength = <T extends { phrase: string }>(a: T, b: T): number => b.phrase.length - a.phrase.length;
  return { units: [...units.values()].sort(byLength), denominators: [...denominators.values()].sort(byLength) };
}
