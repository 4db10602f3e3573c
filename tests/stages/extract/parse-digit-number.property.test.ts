/**
 * Property: a number printed in the Vietnamese digit format ("." between
 * thousands, "," before the decimals), with and without the grouping
 * ("1.234.567,89" and "1234567,89"), reads back to the same number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDigitNumber } from '../../../src/stages/extract/parse-digit-number.ts';
import { readNumbers } from '../../../src/stages/extract/read-numbers.ts';
import { taxonomy } from '../../helpers/taxonomy.ts';
import { decimalArbitrary, type Decimal } from '../../helpers/decimal-arbitrary.ts';

const RUNS = 2000;

const decimalArb: fc.Arbitrary<Decimal> = decimalArbitrary
  .filter((d) => !d.negative || d.int !== 0n || /[1-9]/.test(d.frac)); // no "-0"

/** Thousands grouped with ".": 1234567 → "1.234.567". */
function grouped(int: bigint): string {
  return String(int).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function printed(d: Decimal, group: boolean): string {
  return `${d.negative ? '-' : ''}${group ? grouped(d.int) : String(d.int)}${d.frac ? `,${d.frac}` : ''}`;
}

/** The exact value as a canonical decimal string. */
function canonical(d: Decimal): string {
  const frac = d.frac.replace(/0+$/, '');
  return `${d.negative ? '-' : ''}${d.int}${frac ? `.${frac}` : ''}`;
}

describe('numbers in Vietnamese digits', () => {
  it.each([
    ['grouped', true],
    ['ungrouped', false],
  ])('parseDigitNumber reads %s digits back to the exact number', (_, group) => {
    fc.assert(
      fc.property(decimalArb, (signed) => {
        const d = { ...signed, negative: false };
        const n = parseDigitNumber(printed(d, group), 'vi');
        expect(n && canonical({ negative: false, int: BigInt(n.int), frac: n.frac })).toBe(canonical(d));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['grouped', true],
    ['ungrouped', false],
  ])('readNumbers reads %s digits, sign included, as one number of that value', (_, group) => {
    fc.assert(
      fc.property(decimalArb, (d) => {
        const text = printed(d, group);
        const read = readNumbers(text, { convention: 'vi', units: taxonomy.units });
        expect(read.map((r) => [r.text, r.value]), text).toEqual([[text, Number(canonical(d))]]);
      }),
      { numRuns: RUNS },
    );
  });
});
