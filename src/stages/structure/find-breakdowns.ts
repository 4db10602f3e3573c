import type { SentenceMentions } from '../../core/mentions.ts';
import type { BreakdownItem, FigureNode } from '../../core/sentence-model.ts';
import type { Token } from './sentence-tokens.ts';

/**
 * The breakdown each figure of a sentence is an item of, if any (parallel to
 * `figures`):
 * - figures after a breakdown marker ("…, trong đó FDI đạt 12 tỷ USD",
 *   "bao gồm: cá 1.757 nghìn tấn; tôm 396 nghìn tấn", "riêng vốn nhà nước
 *   đạt …"), the figure before the marker being their total;
 * - every figure of a sentence that opens with one ("Trong đó, khu vực FDI
 *   đạt …"), the total standing in the sentence before;
 * - the items of a ":"-list whose ";"-parts each open with a place or a
 *   concept ("tăng cao: Yên Bái tăng 30%; Nam Định tăng 25%").
 * Each item is told from the others by a place, a period or a part, read
 * from what stands between the start of its part and the figure.
 *
 * @example
 * findBreakdowns(mentionsOf('IIP tăng 5,4%; trong đó ngành dệt tăng 12,1%'), tokens, figures)
 * // → [null, { marker: 1, total: 0, by: 'part' }]
 */
export function findBreakdowns(m: SentenceMentions, tokens: readonly Token[], figures: readonly FigureNode[], opensWithBreakdown: boolean): (BreakdownItem | null)[] {
  const markers = m.markers.map((k, i) => ({ k, i })).filter(({ k }) => k.marker === 'breakdown');
  const colon = m.markers.find((k) => k.marker === 'colon');
  const listAfterColon = colon !== undefined && isList(m, tokens, colon.end);
  return figures.map((f) => {
    const qs = f.quantity.span.start;
    // a breakdown runs to the end of its marker's part of the sentence, or on through a list its marker opens ("gồm: cá …; tôm …")
    const marker = markers.filter(({ k }) => k.end <= qs && (k.start >= f.segmentStart || isList(m, tokens, k.end) || opensListAfter(m, k.end))).at(-1);
    if (marker) {
      const total = totalOf(figures, f, marker.k.start);
      return { marker: marker.i, total: total ? total.index : null, by: dimensionOf(m, f, marker.k.end) };
    }
    if (opensWithBreakdown) return { marker: null, total: null, by: dimensionOf(m, f, f.segmentStart) };
    if (listAfterColon && qs >= colon.end) {
      const total = totalOf(figures, f, colon.start);
      return { marker: null, total: total ? total.index : null, by: dimensionOf(m, f, f.segmentStart) };
    }
    return null;
  });
}

/**
 * The total an item breaks down: the nearest figure before `end` in the
 * item's unit ("đạt 220 tỷ USD, tăng 12%, trong đó dầu thô đạt 2 tỷ USD"
 * breaks down the 220 tỷ USD), else the nearest figure.
 */
function totalOf(figures: readonly FigureNode[], item: FigureNode, end: number): FigureNode | undefined {
  const before = figures.filter((g) => g.quantity.span.end <= end);
  return before.filter((g) => g.quantity.unit === item.quantity.unit).at(-1) ?? before.at(-1);
}

/** What tells an item from the others: a place or a time standing before its figure in its part, else it is a part of the total. */
function dimensionOf(m: SentenceMentions, f: FigureNode, from: number): BreakdownItem['by'] {
  const start = Math.max(from, f.segmentStart);
  const qs = f.quantity.span.start;
  const within = (x: { start: number; end: number }): boolean => x.start >= start && x.end <= qs;
  // a socio-economic region is a grouping of provinces, a part of the country's total
  if (m.places.some((p) => p.use === 'subject' && p.region !== null && p.scope !== 'macro' && within(p))) return 'place';
  if (m.times.some((t) => (t.period !== null || t.template !== null) && !t.inherentBase && within(t))) return 'period';
  return 'part';
}

/** A ":" right after the marker ("bao gồm: …"): the list it opens runs on through its ";"-parts. */
function opensListAfter(m: SentenceMentions, pos: number): boolean {
  return m.markers.some((k) => k.marker === 'colon' && k.start >= pos && k.start - pos <= 1);
}

/** After `pos`, two or more ";"-parts, each opening with a place or a concept. */
function isList(m: SentenceMentions, tokens: readonly Token[], pos: number): boolean {
  const starts = [pos, ...m.markers.filter((k) => k.marker === 'semicolon' && k.start >= pos).map((k) => k.end)];
  if (starts.length < 2) return false;
  return starts.every((s) => {
    const first = tokens.find((t) => t.start >= s && t.kind !== 'marker');
    return first !== undefined && (first.kind === 'place' || first.kind === 'concept');
  });
}
