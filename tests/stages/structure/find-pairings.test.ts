import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../../src/stages/extract/extract-mentions.ts';
import { buildSentenceModel } from '../../../src/stages/structure/build-sentence-model.ts';
import { taxonomy } from '../../helpers/taxonomy.ts';

const model = (text: string) => buildSentenceModel(mentionsOf({ index: 0, paragraph: 0, span: { start: 0, end: text.length }, text }, { convention: 'vi', taxonomy, published: '2024-10-15' }));
/** Each figure of the sentence with the concept it is paired with: its index and its words. */
const pairs = (text: string) => {
  const m = model(text);
  return m.figures.map((f) => [f.quantity.text, f.pairedConcept === null ? null : [f.pairedConcept, m.mentions.concepts[f.pairedConcept]!.alias]]);
};

describe('findPairings', () => {
  it.each([
    ['Xuất khẩu đạt 30 tỷ USD, nhập khẩu đạt 28 tỷ USD, tăng lần lượt 10% và 8%', [
      ['30 tỷ USD', null],
      ['28 tỷ USD', null],
      ['10%', [0, 'xuất khẩu']],
      ['8%', [1, 'nhập khẩu']],
    ]],
    ['Xuất khẩu đạt 30 tỷ USD, nhập khẩu đạt 28 tỷ USD, tăng tương ứng 10% và 8% so với cùng kỳ năm trước', [
      ['30 tỷ USD', null],
      ['28 tỷ USD', null],
      ['10%', [0, 'xuất khẩu']],
      ['8%', [1, 'nhập khẩu']],
    ]],
  ])('pairs the figures after "lần lượt" or "tương ứng" with the concepts before it, in order: "%s"', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('leaves out a concept that qualifies another after "của"', () => {
    expect(pairs('Năm 2024, xuất khẩu và nhập khẩu của khu vực FDI tăng lần lượt 14% và 9%').map(([, p]) => p && p[1])).toEqual(['xuất khẩu', 'nhập khẩu']);
  });

  it('pairs with the nearest mention of a concept named twice', () => {
    expect(pairs('Xuất khẩu quý III đạt 100 tỷ USD, riêng tháng 9 xuất khẩu và nhập khẩu đạt lần lượt 35 tỷ USD và 33 tỷ USD')).toEqual([
      ['100 tỷ USD', null],
      ['35 tỷ USD', [1, 'xuất khẩu']],
      ['33 tỷ USD', [2, 'nhập khẩu']],
    ]);
  });

  it('pairs only the figures of the marker\'s clause', () => {
    expect(pairs('Xuất khẩu đạt 30 tỷ USD, nhập khẩu đạt 28 tỷ USD, tăng lần lượt 10% và 8%, xuất siêu đạt 2 tỷ USD').map(([, p]) => p)).toEqual([
      null,
      null,
      [0, 'xuất khẩu'],
      [1, 'nhập khẩu'],
      null,
    ]);
  });

  it.each([
    ['one figure after "tương ứng" restates the change', 'Kim ngạch xuất khẩu tăng 16%, tương ứng tăng 5 tỷ USD', [['16%', null], ['5 tỷ USD', null]]],
    ['fewer concepts than figures', 'Doanh thu tăng lần lượt 5% và 7% trong quý I và quý II', [['5%', null], ['7%', null]]],
    ['no marker', 'Xuất khẩu và nhập khẩu đạt 30 tỷ USD', [['30 tỷ USD', null]]],
  ])('pairs nothing when %s: "%s"', (_, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});
