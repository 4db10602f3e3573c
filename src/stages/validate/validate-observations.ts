import type { Observation } from '../../core/records.ts';
import { makeReject, type Reject } from '../../core/reject-codes.ts';
import type { Indicator } from '../../taxonomy/indicator-table.ts';

/** What validation needs: the indicator taxonomy and the known unit codes. */
export interface ValidateOptions {
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly knownUnits: ReadonlySet<string>;
}

/** Observations split into those that passed and those quarantined with a reason. */
export interface ValidationResult {
  readonly accepted: readonly Observation[];
  readonly rejected: readonly Reject[];
}

const PERIOD = /^(?:\d{4}|\d{4}-Q[1-4]|\d{4}-S[12]|\d{4}-(?:0[1-9]|1[0-2])|\d{4}-\d{2}-\d{2}|\d{4}\/\d{4}|\d{4}-\d{2}\/\d{4}-\d{2}|\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2})$/;

/**
 * Checks each observation: the value is finite, the unit is known and fits
 * the indicator's unit family, shares lie in 0-100, the value lies in the
 * indicator's plausible range, a range is not inverted, the period is well
 * formed. Failures are kept as rejects with a stable code and a message
 * that says what was expected and what was found.
 *
 * @example
 * validateObservations([{ …, unit: 'VND', indicator: 'gdp.growth' }], opts).rejected[0].code
 * // → 'UNIT_MISMATCH'
 */
export function validateObservations(observations: readonly Observation[], options: ValidateOptions): ValidationResult {
  const accepted: Observation[] = [];
  const rejected: Reject[] = [];
  for (const o of observations) {
    const problem = check(o, options);
    if (problem) rejected.push(makeReject(problem.code, o.sourcePath, problem.message, { text: o.text, span: o.span, record: o }));
    else accepted.push(o);
  }
  return { accepted, rejected };
}

/**
 * The largest magnitude a figure in a unit can have: ten times the world's
 * output in the currencies with the most digits (about 2.6e18 đồng), a
 * hundred times it in dollars or euros, and 1e15 for any count or measure
 * (the world's yearly electricity is 3e13 kWh, its people 8e9). A larger
 * figure is a misread (digits run together, a code or an account number).
 */
const MAX_MAGNITUDE: ReadonlyMap<string, number> = new Map([
  ['VND', 1e19], ['KRW', 1e19], ['IDR', 1e19], ['LAK', 1e19], ['KHR', 1e19], ['JPY', 1e18], ['CNY', 1e17],
  ['USD', 1e16], ['EUR', 1e16], ['GBP', 1e16],
  ['%', 1e6], ['pp', 1e6], ['bp', 1e8],
]);
const DEFAULT_MAX_MAGNITUDE = 1e15;

/** Why a value cannot be a real figure; null when it can. A value with more digits than a double holds is kept exactly in `valueExact`. */
function magnitudeProblem(o: Observation, baseUnit: string): string | null {
  const max = MAX_MAGNITUDE.get(baseUnit) ?? DEFAULT_MAX_MAGNITUDE;
  for (const v of [o.value, o.valueHigh]) {
    if (v !== null && Math.abs(v) > max) return `expected at most ${max} ${baseUnit} for any figure, got ${v} (from "${o.text}")`;
  }
  return null;
}

function check(o: Observation, { indicators, knownUnits }: ValidateOptions): { code: Parameters<typeof makeReject>[0]; message: string } | null {
  if (!Number.isFinite(o.value) || (o.valueHigh !== null && !Number.isFinite(o.valueHigh))) {
    return { code: 'VALUE_NOT_FINITE', message: `expected a finite number, got ${o.value}` };
  }
  const baseUnit = o.unit.split('/')[0]!;
  if (!knownUnits.has(o.unit) && !knownUnits.has(baseUnit)) {
    return { code: 'UNIT_UNKNOWN', message: `expected a unit of the unit table, got "${o.unit}"` };
  }
  const magnitude = magnitudeProblem(o, baseUnit);
  if (magnitude) return { code: 'VALUE_MAGNITUDE', message: magnitude };
  if (o.valueHigh !== null && o.valueHigh < o.value) {
    return { code: 'RANGE_INVERTED', message: `expected the low end (${o.value}) at most the high end, got ${o.valueHigh}` };
  }
  if (o.period !== null && !PERIOD.test(o.period)) {
    return { code: 'PERIOD_MALFORMED', message: `expected a period such as 2024, 2024-Q1, 2024-S1, 2024-10 or 2024-01/2024-09, got "${o.period}"` };
  }
  if (o.indicator === null) return null;
  const ind = indicators.get(o.indicator);
  if (!ind) return { code: 'UNIT_MISMATCH', message: `expected an indicator of the taxonomy, got "${o.indicator}"` };
  if (!ind.units.includes(o.unit)) {
    return { code: 'UNIT_MISMATCH', message: `expected ${o.indicator} in ${ind.units.join(' or ')}, got ${o.unit}` };
  }
  const isShare = /\.share\b|_share|\.rate$|coverage/.test(o.indicator);
  if (isShare && (o.value < 0 || o.value > 100 || (o.valueHigh !== null && o.valueHigh > 100))) {
    return { code: 'SHARE_OUT_OF_RANGE', message: `expected ${o.indicator} between 0 and 100, got ${o.value}` };
  }
  if ((ind.min !== null && o.value < ind.min) || (ind.max !== null && o.value > ind.max)) {
    return { code: 'VALUE_OUT_OF_RANGE', message: `expected ${o.indicator} between ${ind.min} and ${ind.max} ${o.unit}, got ${o.value}` };
  }
  return null;
}
