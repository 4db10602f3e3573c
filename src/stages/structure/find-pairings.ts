import type { SentenceMentions } from '../../core/mentions.ts';
import type { FigureNode } from '../../core/sentence-model.ts';

/**
 * The concept each figure after "lần lượt" or "tương ứng" is paired with:
 * "xuất khẩu và nhập khẩu giảm lần lượt 2,27% và 6,91%" pairs the first
 * figure with the first concept before the marker, the second with the
 * second (parallel to `figures`; index into the sentence's concepts). A
 * marker followed by one figure pairs nothing: "tăng 16%, tương ứng tăng 5
 * tỷ USD" restates the change as an amount.
 *
 * @example
 * findPairings(mentionsOf('xuất khẩu đạt 19 tỷ USD, nhập khẩu đạt 14 tỷ USD, giảm lần lượt 2% và 6%'), figures)
 * // → [null, null, 0, 1]
 */
export function findPairings(m: SentenceMentions, figures: readonly FigureNode[]): (number | null)[] {
  const out: (number | null)[] = figures.map(() => null);
  const respectively = m.markers.filter((k) => k.marker === 'respectively');
  if (respectively.length === 0) return out;
  // a concept after "của" qualifies the one before it ("xuất khẩu và nhập khẩu của khu vực FDI"), it is no item of the list
  const qualifying = m.concepts.map((c) => qualifiesBefore(m, c));
  for (const marker of respectively) {
    // the figures of the marker's own clause: "giảm lần lượt 2,27% và 6,91% so với năm 2019"
    const clauseEnd = m.markers.find((k) => (k.marker === 'semicolon' || k.marker === 'comma' || k.marker === 'open_paren') && k.start > marker.end)?.start ?? Infinity;
    const after = figures.filter((f) => f.quantity.span.start >= marker.end && f.quantity.span.start < clauseEnd && f.paren === null);
    if (after.length < 2) continue;
    // the concepts named before the marker, one for each figure, the nearest ones in order
    const before = m.concepts.map((c, i) => ({ c, i })).filter(({ c, i }) => c.end <= marker.start && !qualifying[i]);
    // each alias once, where it is named last
    const seen = new Set<string>();
    const distinct: typeof before = [];
    for (let k = before.length - 1; k >= 0; k--) {
      if (seen.has(before[k]!.c.alias)) continue;
      seen.add(before[k]!.c.alias);
      distinct.push(before[k]!);
    }
    distinct.reverse();
    const chosen = distinct.slice(-after.length);
    if (chosen.length !== after.length) continue;
    after.forEach((f, k) => {
      out[f.index] = chosen[k]!.i;
    });
  }
  return out;
}

/**
 * Whether a "của" stands before the concept with at most two words and no
 * comma between ("… của khu vực FDI"). The nearest "của" decides: one
 * further back has as many words and commas between or more.
 */
function qualifiesBefore(m: SentenceMentions, c: { readonly start: number }): boolean {
  let of: { readonly start: number; readonly end: number } | null = null;
  for (const k of m.markers) if (k.marker === 'of' && k.end <= c.start && (of === null || k.end > of.end)) of = k;
  if (of === null) return false;
  const k = of;
  return m.words.filter((w) => w.start >= k.end && w.end <= c.start).length <= 2 && !m.markers.some((p) => p.marker === 'comma' && p.start >= k.end && p.end <= c.start);
}
