/**
 * In a list ordered so that `before(i)` holds for a first run of indexes
 * and then never again, how long that run is: a binary search (C++'s
 * `partition_point`). The one search behind every "first at or after",
 * "how many below" lookup over sorted offsets.
 *
 * @example
 * const starts = [2, 5, 9];
 * partitionPoint(starts.length, (i) => starts[i]! < 6) // → 2 (two starts below 6)
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
