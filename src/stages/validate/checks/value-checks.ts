import type { Check } from '../check.ts';
import { eachObservation } from '../check.ts';

/** `finite`: the value and a range's upper end are finite numbers. */
export const finite: Check = eachObservation((o) =>
  !Number.isFinite(o.value) || (o.valueHigh !== null && !Number.isFinite(o.valueHigh)) ? `expected a finite number, got ${o.value}${o.valueHigh === null ? '' : ` to ${o.valueHigh}`}` : null,
);

/**
 * The largest magnitude a figure in a unit can have: ten times the world's
 * output in the currencies with the most digits (about 2.6e18 đồng), a
 * hundred times it in dollars or euros, and 1e15 for any count or measure
 * (the world's yearly electricity is 3e13 kWh, its people 8e9). A larger
 * figure is a misread (digits run together, a code or an account number).
 * A rule's `max` parameter replaces the bound for every unit.
 */
const MAX_MAGNITUDE: ReadonlyMap<string, number> = new Map([
  ['VND', 1e19], ['KRW', 1e19], ['IDR', 1e19], ['LAK', 1e19], ['KHR', 1e19], ['JPY', 1e18], ['CNY', 1e17],
  ['USD', 1e16], ['EUR', 1e16], ['GBP', 1e16],
  ['%', 1e6], ['pp', 1e6], ['bp', 1e8],
]);
const DEFAULT_MAX_MAGNITUDE = 1e15;

/** `magnitude`: no figure beyond any real one of its unit. A value with more digits than a double holds is kept exactly in `valueExact`, not refused. */
export const magnitude: Check = eachObservation((o, _input, rule) => {
  const baseUnit = o.unit.split('/')[0]!;
  const max = rule.params['max'] ?? MAX_MAGNITUDE.get(baseUnit) ?? DEFAULT_MAX_MAGNITUDE;
  for (const v of [o.value, o.valueHigh]) {
    if (v !== null && Math.abs(v) > max) return `expected at most ${max} ${baseUnit} for any figure, got ${v} (from "${o.text}")`;
  }
  return null;
});

/** `range_order`: a range's low end is at most its high end. */
export const rangeOrder: Check = eachObservation((o) =>
  o.valueHigh !== null && o.valueHigh < o.value ? `expected the low end (${o.value}) at most the high end, got ${o.valueHigh}` : null,
);
