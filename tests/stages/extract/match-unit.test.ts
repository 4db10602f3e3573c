import { describe, expect, it } from 'vitest';
import { matchKey } from '../../../src/core/match-key.ts';
import { matchUnit, matchUnitBefore } from '../../../src/stages/extract/match-unit.ts';
import { taxonomy } from '../../helpers/taxonomy.ts';

/** The unit after the number that ends where `number` does in `text`. */
const after = (text: string, number: string) => {
  const key = matchKey(text);
  return matchUnit(key, key.indexOf(number) + number.length, taxonomy.units)?.unit ?? null;
};

/** The unit before the number `number` in `text`. */
const before = (text: string, number: string) => {
  const key = matchKey(text);
  const m = matchUnitBefore(key, key.indexOf(number), taxonomy.units);
  return m ? [m.unit, text.slice(m.start, key.indexOf(number))] : null;
};

describe('matchUnit', () => {
  it.each([
    ['450,5 triệu đồng/người', '450,5 triệu', 'VND/person'],
    ['dài 200 mét', '200', 'm'],
    ['42.259 mét vuông sàn', '42.259', 'm2'],
    ['2 triệu mét khối nước', '2 triệu', 'm3'],
    ['giá 0,2 ơ rô', '0,2', 'EUR'],
    ['20 euros', '20', 'EUR'],
    ['80100₩', '80100', 'KRW'],
    ['56,3 km²', '56,3', 'km2'],
    ['dài 200 mét đường', '200 mét', null],
  ])('%s: the unit after "%s" is %s', (text, number, unit) => {
    expect(after(text, number)).toBe(unit);
  });
});

describe('matchUnitBefore', () => {
  it.each([
    ['$10', '10', ['USD', '$']],
    ['ít nhất $ 1,42', '1,42', ['USD', '$ ']],
    ['FDI US$1,5 tỷ', '1,5', ['USD', 'US$']],
    ['USD1,23', '1,23', ['USD', 'USD']],
    ['£9', '9', ['GBP', '£']],
    // a code is read before a number only when glued: "tỷ giá USD 25.000" is a price in đồng
    ['tỷ giá USD 25.000', '25.000', null],
    // "VN$" is no symbol of the dollar
    ['VN$1000', '1000', null],
  ])('%s: the unit before "%s" is %j', (text, number, unit) => {
    expect(before(text, number)).toEqual(unit);
  });
});
