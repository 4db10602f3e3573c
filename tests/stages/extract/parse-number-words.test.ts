import { describe, expect, it } from 'vitest';
import { parseNumberWords, readNumberWords } from '../../../src/stages/extract/parse-number-words.ts';

describe('parseNumberWords', () => {
  it.each([
    ['hai mươi mốt', 21],
    ['mười lăm', 15],
    ['một trăm linh năm', 105],
    ['một nghìn không trăm linh một', 1001],
    ['một nghìn lẻ một', 1001],
    ['một triệu linh một', 1000001],
    ['hai tỷ ba trăm triệu', 2.3e9],
    ['một nghìn tỷ', 1e12],
    ['ba phẩy mười bốn', 3.14],
    ['không phẩy không không bảy', 0.007],
    ['hai phẩy năm triệu', 2.5e6],
    ['âm hai', -2],
    ['hai mốt', 21],
    ['một trăm hai', 120],
    ['năm trăm tư', 540],
    ['tám trăm rưỡi', 850],
    ['một ngàn mốt', 1100],
    ['một triệu hai', 1.2e6],
    ['mười triệu rưỡi', 10.5e6],
    ['tỉ rưỡi', 1.5e9],
    ['nửa triệu', 5e5],
    ['chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ', 999999e9],
    ['một trăm mốt', 110],
    ['muời bốn', 14],
    ['một triệu tỷ', 1e15],
    ['một tỷ tỷ', 1e18],
    ['một triệu hai trăm nghìn ba trăm tỉ', 1.2003e15],
    ['một tỉ hai trăm triệu ba trăm nghìn bốn trăm tỉ', 1.2003004e18],
    ['một triệu không nghìn không trăm linh một', 1000001],
  ])('%s = %d', (words, value) => {
    expect(parseNumberWords(words.split(' '))).toBe(value);
  });

  it('reads both ways of writing huge numbers exactly', () => {
    const words = 'một nghìn hai trăm ba mươi tư tỷ tỷ năm trăm sáu mươi bẩy triệu tám trăm chín mươi chín nghìn tám trăm bẩy mươi sáu tỷ năm trăm bốn mươi ba triệu hai trăm mười nghìn một trăm linh một';
    expect(readNumberWords(words.split(' '))?.int).toBe(1234567899876543210101n);
  });

  it.each([
    ['ba nghìn năm'], ['mươi'], ['linh năm'], ['một một một'], ['trăm trăm'], ['phẩy'],
    // "năm" after tens is the noun "year": twenty years, ten years, three years
    ['hai mươi năm'], ['mười năm'], ['ba năm'],
    // neither 110 ("một trăm mốt") nor 101 ("một trăm linh một")
    ['một trăm một'],
    ['một tỷ nghìn'],
  ])('refuses "%s"', (words) => {
    expect(parseNumberWords(words.split(' '))).toBeNull();
  });
});
