import { lastYearOf } from '../../../core/periods.ts';
import type { Observation } from '../../../core/records.ts';
import type { FigureNode, SentenceModel } from '../../../core/sentence-model.ts';
import type { CheckHit } from '../../../core/validation.ts';
import type { Check } from '../check.ts';
import { figureObservations, involvesRuleIndicator } from './figure-observations.ts';
import { formatNumber } from './format-number.ts';
import { roundingSlack } from './stated-precision.ts';

/** Percentage points the stated rate may be off when the rule gives no `tolerance`. */
const DEFAULT_TOLERANCE = 1;
/** Share of the computed rate it may be off when the rule gives no `relative` (a large rate is often rounded harder). */
const DEFAULT_RELATIVE = 0.05;

/** Units that are rates themselves: growth between two rates may be in points or in percent, so it is not checked. */
const RATE_UNITS: ReadonlySet<string> = new Set(['%', 'pp']);

/** A growth rate with the two levels it relates (indexes into the model's figures). */
interface GrowthLink {
  readonly rate: FigureNode;
  readonly from: FigureNode;
  readonly to: FigureNode;
}

/**
 * `growth_levels`: where one sentence gives a level, the level it is
 * compared with and the growth rate between them, the rate is
 * (new/old − 1)·100 within `tolerance` percentage points (default 1) or
 * `relative` of the computed rate (default 0.05), whichever is wider, after
 * the rounding of both levels as written. The rate is flagged, with the
 * old and the new level in `others`.
 *
 * Two constructions, found conservatively (every other sentence is left
 * alone):
 * - a "from … to …" series of two amounts and one rate stated after its
 *   start ("tăng từ 100 tỷ đồng năm 2022 lên 120 tỷ đồng năm 2023, tức
 *   tăng 20%"); when the ends are more than a year apart the rate may be
 *   the total or the yearly average ("bình quân tăng 15%/năm"), and either
 *   passes;
 * - a level, then a rate with a comparison base ("so với năm trước"), then
 *   the earlier level in brackets ("đạt 120 tỷ đồng, tăng 20% so với năm
 *   trước (100 tỷ đồng)").
 * In both, the sentence holds exactly two levels of the amount's unit
 * (neither a change, a breakdown item, a restatement nor a target) and
 * exactly one percentage stated as a change (not a share, not "bằng 120%
 * kế hoạch"). Levels that are percentages themselves are not checked.
 *
 * @example
 * growthLevels({ work: extractFromText('Doanh thu đạt 120 tỷ đồng, tăng 30% so với năm trước (100 tỷ đồng).', …).work, … }, rule)
 * // → [{ observation: 1, others: [2, 0], message: 'expected a growth of 20% from 100 tỷ đồng to 120 tỷ đồng (within 1 point), got 30%' }]
 */
export const growthLevels: Check = ({ work }, rule) => {
  const tolerance = rule.params['tolerance'] ?? DEFAULT_TOLERANCE;
  const relative = rule.params['relative'] ?? DEFAULT_RELATIVE;
  const observationOf = figureObservations(work);
  const hits: CheckHit[] = [];
  work.models.forEach((model, mi) => {
    const link = growthLink(model);
    if (!link) return;
    const [ri, fi, ti] = [link.rate, link.from, link.to].map((f) => observationOf[mi]![f.index]);
    if (ri == null || fi == null || ti == null || !involvesRuleIndicator(work, rule, [ri, fi, ti])) return;
    const rate = work.observations[ri]!;
    const from = work.observations[fi]!;
    const to = work.observations[ti]!;
    // a plan or a forecast beside a reported level is no earlier level of it ("tăng 20% (kế hoạch 130 tỷ đồng)")
    if (from.value === 0 || (from.status !== to.status && [from.status, to.status].some((s) => s === 'target' || s === 'forecast'))) return;
    const years = yearsApart(from, to);
    const stated = rate.value;
    const fits = (expected: readonly [number, number]): boolean => {
      const slack = Math.max(tolerance, relative * Math.max(Math.abs(expected[0]), Math.abs(expected[1])));
      return stated >= expected[0] - slack && stated <= expected[1] + slack;
    };
    const total = growthRange(from, to, 1);
    if (fits(total) || (years !== null && years > 1 && fits(growthRange(from, to, years)))) return;
    const mid = (Math.abs(to.value) / Math.abs(from.value) - 1) * 100;
    hits.push({
      observation: ri,
      others: [fi, ti],
      message: `expected a growth of ${formatNumber(mid)}% from ${from.text} to ${to.text} (within ${formatNumber(tolerance)} point${tolerance === 1 ? '' : 's'}${years !== null && years > 1 ? `, or ${formatNumber((Math.pow(Math.abs(to.value) / Math.abs(from.value), 1 / years) - 1) * 100)}% a year over ${years} years` : ''}), got ${rate.text}${rate.value < 0 ? ` (${formatNumber(rate.value)}%)` : ''}`,
    });
  });
  return hits;
};

