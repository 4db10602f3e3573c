import { describe, expect, it } from 'vitest';
import pipeline from '../../../pipelines/reports.ts';
import { extractFromText } from '../../../src/pipeline/extract-text.ts';
import { findDenominators } from '../../../src/stages/extract/find-denominators.ts';
import { ctx, taxonomy } from '../../helpers/taxonomy.ts';

const figures = (text: string) => extractFromText(text, pipeline.stages, ctx, { name: 't' }).accepted.map((o) => [o.text, o.value, o.unit]);

describe('findDenominators', () => {
  it.each([
    ['Năng suất đất tính trên 1 ha đạt 200 triệu đồng', [['ha', null]]],
    ['Tỷ lệ bác sĩ/10.000 dân đạt 12', [['10000 person', null]]],
    ['Số doanh nghiệp/1.000 dân đạt 7,5', [['1000 person', 'enterprise']]],
    ['Thu nhập bình quân 1 tháng đạt 9 triệu đồng', [['month', null]]],
    ['Sau 1 tháng, giá tăng 3%', []],
    ['Năng suất lúa đạt 60 tạ/ha', []],
  ])('"%s"', (sentence, expected) => {
    expect(findDenominators(sentence, taxonomy.units).map((d) => [d.per, d.numerator])).toEqual(expected);
  });
});

describe('figures per a denominator written before them, and series ends in the unit of their start', () => {
  it.each([
    ['Mật độ kinh tế tính trên 1 km2 đạt 85 tỷ đồng.', [['85 tỷ đồng', 85e9, 'VND/km2']]],
    ['Số doanh nghiệp/1.000 dân đạt 6,8.', [['6,8', 6.8, 'enterprise/1000 person']]],
    ['Mỗi tháng xuất siêu khoảng 400 triệu USD.', [['khoảng 400 triệu USD', 400e6, 'USD/month']]],
    ['Thu nhập bình quân 1 tháng tăng từ 5 triệu đồng lên 7 triệu đồng.', [['5 triệu đồng', 5e6, 'VND/month'], ['7 triệu đồng', 7e6, 'VND/month']]],
    ['Bình quân mỗi tháng CPI tăng 0,2%.', [['0,2%', 0.2, '%']]],
    ['Sản lượng tăng từ 2,1 triệu tấn (2020) lên 2,6 triệu (2023).', [['2,1 triệu tấn', 2.1e6, 'tonne'], ['2,6 triệu', 2.6e6, 'tonne']]],
  ])('"%s"', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});
