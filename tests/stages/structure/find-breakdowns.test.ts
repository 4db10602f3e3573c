import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../../src/stages/extract/extract-mentions.ts';
import { buildSentenceModel } from '../../../src/stages/structure/build-sentence-model.ts';
import { taxonomy } from '../../helpers/taxonomy.ts';

const model = (text: string) => buildSentenceModel(mentionsOf({ index: 0, paragraph: 0, span: { start: 0, end: text.length }, text }, { convention: 'vi', taxonomy, published: '2024-10-15' }));
/** Each figure of the sentence with its breakdown: the marker's word, the total's text, what tells the item apart. */
const items = (text: string) => {
  const m = model(text);
  return m.figures.map((f) => {
    const b = f.breakdown;
    if (b === null) return [f.quantity.text, null];
    return [f.quantity.text, { marker: b.marker === null ? null : m.mentions.markers[b.marker]!.word, total: b.total === null ? null : m.figures[b.total]!.quantity.text, by: b.by }];
  });
};

describe('findBreakdowns', () => {
  it.each([
    ['Kim ngạch xuất khẩu đạt 300 tỷ USD, trong đó khu vực FDI đạt 220 tỷ USD', [['300 tỷ USD', null], ['220 tỷ USD', { marker: 'trong đó', total: '300 tỷ USD', by: 'part' }]]],
    ['Thu ngân sách đạt 50 nghìn tỷ đồng, trong đó Hải Phòng đạt 12 nghìn tỷ đồng', [['50 nghìn tỷ đồng', null], ['12 nghìn tỷ đồng', { marker: 'trong đó', total: '50 nghìn tỷ đồng', by: 'place' }]]],
    ['GRDP tăng 7%, trong đó quý III tăng 8,1%', [['7%', null], ['8,1%', { marker: 'trong đó', total: '7%', by: 'period' }]]],
    ['Tổng vốn đạt 20 tỷ USD; riêng vốn điều chỉnh đạt 5 tỷ USD', [['20 tỷ USD', null], ['5 tỷ USD', { marker: 'riêng', total: '20 tỷ USD', by: 'part' }]]],
    ['Tổng vốn 25 tỷ USD (trong đó vốn FDI 18 tỷ USD)', [['25 tỷ USD', null], ['18 tỷ USD', { marker: 'trong đó', total: '25 tỷ USD', by: 'part' }]]],
    ['Doanh thu du lịch đạt 40 nghìn tỷ đồng, tăng 9%, trong đó doanh thu lưu trú đạt 12 nghìn tỷ đồng, tăng 11%', [
      ['40 nghìn tỷ đồng', null],
      ['9%', null],
      ['12 nghìn tỷ đồng', { marker: 'trong đó', total: '40 nghìn tỷ đồng', by: 'part' }],
      ['11%', { marker: 'trong đó', total: '9%', by: 'part' }],
    ]],
  ])('reads the figures after a breakdown marker as items of the figure before it: "%s"', (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it('reads a socio-economic region as a part of the total, not another place', () => {
    expect(items('Vốn đầu tư đạt 90 nghìn tỷ đồng, trong đó vùng Đông Nam Bộ đạt 30 nghìn tỷ đồng')[1]).toEqual([
      '30 nghìn tỷ đồng',
      { marker: 'trong đó', total: '90 nghìn tỷ đồng', by: 'part' },
    ]);
  });

  it.each([
    ['Sản lượng thủy sản đạt 2.500 nghìn tấn, bao gồm: cá 1.800 nghìn tấn; tôm 400 nghìn tấn', [
      ['2.500 nghìn tấn', null],
      ['1.800 nghìn tấn', { marker: 'bao gồm', total: '2.500 nghìn tấn', by: 'part' }],
      ['400 nghìn tấn', { marker: 'bao gồm', total: '2.500 nghìn tấn', by: 'part' }],
    ]],
    ['Doanh thu đạt 500 tỷ đồng, chia ra: quý I 100 tỷ đồng; quý II 150 tỷ đồng', [
      ['500 tỷ đồng', null],
      ['100 tỷ đồng', { marker: 'chia ra', total: '500 tỷ đồng', by: 'period' }],
      ['150 tỷ đồng', { marker: 'chia ra', total: '500 tỷ đồng', by: 'period' }],
    ]],
  ])('runs a breakdown on through the ";"-list its marker opens: "%s"', (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it.each([
    ['Cụ thể, Bắc Giang tăng 12%', [['12%', { marker: 'cụ thể', total: null, by: 'place' }]]],
    ['Riêng tháng 9, xuất khẩu đạt 35 tỷ USD', [['35 tỷ USD', { marker: 'riêng', total: null, by: 'period' }]]],
    ['Trong đó, khu vực FDI đạt 220 tỷ USD; khu vực trong nước đạt 80 tỷ USD', [
      ['220 tỷ USD', { marker: 'trong đó', total: null, by: 'part' }],
      ['80 tỷ USD', { marker: null, total: null, by: 'part' }],
    ]],
  ])('reads every figure of a sentence that opens with a breakdown marker as an item of a total before it: "%s"', (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it.each([
    ['Vốn FDI đạt 20 tỷ USD, dẫn đầu là: Bắc Ninh 4 tỷ USD; Hải Phòng 3 tỷ USD', [
      ['20 tỷ USD', null],
      ['4 tỷ USD', { marker: null, total: '20 tỷ USD', by: 'place' }],
      ['3 tỷ USD', { marker: null, total: '20 tỷ USD', by: 'place' }],
    ]],
    ['Các địa phương thu hút nhiều vốn: Bắc Ninh 4 tỷ USD; Hải Phòng 3 tỷ USD', [
      ['4 tỷ USD', { marker: null, total: null, by: 'place' }],
      ['3 tỷ USD', { marker: null, total: null, by: 'place' }],
    ]],
  ])('reads a ":"-list whose parts open with a place as items: "%s"', (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it.each([
    ['no marker', 'Xuất khẩu đạt 35 tỷ USD, nhập khẩu đạt 33 tỷ USD', [['35 tỷ USD', null], ['33 tỷ USD', null]]],
    ['a ":" before one part only', 'Tính chung: tổng vốn đạt 30 tỷ USD', [['30 tỷ USD', null]]],
    ['a ":"-list whose parts open with a verb', 'Chỉ số giá tháng 9 biến động: tăng 0,3% so với tháng trước; tăng 2,6% so với cùng kỳ', [['0,3%', null], ['2,6%', null]]],
  ])('reads no breakdown with %s: "%s"', (_, text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it('ends a breakdown with its part of the sentence', () => {
    expect(items('Vốn đăng ký đạt 20 tỷ USD, trong đó Bình Dương 3 tỷ USD; lao động có việc làm tăng 2%')).toEqual([
      ['20 tỷ USD', null],
      ['3 tỷ USD', { marker: 'trong đó', total: '20 tỷ USD', by: 'place' }],
      ['2%', null],
    ]);
  });
});
