/**
 * A number as plain decimal text: full magnitude, "." as the decimal point,
 * no grouping and never an exponent ("1e+21" becomes "1000000000000000000000").
 *
 * @example
 * formatDecimal(315839000000000) // → '315839000000000'
 * formatDecimal(1e21)            // → '1000000000000000000000'
 * formatDecimal(0.0000007)       // → '0.0000007'
 */
export function formatDecimal(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20, maximumSignificantDigits: 17 });
}
