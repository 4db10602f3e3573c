const WHOLE = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const DECIMALS = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/**
 * A computed number as a Vietnamese text writes it, for messages: "." for
 * thousands, "," for decimals; whole from 100 up, else at most two decimals.
 *
 * @example
 * formatNumber(24002.5) // → '24.003'
 * formatNumber(76.4706) // → '76,47'
 */
export function formatNumber(n: number): string {
  return (Math.abs(n) >= 100 ? WHOLE : DECIMALS).format(n);
}
