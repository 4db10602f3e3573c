import type { Observation } from '../../../core/records.ts';

/**
 * Half a step of the last digit a figure was written with, in base units:
 * how far the true value may lie from a rounded one. "5,2 tỷ USD" is
 * written to 0,1 tỷ, so 50 million; "175.825 tỷ đồng" to 1 tỷ, so 500
 * million. Read from the value and its scale (`unitMult`), not the text.
 *
 * @example
 * roundingSlack({ value: 5200000000, unitMult: 9 }) // → 50000000
 */
export function roundingSlack(o: Pick<Observation, 'value' | 'unitMult'>): number {
  const scale = 10 ** o.unitMult;
  const mantissa = Math.abs(o.value) / scale;
  let decimals = 0;
  // the fewest decimals that write the mantissa exactly (to a double's precision)
  while (decimals < 6 && Math.abs(Math.round(mantissa * 10 ** decimals) - mantissa * 10 ** decimals) > 1e-6 * Math.max(1, mantissa * 10 ** decimals)) decimals++;
  return 0.5 * 10 ** -decimals * scale;
}
