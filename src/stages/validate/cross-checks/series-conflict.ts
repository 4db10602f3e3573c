import type { DocumentWork } from '../../../core/document-work.ts';
import type { Observation } from '../../../core/records.ts';
import type { CheckHit } from '../../../core/validation.ts';
import { ruleTargets, type Check } from '../check.ts';
import { figureObservations } from './figure-observations.ts';
import { formatNumber } from './format-number.ts';
import { roundingSlack } from './stated-precision.ts';

/** Relative difference two statements of one figure may have when the rule gives no `tolerance` (0.005 = 0.5%), beyond the rounding of each as written. */
const DEFAULT_TOLERANCE = 0.005;

/** Qualifiers that make a figure a bound, not a value: "trên 8%" and "8,2%" do not conflict. */
const BOUNDS: ReadonlySet<Observation['qualifier']> = new Set(['over', 'under', 'at_least', 'at_most', 'range']);

/**
 * `series_conflict`: one series (indicator, region, period, unit, status
 * and comparison base) stated twice in a document has one value: a later
 * statement that differs from every earlier one by more than `tolerance`
 * (relative, default 0.005) and the rounding of both as written ("5,2 tỷ
 * USD" in the headline and "5,245 tỷ USD" in the body agree) is flagged,
 * with the earlier statements in `others` (the first {@link MAX_OTHERS}: a
 * report that restates one series a hundred times must not give findings
 * that grow as the square of it).
 *
 * Skipped: figures without an indicator; items of a breakdown by place or
 * period (the normaliser gives them their own region or period; when it
 * does not, they are still other series); bounds and ranges ("trên 8%").
 * The check trusts the normaliser's attributes: two figures it gave the same
 * indicator, region and period by mistake conflict here, and the hit shows
 * the mistake.
 *
 * @example
 * seriesConflict({ work: extractFromText('Năm 2023, GRDP của tỉnh Lâm Đồng tăng 7,2%. … GRDP của tỉnh Lâm Đồng năm 2023 đạt 6,8%.', …).work, … }, rule)
 * // → [{ observation: 1, others: [0], message: 'expected gdp.growth of Lâm Đồng in 2023 to be 7,2% as stated before (within 0,5%), got 6,8%' }]
 */
/** The most earlier statements a finding lists. */
const MAX_OTHERS = 3;

export const seriesConflict: Check = ({ work }, rule) => {
  const tolerance = rule.params['tolerance'] ?? DEFAULT_TOLERANCE;
  const otherSeries = otherSeriesItems(work);
  const earlier = new Map<string, number[]>();
  const hits: CheckHit[] = [];
  for (const [i, o] of ruleTargets(work, rule)) {
    if (o.indicator === null || o.valueHigh !== null || BOUNDS.has(o.qualifier) || otherSeries.has(i)) continue;
    const key = JSON.stringify([o.indicator, o.region, o.period, o.unit, o.status, o.basePeriod]);
    const seen = earlier.get(key);
    if (!seen) {
      earlier.set(key, [i]);
      continue;
    }
    const before = [...seen];
    seen.push(i);
    const agrees = before.some((j) => {
      const e = work.observations[j]!;
      return Math.abs(o.value - e.value) <= tolerance * Math.max(Math.abs(o.value), Math.abs(e.value)) + roundingSlack(o) + roundingSlack(e);
    });
    if (agrees) continue;
    const shown = before.slice(0, MAX_OTHERS);
    const texts = [...new Set(shown.map((j) => work.observations[j]!.text))];
    const stated = `${texts.join(', ')}${before.length > shown.length ? ` and ${before.length - shown.length} more` : ''}`;
    const where = `${o.region === null ? '' : ` of ${o.region}`}${o.period === null ? '' : ` in ${o.period}`}${o.basePeriod === null ? '' : ` against ${o.basePeriod}`}${o.status === null ? '' : ` (${o.status})`}`;
    hits.push({
      observation: i,
      others: shown,
      message: `expected ${o.indicator}${where} to be ${stated} as stated before (within ${formatNumber(tolerance * 100)}%), got ${o.text}`,
    });
  }
  return hits;
};

/** The observations of figures that are items of a breakdown by place or period. */
function otherSeriesItems(work: DocumentWork): ReadonlySet<number> {
  const observationOf = figureObservations(work);
  const out = new Set<number>();
  work.models.forEach((model, mi) => {
    for (const f of model.figures) {
      const i = observationOf[mi]![f.index];
      if (i != null && f.breakdown !== null && f.breakdown.by !== 'part') out.add(i);
    }
  });
  return out;
}
