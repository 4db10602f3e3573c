import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundingSlack } from '../../../../src/stages/validate/cross-checks/stated-precision.ts';

describe('roundingSlack', () => {
  it.each([
    // "5,2 tỷ USD": to 0,1 tỷ
    [5.2e9, 9, 5e7],
    // "175.825 tỷ đồng": to 1 tỷ
    [175825e9, 9, 5e8],
    // "1.185,5 nghìn tấn"
    [1185500, 3, 50],
    // "7,25%"
    [7.25, 0, 0.005],
    // "giảm 2,1%": the sign does not matter
    [-2.1, 0, 0.05],
    // "120 đồng": a whole number
    [120, 0, 0.5],
  ])('gives half a step of the last digit written: %d ×10^%d → %d', (value, unitMult, slack) => {
    expect(roundingSlack({ value, unitMult })).toBeCloseTo(slack, 10);
  });

  it('reads the decimals a figure was written with: d decimals, the last not 0, give 0,5·10^-d of the scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }).filter((n) => n % 10 !== 0), fc.integer({ min: 0, max: 3 }), fc.constantFrom(0, 3, 6, 9), (digits, d, unitMult) => {
        const value = (digits / 10 ** d) * 10 ** unitMult;
        expect(roundingSlack({ value, unitMult }) / (0.5 * 10 ** (unitMult - d))).toBeCloseTo(1, 9);
      }),
    );
  });
});
