import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../src/stages/extract/read-numbers.ts';
import { taxonomy } from '../../helpers/taxonomy.ts';

const q = (s: string, convention: 'vi' | 'en' | 'mixed') =>
  readNumbers(s, { convention, units: taxonomy.units }).flatMap((n) => (n.quantity ? [[n.quantity.value, n.quantity.unit, n.quantity.reading]] : []));

describe('ambiguous separators', () => {
  it('keeps the document convention when the figures are plausible, and says so', () => {
    expect(q('FDI đạt trên 5,245 tỷ USD tương đương 125.890 tỷ đồng', 'vi')).toEqual([
      [5.245e9, 'USD', "',ddd' read as decimal (vi)"],
      [125890e9, 'VND', "'.ddd' read as thousands (vi)"],
    ]);
  });

  it('rereads an amount two equivalent figures disagree on', () => {
    const [usd, vnd] = q('vốn đạt 4,800 triệu USD, tương đương 115,2 nghìn tỷ đồng', 'en');
    expect(usd).toEqual([4.8e9, 'USD', "',ddd' read as thousands (en)"]);
    expect(vnd![0]).toBe(115.2e12);
    const [usd2] = q('vốn đạt 4,800 tỷ USD, tương đương 115.200 tỷ đồng', 'mixed');
    expect(usd2![0]).toBe(4.8e9);
    expect(usd2![2]).toMatch(/read as decimal: .*(?:beyond any reported amount|agrees with the amount stated as equivalent)/);
  });

  it('reads a count as a whole number', () => {
    expect(q('có 13,000 lượt theo dõi', 'vi')).toEqual([[13000, 'count', "'13,000' read as thousands: a count is a whole number"]]);
  });
});
