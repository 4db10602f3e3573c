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
  for (const marker of m.markers.filter((k) => k.marker === 'respectively')) {
    // the figures of the marker's own clause: "giảm lần lượt 2,27% và 6,91% so với năm 2019"
    const clauseEnd = m.markers.find((k) => (k.marker === 'semicolon' || k.marker === 'comma' || k.marker === 'open_paren') && k.start > marker.end)?.start ?? Infinity;
    const after = figures.filter((f) => f.quantity.span.start >= marker.end && f.quantity.span.start < clauseEnd && f.paren === null);
    if (after.length < 2) continue;
    // the concepts named before the marker, one for each figure, the nearest ones in order
    // a concept after "của" qualifies the one before it ("xuất khẩu và nhập khẩu của khu vực FDI"), it is no item of the list
    const qualifies = (c: { start: number }): boolean =>
      m.markers.some((k) => k.marker === 'of' && k.end <= c.start && m.words.filter((w) => w.start >= k.end && w.end <= c.start).length <= 2 && !m.markers.some((p) => p.marker === 'comma' && p.start >= k.end && p.end <= c.start));
    const before = m.concepts.map((c, i) => ({ c, i })).filter(({ c }) => c.end <= marker.start && !qualifies(c));
    const distinct = before.filter(({ c }, k) => !before.slice(k + 1).some(({ c: d }) => d.alias === c.alias));
    const chosen = distinct.slice(-after.length);
    if (chosen.length !== after.length) continue;
    after.forEach((f, k) => {
      out[f.index] = chosen[k]!.i;
    });
  }
  return out;
}
