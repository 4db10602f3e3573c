/**
 * Property: the Vietnamese words that an independent writer, the
 * read-vietnamese-number package (MIT, tonghoangvu/read-vietnamese-number-js),
 * gives a random number read back to that number, whichever spellings it is
 * told to use (phẩy/chấm, linh/lẻ, tỷ/tỉ, nghìn/ngàn, bốn/tư, bảy/bẩy,
 * lăm/nhăm, âm/trừ, with or without "mươi").
 */
import fc from 'fast-check';
import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';
import { describe, expect, it } from 'vitest';
import { readNumberWords } from '../../../src/stages/extract/parse-number-words.ts';
import { readNumbers } from '../../../src/stages/extract/read-numbers.ts';
import { taxonomy } from '../../helpers/taxonomy.ts';
import { decimalArbitrary, type Decimal } from '../../helpers/decimal-arbitrary.ts';

const RUNS = 2000;

const decimalArb: fc.Arbitrary<Decimal> = decimalArbitrary
  // "không" alone is no number (it is "not"), nor is "âm không"
  .filter((d) => d.int !== 0n || /[1-9]/.test(d.frac));

/** The Vietnamese digit string the writer is given: "," the decimal mark, no grouping. */
function viDigits(d: Decimal): string {
  return `${d.negative ? '-' : ''}${d.int}${d.frac ? `,${d.frac}` : ''}`;
}

/** The exact value as a canonical decimal string. */
function canonical(d: Decimal): string {
  const frac = d.frac.replace(/0+$/, '');
  return `${d.negative ? '-' : ''}${d.int}${frac ? `.${frac}` : ''}`;
}

const spellingArb = fc.record({
  pointText: fc.constantFrom('phẩy', 'chấm'),
  oddText: fc.constantFrom('linh', 'lẻ'),
  billion: fc.constantFrom('tỷ', 'tỉ'),
  thousand: fc.constantFrom('nghìn', 'ngàn'),
  fourToneText: fc.constantFrom('bốn', 'tư'),
  seven: fc.constantFrom('bảy', 'bẩy'),
  fiveToneText: fc.constantFrom('lăm', 'nhăm'),
  negativeText: fc.constantFrom('âm', 'trừ'),
  skipTenTone: fc.boolean(),
});

type Spelling = typeof spellingArb extends fc.Arbitrary<infer T> ? T : never;

function configFor(s: Spelling): ReadingConfig {
  const c = new ReadingConfig();
  c.unit = [];
  c.pointSign = ',';
  // The package builds a RegExp from thousandSign, so "." has to be escaped.
  c.thousandSign = '\\.';
  c.pointText = s.pointText;
  c.oddText = s.oddText;
  c.units = [[], [s.thousand], ['triệu'], [s.billion]];
  c.digits = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', s.seven, 'tám', 'chín'];
  c.fourToneText = s.fourToneText;
  c.fiveToneText = s.fiveToneText;
  c.negativeText = s.negativeText;
  c.skipTenTone = s.skipTenTone;
  return c;
}

function exact(words: string): string | null {
  const n = readNumberWords(words.split(' '));
  if (n === null) return null;
  return `${n.negative ? '-' : ''}${n.int}${n.frac ? `.${n.frac}` : ''}`;
}

describe('numbers in words (read-vietnamese-number as the oracle)', () => {
  it('parseNumberWords reads the words back to the exact number', () => {
    fc.assert(
      fc.property(decimalArb, spellingArb, (d, s) => {
        const words = doReadNumber(viDigits(d), configFor(s));
        expect(exact(words), words).toBe(canonical(d));
      }),
      { numRuns: RUNS },
    );
  });

  it('readNumbers finds the words in a sentence as one number of that value', () => {
    fc.assert(
      fc.property(decimalArb, spellingArb, (d, s) => {
        const words = doReadNumber(viDigits(d), configFor(s));
        // in a sentence, with a unit: a lone "năm" is the noun "year", "năm phần trăm" is 5%
        const sentence = `tỷ lệ đạt ${words} phần trăm`;
        const read = readNumbers(sentence, { convention: 'vi', units: taxonomy.units });
        expect(read.map((r) => [r.text, r.quantity?.value]), sentence).toEqual([[words, Number(canonical(d))]]);
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['1000000000000005', 'một triệu tỉ không trăm lẻ năm'],
    ['-12,5', 'âm mười hai chấm năm'],
    ['10,0101', 'mười chấm không một không một'],
  ])('the writer reads %s as "%s" (the oracle is set up as intended)', (digits, words) => {
    expect(doReadNumber(digits, configFor({ pointText: 'chấm', oddText: 'lẻ', billion: 'tỉ', thousand: 'nghìn', fourToneText: 'tư', seven: 'bảy', fiveToneText: 'lăm', negativeText: 'âm', skipTenTone: false }))).toBe(words);
  });
});
