import type { Taxonomy } from './load-taxonomy.ts';

/**
 * Unit codes validation accepts: the unit table's and the codes the
 * extractor makes itself.
 *
 * @example
 * knownUnitsOf(taxonomy).has('VND') // → true
 */
export function knownUnitsOf(taxonomy: Taxonomy): ReadonlySet<string> {
  return new Set([...taxonomy.units.units.map((u) => u.unit), 'rank', 'index', 'times', 'count', 'pp', 'point', 'bp']);
}
