import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../src/export/neutralise-cell.ts';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+84 912 345 678', "'+84 912 345 678"],
    ['-2,1%', "'-2,1%"],
    ['\tTổng', "'\tTổng"],
    ['\rTổng', "'\rTổng"],
    ['＝1+1', "'＝1+1"],
    ['=bad.txt', "'=bad.txt"],
  ])('prefixes %j with a quote', (text, expected) => {
    expect(neutraliseCell(text)).toBe(expected);
  });

  it.each([['315.839 tỷ đồng'], ['Quảng Ninh'], ['giảm 2,1%'], ['a=b'], [' =1+1'], ["'=already quoted"], ['']])('leaves %j as it is', (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });

  it('never returns a text a spreadsheet reads as a formula, and adds at most one quote', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('=', '+', '-', '@', '\t', '\r').chain((c) => fc.string().map((s) => c + s))), (text) => {
        const safe = neutraliseCell(text);
        expect(safe).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u);
        expect(safe === text || safe === `'${text}`).toBe(true);
      }),
    );
  });
});
