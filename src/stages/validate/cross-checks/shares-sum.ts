import type { FigureNode } from '../../../core/sentence-model.ts';
import type { CheckHit } from '../../../core/validation.ts';
import type { Check } from '../check.ts';
import { figureObservations, involvesRuleIndicator } from './figure-observations.ts';
import { formatNumber } from './format-number.ts';

/** Percentage points the shares may sum above 100 when the rule gives no `tolerance`: the rounding of three or four shares. */
const DEFAULT_TOLERANCE = 1.5;

/**
 * `shares_sum`: the shares ("chiếm 30%", unit %) that are items of one
 * breakdown by part ("Tổng vốn đạt 50.000 tỷ đồng, trong đó vốn nhà nước
 * chiếm 30%, vốn ngoài nhà nước chiếm 50%, vốn FDI chiếm 25%": one marker,
 * one total) sum to at most 100 + `tolerance` (default 1.5). The last share
 * is flagged, with all the others in `others`.
 *
 * Skipped: shares that name their own whole after them ("chiếm 70% tổng
 * kim ngạch xuất khẩu, … chiếm 65% tổng kim ngạch nhập khẩu": two wholes);
 * breakdowns by place or period (each place's share may be of its own
 * whole); shares outside any breakdown ("Cơ cấu kinh tế: nông nghiệp chiếm
 * 30%; …" with no marker the structure reads as one). Shares of one whole
 * by two dimensions at once ("lao động nữ chiếm 48%, lao động nông thôn
 * chiếm 65%") overlap and can sum above 100: such a hit is no error, which
 * is why the rule is a warning.
 *
 * @example
 * sharesSum({ work: extractFromText('Cơ cấu gồm: nông nghiệp chiếm 30%, công nghiệp chiếm 50%, dịch vụ chiếm 35%.', …).work, … }, rule)
 * // → [{ observation: 2, others: [0, 1], message: 'expected shares of one whole to sum to at most 100% (within 1,5 points), got 115%: 30% + 50% + 35%' }]
 */
export const sharesSum: Check = ({ work }, rule) => {
  const tolerance = rule.params['tolerance'] ?? DEFAULT_TOLERANCE;
  const observationOf = figureObservations(work);
  const hits: CheckHit[] = [];
  work.models.forEach((model, mi) => {
    const groups = new Map<string, number[]>();
    for (const f of model.figures) {
      const i = observationOf[mi]![f.index];
      if (i == null || !isShareItem(f)) continue;
      const key = `${f.breakdown!.marker}|${f.breakdown!.total}`;
      groups.set(key, [...(groups.get(key) ?? []), i]);
    }
    for (const members of groups.values()) {
      if (members.length < 2 || !involvesRuleIndicator(work, rule, members)) continue;
      const shares = members.map((i) => work.observations[i]!);
      const sum = shares.reduce((s, o) => s + o.value, 0);
      if (sum <= 100 + tolerance) continue;
      hits.push({
        observation: members.at(-1)!,
        others: members.slice(0, -1),
        message: `expected shares of one whole to sum to at most 100% (within ${formatNumber(tolerance)} points), got ${formatNumber(sum)}%: ${shares.map((o) => o.text).join(' + ')}`,
      });
    }
  });
  return hits;
};

/** A share ("chiếm 30%") that is an item of a breakdown by part, whose whole is the breakdown's. */
function isShareItem(f: FigureNode): boolean {
  return f.share && !f.percentOf && f.quantity.unit === '%' && f.quantity.valueHigh === null && f.quantity.value >= 0 && f.breakdown !== null && f.breakdown.by === 'part';
}