/** The growth from `from` to `to` (percent, per year over `years`), lowest and highest, as the levels' rounding allows. */
function growthRange(from: Observation, to: Observation, years: number): [number, number] {
  const f = Math.abs(from.value);
  const t = Math.abs(to.value);
  const fs = roundingSlack(from);
  const ts = roundingSlack(to);
  const g = (a: number, b: number): number => (Math.pow(b / a, 1 / years) - 1) * 100;
  return [g(f + fs, Math.max(0, t - ts)), g(Math.max(f - fs, Number.EPSILON), t + ts)];
}

/** How many years lie between two figures' periods, when both give one. */
function yearsApart(from: Observation, to: Observation): number | null {
  const a = lastYearOf(from.period);
  const b = lastYearOf(to.period);
  return a === null || b === null ? null : Math.abs(b - a);
}

/** The one growth link of a sentence, when its structure gives it unambiguously. */
function growthLink(model: SentenceModel): GrowthLink | null {
  const rates = model.figures.filter(isGrowthRate);
  if (rates.length !== 1) return null;
  const rate = rates[0]!;
  // the series ends, else the levels of the first level's unit
  const ends = model.figures.filter((f) => f.series !== null && f.series.head === f.index && f.paren === null);
  const unit = ends[0]?.quantity.unit ?? model.figures.find((f) => f.paren === null && isLevel(f))?.quantity.unit;
  if (unit === undefined || RATE_UNITS.has(unit)) return null;
  const levels = model.figures.filter((f) => f.quantity.unit === unit && f !== rate);
  if (levels.length !== 2 || !levels.every(isLevel)) return null;
  const [first, second] = levels as [FigureNode, FigureNode];
  if (first.series !== null && second.series !== null) {
    if (first.series.role !== 'from' || second.series.role !== 'to' || second.series.other !== first.index) return null;
    if (rate.index < first.index || rate.segmentStart !== second.segmentStart) return null;
    return { rate, from: first, to: second };
  }
  // level, rate with a base, the earlier level in brackets after the rate
  if (first.series !== null || second.series !== null || first.paren !== null || second.paren === null || rate.paren !== null) return null;
  if (rate.baseTime === null || !(first.index < rate.index && rate.index < second.index)) return null;
  return { rate, from: second, to: first };
}

/** A percentage stated as a change ("tăng 20%", "giảm 3,5%"): the one rate the check compares. */
function isGrowthRate(f: FigureNode): boolean {
  return f.quantity.unit === '%' && (f.change === 'up' || f.change === 'down') && !f.share && !f.percentOf && f.quantity.valueHigh === null && f.breakdown === null;
}

/** A level (not a change, a breakdown item, a restatement or a range). */
function isLevel(f: FigureNode): boolean {
  return f.change !== 'up' && f.change !== 'down' && f.change !== 'deficit' && f.breakdown === null && f.equivalentOf === null && f.quantity.valueHigh === null && !f.share;
}
