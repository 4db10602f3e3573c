import { periodInterval } from '../../../core/period-interval.ts';
import { QUALIFIERS, STATUSES } from '../../../core/records.ts';
import type { Check } from '../check.ts';
import { eachObservation } from '../check.ts';

const PERIOD = /^(?:\d{4}|\d{4}-Q[1-4]|\d{4}-S[12]|\d{4}-(?:0[1-9]|1[0-2])|\d{4}-\d{2}-\d{2}|\d{4}\/\d{4}|\d{4}-\d{2}\/\d{4}-\d{2}|\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2})$/;

/** Why a period is not one, or null: it must be written as the contract says and exist in the calendar. */
function periodProblem(period: string, what: string): string | null {
  if (!PERIOD.test(period)) return `expected ${what} such as 2024, 2024-Q1, 2024-S1, 2024-10, 2024-10-31 or 2024-01/2024-09, got "${period}"`;
  const interval = periodInterval(period);
  if (interval === null) return `expected ${what} that exists in the calendar, got "${period}"`;
  if (interval.first > interval.last) return `expected ${what} whose start is before its end, got "${period}"`;
  return null;
}

/** `period_form`: the period and the comparison base are well formed and possible (no "2024-Q5", "2024-13", "2023-02-29"). */
export const periodForm: Check = eachObservation((o) =>
  (o.period === null ? null : periodProblem(o.period, 'a period')) ?? (o.basePeriod === null ? null : periodProblem(o.basePeriod, 'a comparison base')),
);

/** `known_unit`: the unit (or, for a rate, its numerator) is in the unit table. */
export const knownUnit: Check = eachObservation((o, { knownUnits }) =>
  knownUnits.has(o.unit) || knownUnits.has(o.unit.split('/')[0]!) ? null : `expected a unit of the unit table, got "${o.unit}"`,
);

/** `known_indicator`: an indicator, when there is one, is a code of the taxonomy. */
export const knownIndicator: Check = eachObservation((o, { indicators }) =>
  o.indicator === null || indicators.has(o.indicator) ? null : `expected an indicator of the taxonomy, got "${o.indicator}"`,
);

/** `schema`: the qualifier and status are the contract's words, and the region is one of the region tables. */
export const schema: Check = eachObservation((o, { regions }) => {
  if (o.qualifier !== null && !(QUALIFIERS as readonly string[]).includes(o.qualifier)) return `expected a qualifier of ${QUALIFIERS.join(', ')}, got "${o.qualifier}"`;
  if (o.status !== null && !(STATUSES as readonly string[]).includes(o.status)) return `expected a status of ${STATUSES.join(', ')}, got "${o.status}"`;
  if (o.region !== null && !regions.has(o.region)) return `expected a region of the region tables, got "${o.region}"`;
  return null;
});
