import { describe, expect, it } from 'vitest';
import { parseNumberWords } from '../../../src/stages/extract/parse-number-words.ts';

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
  ])('%s = %d', (words, value) => {
    expect(parseNumberWords(words.split(' '))).toBe(value);
  });

  it.each([['ba nghìn năm'], ['mươi'], ['linh năm'], ['một một một'], ['trăm trăm'], ['phẩy']])('refuses "%s"', (words) => {
    expect(parseNumberWords(words.split(' '))).toBeNull();
  });
});
