import { describe, expect, it } from 'vitest';
import { findPhrases } from '../../../src/stages/extract/find-phrases.ts';

const DIRECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['giảm', 'down'],
  ['tăng', 'up'],
  ['giảm thu', 'lost revenue'],
  ['thu', 'revenue'],
];
const hits = (key: string, table: ReadonlyArray<readonly [string, string]> = DIRECTIONS) => findPhrases(key, table).map((h) => [h.phrase, h.value, h.start, h.end]);

describe('findPhrases', () => {
  it('finds every phrase of the table, in order of position, with its value and span', () => {
    expect(hits('tăng trưởng giảm')).toEqual([
      ['tăng', 'up', 0, 4],
      ['giảm', 'down', 12, 16],
    ]);
  });

  it('finds each occurrence of a phrase', () => {
    expect(hits('xuất khẩu tăng, nhập khẩu tăng')).toEqual([
      ['tăng', 'up', 10, 14],
      ['tăng', 'up', 26, 30],
    ]);
  });

  it('reads the longest phrase first, whatever the order of the table, and lets no shorter one overlap it', () => {
    const table: ReadonlyArray<readonly [string, string]> = [
      ['so', 'compare'],
      ['với', 'preposition'],
      ['so với', 'compare'],
      ['so với kế hoạch', 'reference'],
    ];
    expect(hits('đạt 90% so với kế hoạch', table)).toEqual([['so với kế hoạch', 'reference', 8, 23]]);
    expect(hits('tăng 5% so với năm 2023', table)).toEqual([['so với', 'compare', 8, 14]]);
  });

  it('reads a longer phrase that is not a whole word as nothing, so it blocks no shorter one', () => {
    // "giảm thu" does not stand in "giảm thuế": "thu" has a letter glued to it
    expect(hits('do giảm thuế giá trị gia tăng')).toEqual([
      ['giảm', 'down', 3, 7],
      ['tăng', 'up', 25, 29],
    ]);
    expect(hits('làm giảm thu ngân sách')).toEqual([['giảm thu', 'lost revenue', 4, 12]]);
  });

  it.each([
    ['thương mại', 'a letter after it'],
    ['tiền thuế', 'a Vietnamese letter after it'],
    ['mã thu2024', 'a digit after it'],
    ['mã 3thu', 'a digit before it'],
    ['bảo thuận', 'letters after it'],
  ])('finds no phrase inside a longer word: "%s" (%s)', (key) => {
    expect(hits(key)).toEqual([]);
  });

  it('reads punctuation as a word boundary', () => {
    expect(hits('điều chỉnh tăng/giảm (thu)')).toEqual([
      ['tăng', 'up', 11, 15],
      ['giảm', 'down', 16, 20],
      ['thu', 'revenue', 22, 25],
    ]);
  });

  it('matches the key as given: callers lower-case the text first', () => {
    expect(hits('Tăng 5%')).toEqual([]);
  });

  it('finds nothing with an empty table', () => {
    expect(findPhrases('tăng 5%', [])).toEqual([]);
  });
});
