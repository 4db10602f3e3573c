import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameListScan } from '../../src/core/name-list-scan.ts';

/** The regex the scanner stands for, as the region table built it. */
function byRegex(names: readonly string[], key: string): Array<{ name: string; start: number; end: number }> {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...key.matchAll(re)].map((m) => ({ name: m[0].replace(/\s+/g, ' '), start: m.index, end: m.index + m[0].length }));
}

describe('nameListScan', () => {
  const names = ['hồng kông (trung quốc)', 'thành phố hồ chí minh', 'bà rịa - vũng tàu', 'tp.hcm', 'hà nội', 'hà tĩnh', 'hà', 'huế'];

  it('finds whole names left to right, the first listed at a place winning, spaces standing for any run of spaces', () => {
    const scan = nameListScan(names);
    expect(scan('tại hà  nội, hà tĩnh và tp.hcm; hàng hà')).toEqual([
      { name: 'hà nội', start: 4, end: 11 },
      { name: 'hà tĩnh', start: 13, end: 20 },
      { name: 'tp.hcm', start: 24, end: 30 },
      { name: 'hà', start: 37, end: 39 },
    ]);
    // glued to a letter or a digit, a name is part of another word
    expect(scan('huế2 thuế hàhuế')).toEqual([]);
  });

  it('gives what the regex of the names gives, on keys made of their words', () => {
    const parts = ['hà', 'nội', 'tĩnh', 'huế', 'thành', 'phố', 'hồ', 'chí', 'minh', 'tp.hcm', 'bà', 'rịa', '-', 'vũng', 'tàu', 'x', 'hồng', 'kông', '(trung', 'quốc)', 'quốc'];
    const seps = [' ', '  ', ', ', '', '.', '\t', '(', ')'];
    const key = fc.array(fc.tuple(fc.constantFrom(...parts), fc.constantFrom(...seps)), { maxLength: 14 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(key, (k) => {
        expect(nameListScan(names)(k)).toEqual(byRegex(names, k));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches names that begin or end with a sign by the regex itself', () => {
    const odd = ['(cũ)', 'hà nội'];
    expect(nameListScan(odd)('hà nội (cũ)')).toEqual(byRegex(odd, 'hà nội (cũ)'));
  });
});
