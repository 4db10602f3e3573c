import { describe, expect, it } from 'vitest';
import pipeline from '../../../pipelines/reports.ts';
import { extractFromText } from '../../../src/pipeline/extract-text.ts';
import { ctx } from '../../helpers/taxonomy.ts';

function observe(text: string, published: string | null = null) {
  return extractFromText(text, pipeline.stages, ctx, { name: 't', published }, 'normalise').work!.observations.map((o) => ({
    text: o.text, period: o.period, region: o.region, indicator: o.indicator, status: o.status,
  }));
}

describe('normaliseDocument', () => {
  it('gives each figure of the seed report its period, region, indicator and status', () => {
    const text =
      'Báo cáo của tỉnh Quảng Ninh cho biết: Tăng trưởng GRDP năm 2023 đạt trên 11%. Ước tính đến hết năm 2023, quy mô nền kinh tế đạt 315.839 tỷ đồng, GRDP bình quân đầu người của tỉnh đạt khoảng 9.500 USD, gấp đôi mức bình quân chung của cả nước.';
    expect(observe(text)).toEqual([
      { text: 'trên 11%', period: '2023', region: 'Quảng Ninh', indicator: 'gdp.growth', status: null },
      { text: '315.839 tỷ đồng', period: '2023', region: 'Quảng Ninh', indicator: 'gdp', status: 'estimate' },
      { text: 'khoảng 9.500 USD', period: '2023', region: 'Quảng Ninh', indicator: 'gdp.per_capita', status: 'estimate' },
      // a status word governs the figures after it in its sentence, a multiple too (ANNOTATING rule 9)
      { text: 'gấp đôi', period: '2023', region: 'Quảng Ninh', indicator: null, status: 'estimate' },
    ]);
  });

  it('carries a period and a preliminary status to the breakdown that follows', () => {
    const text =
      'Theo Tổng cục Thống kê, kim ngạch xuất khẩu hàng hóa tháng 9/2024 sơ bộ đạt 34,05 tỷ USD, giảm 9,9% so với tháng trước. Trong đó, khu vực kinh tế trong nước đạt 9,39 tỷ USD, giảm 14,4%.';
    expect(observe(text, '2024-10-06')).toEqual([
      { text: '34,05 tỷ USD', period: '2024-09', region: 'Việt Nam', indicator: 'exports.value', status: 'preliminary' },
      { text: '9,9%', period: '2024-09', region: 'Việt Nam', indicator: null, status: 'preliminary' },
      { text: '9,39 tỷ USD', period: '2024-09', region: 'Việt Nam', indicator: null, status: 'preliminary' },
      { text: '14,4%', period: '2024-09', region: 'Việt Nam', indicator: null, status: 'preliminary' },
    ]);
  });

  it('dates a figure "cùng kỳ" a year before the current period, and does not carry a compared period on', () => {
    const text =
      'GRDP quý I/2018 tăng 7,64%, cao hơn mức tăng 7,46% của quý I/2017. Ngành công nghiệp tăng 7,25%, cùng kỳ có mức tăng 6,67%.';
    expect(observe(text).map((o) => [o.text, o.period])).toEqual([
      ['7,64%', '2018-Q1'],
      ['7,46%', '2017-Q1'],
      ['7,25%', '2018-Q1'],
      ['6,67%', '2017-Q1'],
    ]);
  });

  it('keeps a target noun to its own figure and a status verb to its sentence', () => {
    const text =
      'Tổng thu ngân sách trên địa bàn tỉnh Quảng Trị tính đến 20/9/2024 là hơn 3.000 tỷ đồng/dự toán 3.901 tỷ đồng, đạt 79,3% dự toán địa phương. Khách quốc tế đạt 12,6 triệu lượt người, vượt xa mục tiêu 8 triệu khách nhưng chỉ bằng 70% năm 2019.';
    expect(observe(text).map((o) => [o.text, o.status, o.period])).toEqual([
      ['hơn 3.000 tỷ đồng', null, '2024-01-01/2024-09-20'],
      ['3.901 tỷ đồng', 'target', '2024'],
      ['79,3%', null, '2024-01-01/2024-09-20'],
      ['12,6 triệu lượt người', null, '2024-01-01/2024-09-20'],
      ['8 triệu khách', 'target', '2024'],
      ['70%', null, '2024-01-01/2024-09-20'],
    ]);
  });

  it('gives the figures of a paragraph the province it opens with', () => {
    const text = 'Thanh Hóa thu ngân sách đạt gần 49.000 tỷ đồng.\nNghệ An thu ngân sách đạt 20.300 tỷ đồng. Tổng vốn đầu tư toàn xã hội đạt 70.000 tỷ đồng.';
    expect(observe(text).map((o) => [o.text, o.region])).toEqual([
      ['gần 49.000 tỷ đồng', 'Thanh Hóa'],
      ['20.300 tỷ đồng', 'Nghệ An'],
      ['70.000 tỷ đồng', 'Nghệ An'],
    ]);
  });

  it('leaves a breakdown by market or sector unclassified', () => {
    const text =
      'Kim ngạch xuất khẩu 9 tháng năm 2024 đạt 299,63 tỷ USD. Hoa Kỳ là thị trường xuất khẩu lớn nhất với kim ngạch đạt 89,4 tỷ USD; khu vực kinh tế trong nước xuất khẩu 83,47 tỷ USD.';
    expect(observe(text).map((o) => [o.text, o.indicator])).toEqual([
      ['299,63 tỷ USD', 'exports.value'],
      ['89,4 tỷ USD', null],
      ['83,47 tỷ USD', null],
    ]);
  });

  it('gives each province of a comparison its own figure', () => {
    const text = 'Năm 2020, tăng trưởng GRDP của Đồng Nai đạt 4,44%, cao hơn Hà Nội (3,98%) và TP.HCM (1,39%).';
    expect(observe(text).map((o) => [o.text, o.region, o.indicator])).toEqual([
      ['4,44%', 'Đồng Nai', 'gdp.growth'],
      ['3,98%', 'Hà Nội', 'gdp.growth'],
      ['1,39%', 'Hồ Chí Minh', 'gdp.growth'],
    ]);
  });
});
