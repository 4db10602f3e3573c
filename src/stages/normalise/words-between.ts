/**
 * How many words stand between two positions of a text.
 *
 * @example
 * wordsBetween('42,8% năm 2018', 5, 6) // → 0
 */
export function wordsBetween(s: string, a: number, b: number): number {
  return s.slice(a, b).split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}
