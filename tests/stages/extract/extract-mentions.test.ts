import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../../src/stages/extract/extract-mentions.ts';
import { taxonomy } from '../../helpers/taxonomy.ts';

const mentions = (text: string) => mentionsOf({ index: 0, paragraph: 0, span: { start: 0, end: text.length }, text }, { convention: 'vi', taxonomy, published: '2024-10-15' });

describe('mentionsOf', () => {
  it('reads an abbreviation the taxonomy knows as its concept or place, not as a ticker', () => {
    const m = mentions('GRDP (+5,2%), CPI (3,5%) và ASEAN (12%) đều tăng, riêng mã FPT (+1,2%) giảm');
    expect(m.organisations.map((o) => o.text)).toEqual(['FPT']);
    expect(m.concepts.map((c) => c.alias.toUpperCase())).toEqual(expect.arrayContaining(['GRDP', 'CPI']));
  });

  it('reads a number inside a business name as part of the name', () => {
    const m = mentions('Tổng công ty 36 lỗ 20 tỷ đồng');
    expect(m.numbers.map((n) => [n.value, n.kind])).toEqual([
      [36, 'name'],
      [20, 'quantity'],
    ]);
  });

  it('marks a place inside a business name as part of the name', () => {
    const m = mentions('Doanh thu của Tổng công ty Lâm nghiệp Việt Nam tại Gia Lai đạt 300 tỷ đồng');
    expect(m.places.map((p) => [p.region, p.use])).toEqual([
      ['Việt Nam', 'in_name'],
      ['Gia Lai', 'subject'],
    ]);
  });
});
