import fc from 'fast-check';

/** A number as its exact decimal digits: sign, integer part up to 10^15, up to four decimals. */
export interface Decimal {
  readonly negative: boolean;
  readonly int: bigint;
  /** Up to four digits, trailing zeros allowed as written. */
  readonly frac: string;
}

/**
 * Random decimals for property tests: integers up to 10^15 (and, as often,
 * small ones up to 10^4) with up to four decimal places.
 */
export const decimalArbitrary: fc.Arbitrary<Decimal> = fc.record({
  negative: fc.boolean(),
  int: fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 4n })),
  frac: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,4}$/)),
});
