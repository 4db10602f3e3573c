import type { UnitEntry, UnitKind, UnitTable } from '../../taxonomy/unit-table.ts';

/** A unit read after a number. */
export interface UnitMatch {
  /** Canonical code, composite ones joined by "/" ("VND/person"). */
  readonly unit: string;
  readonly kind: UnitKind;
  /** Where the unit's words end in the key. */
  readonly end: number;
  /** The numerator phrase as written (for context rules such as "điểm"). */
  readonly phrase: string;
}

/** Shorthand scales glued to digits in informal text: "1k", "10tr", "2t3". */
const SCALE_PHRASES: ReadonlyArray<readonly [string, number]> = [
  ['nghìn', 3], ['ngàn', 3], ['vạn', 4], ['triệu', 6], ['tỷ', 9], ['trăm', 2], ['chục', 1],
];

/** A run of scale words after a number ("nghìn tỷ" → 12). */
export interface ScaleMatch {
  readonly exponent: number;
  readonly end: number;
}

/**
 * The scale words after a number: "tỷ" 9, "nghìn tỷ" 12, "triệu tỷ" 15.
 * "trăm"/"chục" count only inside a run with a larger scale ("trăm nghìn").
 *
 * @example
 * matchScale('1,3 triệu tỷ đồng', 3) // → { exponent: 15, end: 12 }
 */
export function matchScale(key: string, pos: number): ScaleMatch | null {
  let p = pos;
  let exponent = 0;
  let words = 0;
  let onlySmall = true;
  for (;;) {
    let q = p;
    while (q < key.length && key[q] === ' ') q++;
    const hit = SCALE_PHRASES.find(([w]) => key.startsWith(w, q) && !isWordChar(key[q + w.length]));
    if (!hit) break;
    exponent += hit[1];
    if (hit[1] >= 3) onlySmall = false;
    p = q + hit[0].length;
    words++;
  }
  if (words === 0 || onlySmall) return null;
  return { exponent, end: p };
}

/**
 * The unit after a number (and its scale words), with composite units
 * ("triệu đồng/người/tháng" → VND/person/month, "%/năm" → %). Units glued
 * to the number ("40,2km", "50.000đ") are read too. Returns null when no
 * unit of the table follows.
 *
 * @example
 * matchUnit('450,5 triệu đồng/người', 11, table) // → { unit: 'VND/person', kind: 'measure', end: 22, phrase: 'đồng' }
 */
export function matchUnit(key: string, pos: number, table: UnitTable): UnitMatch | null {
  let p = pos;
  while (p < key.length && key[p] === ' ') p++;
  const glued = p === pos;
  const entry = beginningWith(table.units, key.charCodeAt(p)).find((u) => key.startsWith(u.phrase, p) && boundaryAfter(key, p + u.phrase.length, u.phrase));
  if (!entry) return null;
  if (entry.phrase === 'đ' && !glued && isWordChar(key[p + 1])) return null;
  let end = p + entry.phrase.length;
  let unit = entry.unit;
  // Composite: "/người", "/tháng", "/m2" (one or two levels).
  for (let level = 0; level < 2; level++) {
    let q = end;
    while (q < key.length && key[q] === ' ') q++;
    if (key[q] !== '/') break;
    q++;
    while (q < key.length && key[q] === ' ') q++;
    const den = beginningWith(table.denominators, key.charCodeAt(q)).find((d) => key.startsWith(d.phrase, q) && boundaryAfter(key, q + d.phrase.length, d.phrase));
    if (!den) break;
    // a yearly rate is stated in its base unit: "%/năm" is %
    if (den.unit !== '' && !(unit === '%' && den.unit === 'year')) unit = `${unit}/${den.unit}`;
    end = q + den.phrase.length;
  }
  return { unit, kind: entry.kind, end, phrase: entry.phrase };
}

/** A unit written before its number, with where its phrase starts. */
export interface PrefixUnitMatch {
  readonly unit: string;
  readonly kind: UnitKind;
  readonly start: number;
  readonly phrase: string;
}

/**
 * The unit written before a number ("$10", "USD1,23", "€ 20"): a unit of
 * the table marked `prefix`, glued to the number, or a symbol one space
 * before it. A code is only read glued: "giá USD 25.000" states a price in
 * đồng, not 25 000 dollars. Returns null when none stands there.
 *
 * @example
 * matchUnitBefore('ít nhất $1,42', 9, table) // → { unit: 'USD', kind: 'measure', start: 8, phrase: '$' }
 */
export function matchUnitBefore(key: string, pos: number, table: UnitTable): PrefixUnitMatch | null {
  for (const u of prefixUnits(table.units)) {
    let end = pos;
    if (key[end - 1] === ' ' && !isWordChar(u.phrase.at(-1))) end--;
    const start = end - u.phrase.length;
    if (start < 0 || key.slice(start, end) !== u.phrase || isWordChar(key[start - 1])) continue;
    return { unit: u.unit, kind: u.kind, start, phrase: u.phrase };
  }
  return null;
}

/** Each table's phrases under the code unit they begin with, in the table's order (longest first), built once per table. */
const byFirstCode = new WeakMap<ReadonlyArray<{ readonly phrase: string }>, ReadonlyMap<number, ReadonlyArray<{ readonly phrase: string }>>>();

/**
 * The entries whose phrase begins with the code unit `code`, in the table's
 * order: the first of them that matches is the first of the whole table
 * that does, found without trying every phrase at every number.
 */
function beginningWith<T extends { readonly phrase: string }>(entries: readonly T[], code: number): readonly T[] {
  let index = byFirstCode.get(entries);
  if (index === undefined) {
    const built = new Map<number, T[]>();
    for (const e of entries) {
      const under = built.get(e.phrase.charCodeAt(0));
      if (under) under.push(e);
      else built.set(e.phrase.charCodeAt(0), [e]);
    }
    index = built;
    byFirstCode.set(entries, index);
  }
  return (index.get(code) ?? NONE) as readonly T[];
}

const NONE: readonly never[] = [];

/** Each table's units that may stand before their number, built once per table. */
const prefixes = new WeakMap<readonly UnitEntry[], readonly UnitEntry[]>();

function prefixUnits(units: readonly UnitEntry[]): readonly UnitEntry[] {
  let found = prefixes.get(units);
  if (found === undefined) {
    found = units.filter((u) => u.prefix);
    prefixes.set(units, found);
  }
  return found;
}

function boundaryAfter(key: string, pos: number, phrase: string): boolean {
  const last = phrase.at(-1)!;
  if (!isWordChar(last)) return true;
  return !isWordChar(key[pos]);
}

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII without a regex: most characters after a number are spaces, digits, "%" or Latin letters
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}]/u.test(ch);
}
