import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../../src/stages/extract/extract-mentions.ts';
import { buildSentenceModel } from '../../../src/stages/structure/build-sentence-model.ts';
import { taxonomy } from '../../helpers/taxonomy.ts';

const model = (text: string) => buildSentenceModel(mentionsOf({ index: 0, paragraph: 0, span: { start: 0, end: text.length }, text }, { convention: 'vi', taxonomy, published: '2024-10-15' }));
/** Each time of the sentence with its role. */
const roles = (text: string) => {
  const m = model(text);
  return m.mentions.times.map((t, i) => [t.text, m.timeRoles[i]]);
};

describe('timeRoleOf', () => {
  it.each([
    ['Vốn FDI giải ngân đạt 15 tỷ USD, cao nhất từ trước đến nay', [['từ trước đến nay', 'idiom']]],
    ['Doanh thu tăng 12% kể từ năm 2019', [['kể từ năm 2019', 'idiom']]],
    ['GDP theo giá so sánh 2010 tăng 6%', [['giá so sánh 2010', 'idiom']]],
    ['Trong nhiều năm qua, xuất khẩu tăng 10%', [['nhiều năm qua', 'idiom']]],
    ['Theo Nghị quyết số 15 ngày 12/3/2024, vốn đầu tư công đạt 500 nghìn tỷ đồng', [['ngày 12/3/2024', 'idiom']]],
  ])('reads a time that dates nothing as an idiom: "%s"', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    ['Kim ngạch xuất khẩu 9 tháng năm 2024 đạt 300 tỷ USD, tăng 15% so với cùng kỳ năm trước', [['9 tháng năm 2024', 'frame'], ['cùng kỳ năm trước', 'base']]],
    ['Doanh thu bán lẻ so với tháng trước thì giảm 0,2%', [['tháng trước', 'base']]],
  ])('reads a time that names a base by its own words as a base: "%s"', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    ['So với 8 tháng năm 2023, vốn giải ngân tăng 5%', [['8 tháng năm 2023', 'base']]],
    ['Tổng vốn đầu tư cao hơn năm 2022', [['năm 2022', 'base']]],
    ['Sản lượng lúa tăng 2% so với vụ đông xuân năm 2023', [['năm 2023', 'base']]],
    ['Kim ngạch tăng 4% so với ước thực hiện năm 2023', [['năm 2023', 'base']]],
    ['Doanh thu tăng 5% so với mức của năm 2023', [['năm 2023', 'base']]],
    ['Tăng 10% so với năm 2015 và gấp đôi năm 2010', [['năm 2015', 'base'], ['năm 2010', 'base']]],
    ['Năng suất lao động chỉ bằng 80% năm 2022', [['năm 2022', 'base']]],
  ])('reads a time after a comparison word as a base: "%s"', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    ['Tăng trưởng GRDP đạt 7,2%, thấp hơn so với 7,8% của 6 tháng năm 2023', [['6 tháng năm 2023', 'compared']]],
    ['GRDP quý III tăng 7,5%, cao hơn mức tăng 6,9% của quý II', [['quý III', 'frame'], ['quý II', 'compared']]],
    ['Số khách đạt 3 triệu lượt, nhiều hơn mức 2 triệu lượt của năm 2023', [['năm 2023', 'compared']]],
  ])('reads the time of a figure after a comparison word as the time of a compared figure: "%s"', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    ['Số dự án mới chiếm 35% của cả năm 2023', [['cả năm 2023', 'reference']]],
    ['Vốn giải ngân đạt 60% của cả 9 tháng năm 2024', [['9 tháng năm 2024', 'reference']]],
  ])('reads the whole a share is of as a reference: "%s"', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    ['a whole year without "của"', 'Cả năm 2023 GDP tăng 5,05%', [['Cả năm 2023', 'frame']]],
    ['a time after the figure', 'Doanh thu tăng 5% năm 2023', [['năm 2023', 'frame']]],
    ['the time of a figure with no comparison word in its clause', 'Doanh thu tăng 6% so với cùng kỳ, mức tăng 4,5% của năm 2023', [['cùng kỳ', 'base'], ['năm 2023', 'frame']]],
  ])('reads %s as the frame: "%s"', (_, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
