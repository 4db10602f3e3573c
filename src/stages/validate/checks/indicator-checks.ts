import { periodInterval } from '../../../core/period-interval.ts';
import type { Check } from '../check.ts';
import { eachObservation, ruleTargets } from '../check.ts';
import { figureObservations } from '../cross-checks/figure-observations.ts';

/** `unit_family`: the unit is one the indicator is stated in (a growth rate in %, never in đồng). */
export const unitFamily: Check = eachObservation((o, { indicators }) => {
  const ind = o.indicator === null ? undefined : indicators.get(o.indicator);
  return ind && !ind.units.includes(o.unit) ? `expected ${ind.code} in ${ind.units.join(' or ')}, got ${o.unit} ("${o.text}")` : null;
});

/**
 * `share_bounds`: a share lies in 0-100%, give or take the rule's
 * `tolerance`. A share is a figure of an indicator measured as one, or a
 * figure the sentence states as a part of a whole ("chiếm 46% GRDP", "tỷ
 * trọng … đạt 46%": the structure stage marks it), whatever its indicator.
 */
export const shareBounds: Check = (input, rule) => {
  const { work, indicators } = input;
  const stated = new Set<number>();
  figureObservations(work).forEach((row, s) =>
    row.forEach((i, f) => {
      if (i !== null && work.models[s]!.figures[f]!.share) stated.add(i);
    }),
  );
  const slack = rule.params['tolerance'] ?? 0;
  return ruleTargets(work, rule).flatMap(([i, o]) => {
    const ind = o.indicator === null ? undefined : indicators.get(o.indicator);
    if (o.unit !== '%' || !(ind?.measure === 'share' || stated.has(i))) return [];
    const high = o.valueHigh ?? o.value;
    if (o.value >= -slack && high <= 100 + slack) return [];
    const what = ind ? ind.code : 'a share of a whole';
    return [{ observation: i, others: [], message: `expected ${what} between 0 and 100%, got ${o.valueHigh === null ? o.value : `${o.value}-${o.valueHigh}`}% ("${o.text}")` }];
  });
};

/** `indicator_bounds`: the value lies in the indicator's plausible range (min and max of indicators.csv, in base units). */
export const indicatorBounds: Check = eachObservation((o, { indicators }) => {
  const ind = o.indicator === null ? undefined : indicators.get(o.indicator);
  if (!ind || !ind.units.includes(o.unit)) return null;
  const outside = (v: number) => (ind.min !== null && v < ind.min) || (ind.max !== null && v > ind.max);
  return outside(o.value) || (o.valueHigh !== null && outside(o.valueHigh)) ? `expected ${ind.code} between ${ind.min ?? '-∞'} and ${ind.max ?? '∞'} ${o.unit}, got ${o.value} ("${o.text}")` : null;
});

/** `bounds`: the value lies in the rule's own `min` and `max` (either may be absent); a rule for one indicator sets them. */
export const bounds: Check = eachObservation((o, _input, rule) => {
  const { min, max } = rule.params;
  const outside = (v: number) => (min !== undefined && v < min) || (max !== undefined && v > max);
  return outside(o.value) || (o.valueHigh !== null && outside(o.valueHigh)) ? `expected ${o.indicator ?? 'the figure'} between ${min ?? '-∞'} and ${max ?? '∞'} ${o.unit}, got ${o.value} ("${o.text}")` : null;
});

/** The first day of the 34 provinces and cities (Nghị quyết 202/2025/QH15), as days since 1970-01-01. */
const MERGER_DAY = Date.UTC(2025, 6, 1) / 86_400_000;

/**
 * `rank_bounds`: a province's or city's rank among the provinces (an
 * indicator measured as a rank, stated for a province or a centrally-run
 * city) lies between 1 and the number of provinces of its period: 63 for a
 * period that ends before 1 July 2025, 34 after. A period that spans the
 * day, or none, allows 63.
 */
export const rankBounds: Check = eachObservation((o, { indicators, regions }) => {
  const ind = o.indicator === null ? undefined : indicators.get(o.indicator);
  const region = o.region === null ? undefined : regions.get(o.region);
  if (!ind || ind.measure !== 'rank' || o.unit !== 'rank' || !region || (region.kind !== 'province' && region.kind !== 'city')) return null;
  const interval = o.period === null ? null : periodInterval(o.period);
  const provinces = interval !== null && interval.first >= MERGER_DAY ? 34 : 63;
  return o.value < 1 || o.value > provinces || !Number.isInteger(o.value) ? `expected a rank of ${o.region} between 1 and ${provinces} (the provinces of ${o.period ?? 'its time'}), got ${o.value} ("${o.text}")` : null;
});
