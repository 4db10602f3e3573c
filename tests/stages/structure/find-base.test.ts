import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../../src/stages/extract/extract-mentions.ts';
import { buildSentenceModel } from '../../../src/stages/structure/build-sentence-model.ts';
import { BASE_RULES } from '../../../src/stages/structure/find-base.ts';
import { taxonomy } from '../../helpers/taxonomy.ts';

const model = (text: string) => buildSentenceModel(mentionsOf({ index: 0, paragraph: 0, span: { start: 0, end: text.length }, text }, { convention: 'vi', taxonomy, published: '2024-10-15' }));
/** Each figure of the sentence with the text of its comparison base. */
const bases = (text: string) => {
  const m = model(text);
  return m.figures.map((f) => [f.quantity.text, f.baseTime === null ? null : m.mentions.times[f.baseTime]!.text]);
};

describe('findBase', () => {
  it.each([
    ['base.right-before', 'Doanh thu bán lẻ so với tháng trước thì giảm 0,2%'],
    ['base.after-in-clause', 'Dư nợ tín dụng tăng 9% so với cuối năm 2023'],
    ['base.sentence-opener', 'So với 8 tháng năm 2023, vốn giải ngân tăng 5%'],
    ['base.own-clause', 'CPI tháng 10, so với tháng trước, tăng 0,4%'],
  ])('names the rule that found the base: %s', (rule, text) => {
    expect(Object.keys(BASE_RULES)).toContain(rule);
    expect(model(text).figures.map((f) => f.baseRule)).toEqual([rule]);
  });

  it.each([
    ['Kim ngạch xuất khẩu 9 tháng năm 2024 đạt 300 tỷ USD, tăng 15% so với cùng kỳ năm trước', [['300 tỷ USD', null], ['15%', 'cùng kỳ năm trước']]],
    ['Dư nợ tín dụng tăng 9% so với cuối năm 2023', [['9%', 'cuối năm 2023']]],
    ['Giá trị sản xuất gấp 1,5 lần năm 2020', [['gấp 1,5 lần', 'năm 2020']]],
    ['Năng suất lao động chỉ bằng 80% năm 2022', [['80%', 'năm 2022']]],
  ])('reads the base after the figure in its clause: "%s"', (text, expected) => {
    expect(bases(text)).toEqual(expected);
  });

  it.each([
    ['Doanh thu bán lẻ so với tháng trước thì giảm 0,2%', [['0,2%', 'tháng trước']]],
    ['Tỷ lệ giải ngân so với cùng kỳ năm trước bằng 95%', [['95%', 'cùng kỳ năm trước']]],
    ['Giá thuê kho bãi so với cùng kỳ năm trước ở mức 120%', [['120%', 'cùng kỳ năm trước']]],
    ['Giá điện so với tháng trước tăng nhẹ 0,3%', [['0,3%', 'tháng trước']]],
  ])('reads the base right before the figure, with only its verb between: "%s"', (text, expected) => {
    expect(bases(text)).toEqual(expected);
  });

  it.each([
    ['Xuất khẩu đạt 35 tỷ USD và so với tháng trước tăng 2%', [['35 tỷ USD', null], ['2%', 'tháng trước']]],
    ['Xuất khẩu đạt 35 tỷ USD và so với tháng trước tăng mạnh 9%', [['35 tỷ USD', null], ['9%', 'tháng trước']]],
    ['CPI tháng 9 tăng 0,3% và so với cùng kỳ năm trước thì tăng 3,5%', [['0,3%', null], ['3,5%', 'cùng kỳ năm trước']]],
  ])('gives a base that opens the next figure to that figure only: "%s"', (text, expected) => {
    expect(bases(text)).toEqual(expected);
  });

  it.each([
    ['So với 8 tháng năm 2023, vốn giải ngân tăng 5%', [['5%', '8 tháng năm 2023']]],
    ['So với năm 2023 lượng khách quốc tế tăng 18%', [['18%', 'năm 2023']]],
    ['So với cùng kỳ năm trước, tổng mức bán lẻ hàng hóa tăng 8,5% và doanh thu dịch vụ lưu trú tăng 12%', [['8,5%', 'cùng kỳ năm trước'], ['12%', 'cùng kỳ năm trước']]],
  ])('gives the base a sentence opens with to the figures after it: "%s"', (text, expected) => {
    expect(bases(text)).toEqual(expected);
  });

  it('reads a clause that is only "so với" and a base as the base of the figure after it', () => {
    expect(bases('CPI tháng 10, so với tháng trước, tăng 0,4%')).toEqual([['0,4%', 'tháng trước']]);
  });

  it.each([
    ['a base in the next clause compares what follows it', 'Doanh thu tăng 5%, thấp hơn năm 2023', [['5%', null]]],
    ['a time that is no base', 'Doanh thu tăng 5% năm 2023', [['5%', null]]],
    ['the time of a compared figure', 'Tăng trưởng GRDP đạt 7,2%, thấp hơn so với 7,8% của 6 tháng năm 2023', [['7,2%', null], ['7,8%', null]]],
    ['an idiom', 'Vốn FDI giải ngân đạt 15 tỷ USD, cao nhất từ trước đến nay', [['15 tỷ USD', null]]],
  ])('gives no base when %s: "%s"', (_, text, expected) => {
    expect(bases(text)).toEqual(expected);
  });
});
