import type { FigureNode } from '../../../core/sentence-model.ts';
import type { CheckHit } from '../../../core/validation.ts';
import type { Check } from '../check.ts';
import { figureObservations, involvesRuleIndicator } from './figure-observations.ts';
import { formatNumber } from './format-number.ts';
import { roundingSlack } from './stated-precision.ts';

/** The part may exceed its whole by this share of the whole when the rule gives no `tolerance` (0.005 = 0.5%), for rounding. */
const DEFAULT_TOLERANCE = 0.005;

/** Units that are rates, not amounts: a sector can grow faster than the whole. */
const RATE_UNITS: ReadonlySet<string> = new Set(['%', 'pp']);

/**
 * Units whose figures do not add up to a whole: multiples ("gấp 3,2 lần"),
 * ranks, index scores and points, durations, and `count`, a count whose noun
 * has no code ("20/24 sản phẩm" and "152,4 triệu cái" are both `count`).
 * A unit with a "/" is a price or an average (VND/person, VND/m2): a part's
 * can exceed the whole's.
 */
const NOT_ADDITIVE: ReadonlySet<string> = new Set(['times', 'rank', 'index', 'point', 'year', 'month', 'day', 'count']);

/**
 * `part_whole`: an item of a breakdown by part ("tổng thu đạt 175.825 tỷ
 * đồng, trong đó thu nội địa đạt 150.000 tỷ đồng": `breakdown.by` is
 * `part` and the structure stage found its total) is at most its total, in
 * absolute value, when both are levels in the same unit: |part| ≤ |whole|
 * + `tolerance`·|whole| (default 0.005) + the rounding of both as written.
 * The part is flagged, with the whole in `others`.
 *
 * Skipped: items by place or period (the same indicator of another region
 * or time, not a part); items whose unit differs from the total's; units
 * that do not add up (multiples, ranks, indexes, durations, prices and
 * averages with a "/", and `count`, whose nouns may differ); changes
 * ("tăng 14%", "giảm 2 tỷ đồng") on either side; percentages and points,
 * unless both are shares ("chiếm") with no whole named after them, so of
 * the same whole; a whole stated as a lower bound ("trên 175 tỷ đồng") or a
 * part as an upper one ("dưới 180 tỷ đồng"); a total in brackets for an
 * item outside them (an aside, not the whole); a total that is itself an
 * item, in an earlier ";"-part (the item before it in a list, not its
 * whole). A range's whole is taken at its high end. Items of a sentence
 * that opens with "Trong đó" have no total in the structure and are not
 * compared.
 *
 * @example
 * partWhole({ work: extractFromText('Tổng thu đạt 175.825 tỷ đồng, trong đó thu nội địa đạt 180.000 tỷ đồng.', …).work, … }, rule)
 * // → [{ observation: 1, others: [0], message: 'expected a part of 175.825 tỷ đồng to be at most it (within 0,5%), got 180.000 tỷ đồng' }]
 */
export const partWhole: Check = ({ work }, rule) => {
  const tolerance = rule.params['tolerance'] ?? DEFAULT_TOLERANCE;
  const observationOf = figureObservations(work);
  const hits: CheckHit[] = [];
  work.models.forEach((model, mi) => {
    for (const part of model.figures) {
      const b = part.breakdown;
      if (b === null || b.by !== 'part' || b.total === null) continue;
      const whole = model.figures[b.total];
      if (!whole || !comparable(part, whole)) continue;
      const pi = observationOf[mi]![part.index];
      const wi = observationOf[mi]![whole.index];
      if (pi == null || wi == null || !involvesRuleIndicator(work, rule, [pi, wi])) continue;
      const p = work.observations[pi]!;
      const w = work.observations[wi]!;
      if (p.unit !== w.unit) continue;
      const wholeValue = Math.max(Math.abs(w.value), Math.abs(w.valueHigh ?? 0));
      const slack = tolerance * wholeValue + roundingSlack(p) + roundingSlack(w);
      if (Math.abs(p.value) <= wholeValue + slack) continue;
      hits.push({
        observation: pi,
        others: [wi],
        message: `expected a part of ${w.text} to be at most it${tolerance > 0 ? ` (within ${formatNumber(tolerance * 100)}%)` : ''}, got ${p.text}`,
      });
    }
  });
  return hits;
};

/** Whether a part and its whole are levels that the part cannot exceed. */
function comparable(part: FigureNode, whole: FigureNode): boolean {
  if (isChange(part) || isChange(whole)) return false;
  const unit = part.quantity.unit;
  if (unit !== whole.quantity.unit || NOT_ADDITIVE.has(unit) || unit.includes('/')) return false;
  if (part.quantity.kind !== 'measure' && part.quantity.kind !== 'count') return false;
  // a figure in brackets is an aside ("ước đạt 26,6 tỷ USD (trong đó … là 8,8 tỷ USD), …, trong đó vận tải đạt 10,7 tỷ USD"): it is the whole only of the items in the same brackets
  if (whole.paren !== null && (part.paren === null || part.paren.start !== whole.paren.start)) return false;
  // items of a ";"-list are siblings: a total that is itself an item, in an earlier ";"-part, is the item before, not a whole
  // ("Trong đó: xoài … 1.016,6 nghìn tấn; sầu riêng … 1.185,5 nghìn tấn", where "riêng" of the fruit's name reads as a marker)
  if (whole.breakdown !== null && whole.segmentStart !== part.segmentStart) return false;
  if (part.equivalentOf !== null || whole.equivalentOf !== null) return false;
  const wq = whole.quantity.qualifier;
  const pq = part.quantity.qualifier;
  if (wq === 'over' || wq === 'at_least' || pq === 'under' || pq === 'at_most') return false;
  if (RATE_UNITS.has(unit)) return part.share && whole.share && !part.percentOf && !whole.percentOf;
  return true;
}

/** A figure stated as a change ("tăng 14%", "giảm 2 tỷ đồng", "nhập siêu"), not a level. */
function isChange(f: FigureNode): boolean {
  return f.change === 'up' || f.change === 'down' || f.change === 'deficit';
}
