import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../../src/stages/extract/extract-mentions.ts';
import { buildSentenceModel } from '../../../src/stages/structure/build-sentence-model.ts';
import { taxonomy } from '../../helpers/taxonomy.ts';

const model = (text: string) => buildSentenceModel(mentionsOf({ index: 0, paragraph: 0, span: { start: 0, end: text.length }, text }, { convention: 'vi', taxonomy, published: '2024-10-15' }));
/** Each figure of the sentence with the text of the figure it restates. */
const restated = (text: string) => {
  const m = model(text);
  return m.figures.map((f) => [f.quantity.text, f.equivalentOf === null ? null : m.figures[f.equivalentOf]!.quantity.text]);
};

describe('findEquivalents', () => {
  it.each([
    ['Xuất siêu đạt 2 tỷ USD, tương đương 50.000 tỷ đồng', [['2 tỷ USD', null], ['50.000 tỷ đồng', '2 tỷ USD']]],
    ['Kiều hối đạt 9 tỷ USD, tăng 10%, tức là 900 triệu USD', [['9 tỷ USD', null], ['10%', null], ['900 triệu USD', '10%']]],
  ])('reads the figure after "tương đương" or "tức là" as the one before it restated: "%s"', (text, expected) => {
    expect(restated(text)).toEqual(expected);
  });

  it('reads an amount in another currency in brackets right after an amount as that amount restated', () => {
    expect(restated('Vốn giải ngân đạt 12.000 tỷ đồng (khoảng 480 triệu USD)')).toEqual([
      ['12.000 tỷ đồng', null],
      ['khoảng 480 triệu USD', '12.000 tỷ đồng'],
    ]);
  });

  it.each([
    ['the same currency in brackets', 'Thu ngân sách đạt 12.000 tỷ đồng (năm 2023 đạt 10.000 tỷ đồng)', [['12.000 tỷ đồng', null], ['10.000 tỷ đồng', null]]],
    ['a percentage in brackets', 'Doanh thu đạt 12.000 tỷ đồng (tăng 8%)', [['12.000 tỷ đồng', null], ['8%', null]]],
    ['brackets that stand beside other words', 'Doanh thu đạt 1.000 tỷ đồng, lợi nhuận trước thuế (khoảng 2 triệu USD)', [['1.000 tỷ đồng', null], ['khoảng 2 triệu USD', null]]],
    ['another currency without a marker or brackets', 'Xuất khẩu đạt 2 tỷ USD, thu ngân sách đạt 8.000 tỷ đồng', [['2 tỷ USD', null], ['8.000 tỷ đồng', null]]],
    ['a marker that compares with a time', 'Lượng khách đạt 3 triệu lượt, tương đương cùng kỳ năm trước; doanh thu đạt 6.000 tỷ đồng', [['3 triệu lượt', null], ['6.000 tỷ đồng', null]]],
  ])('restates nothing with %s: "%s"', (_, text, expected) => {
    expect(restated(text)).toEqual(expected);
  });
});
