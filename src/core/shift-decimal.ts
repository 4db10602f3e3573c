/**
 * A plain decimal numeral with its decimal point moved `places` digits to
 * the left (a division by 10^places; negative `places` multiply), done on
 * the digits so no binary rounding creeps in. Leading and trailing zeros
 * are dropped. Text that is no plain decimal numeral comes back unchanged.
 *
 * @example
 * shiftDecimal('315839000000000', 9) // → '315839'
 * shiftDecimal('17340000000', 9)     // → '17.34'
 * shiftDecimal('-1.2', -9)           // → '-1200000000'
 * shiftDecimal('5', 3)               // → '0.005'
 */
export function shiftDecimal(numeral: string, places: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(numeral);
  if (!m || !Number.isInteger(places)) return numeral;
  let digits = m[2]! + (m[3] ?? '');
  let point = m[2]!.length - places;
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fraction = digits.slice(point).replace(/0+$/, '');
  const body = fraction === '' ? whole : `${whole}.${fraction}`;
  return m[1] === '-' && /[1-9]/.test(body) ? `-${body}` : body;
}

/**
 * How many digits a plain decimal numeral has after its point (SDMX DECIMALS).
 *
 * @example
 * decimalsOf('17.34') // → 2
 * decimalsOf('315839') // → 0
 */
export function decimalsOf(numeral: string): number {
  const dot = numeral.indexOf('.');
  return dot < 0 ? 0 : numeral.length - dot - 1;
}
