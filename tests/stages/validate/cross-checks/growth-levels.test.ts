import { describe, expect, it } from 'vitest';
import type { ValidationRule } from '../../../../src/core/validation.ts';
import { extractFromText } from '../../../../src/pipeline/extract-text.ts';
import { growthLevels } from '../../../../src/stages/validate/cross-checks/growth-levels.ts';
import pipeline from '../../../../pipelines/reports.ts';
import { ctx } from '../../../helpers/taxonomy.ts';

const rule = (params: Record<string, number> = {}): ValidationRule => ({ code: 'GROWTH_LEVELS_MISMATCH', check: 'growth_levels', severity: 'warning', indicator: null, params, description: '' });

/** The figures the check flags in a text run through the pipeline up to normalise: the flagged figure's text and the texts it was compared with. */
function hits(text: string, params?: Record<string, number>): Array<[string, string[]]> {
  const work = extractFromText(text, pipeline.stages, ctx, { name: 'gl.txt', published: '2024-06-20' }, 'normalise').work!;
  return growthLevels({ work, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions }, rule(params)).map((h) => [work.observations[h.observation]!.text, h.others.map((i) => work.observations[i]!.text)]);
}

describe('growthLevels', () => {
  it.each([
    // a level, its growth over a base, the base's level in brackets
    ['Năm 2023, doanh thu dịch vụ lưu trú của tỉnh Lam Sơn Thượng đạt 1.560 tỷ đồng, tăng 20% so với năm trước (1.300 tỷ đồng).', []],
    ['Năm 2023, doanh thu dịch vụ lưu trú của tỉnh Lam Sơn Thượng đạt 1.560 tỷ đồng, tăng 12% so với năm trước (1.300 tỷ đồng).', [['12%', ['1.300 tỷ đồng', '1.560 tỷ đồng']]]],
    // a "from … to …" series and its rate
    ['Kim ngạch xuất khẩu của huyện Đông Khê tăng từ 250 triệu USD năm 2022 lên 300 triệu USD năm 2023, tức tăng 20%.', []],
    ['Kim ngạch xuất khẩu của huyện Đông Khê tăng từ 250 triệu USD năm 2022 lên 300 triệu USD năm 2023, tức tăng 30%.', [['30%', ['250 triệu USD', '300 triệu USD']]]],
    // a fall: the rate is negative
    ['Số doanh nghiệp giảm từ 1.200 doanh nghiệp năm 2022 xuống 1.080 doanh nghiệp năm 2023, giảm 10%.', []],
    ['Số doanh nghiệp giảm từ 1.200 doanh nghiệp năm 2022 xuống 1.080 doanh nghiệp năm 2023, giảm 12%.', [['12%', ['1.200 doanh nghiệp', '1.080 doanh nghiệp']]]],
  ])('compares the rate with its two levels: "%s"', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it('takes a rate over several years as the total or the yearly average', () => {
    // 40 to 80 over five years: 100% in all, 14,87% a year
    expect(hits('Quy mô kinh tế tăng từ 40 nghìn tỷ đồng năm 2015 lên 80 nghìn tỷ đồng năm 2020, bình quân tăng 14,9%/năm.')).toEqual([]);
    expect(hits('Quy mô kinh tế tăng từ 40 nghìn tỷ đồng năm 2015 lên 80 nghìn tỷ đồng năm 2020, tức tăng 100%.')).toEqual([]);
    expect(hits('Quy mô kinh tế tăng từ 40 nghìn tỷ đồng năm 2015 lên 80 nghìn tỷ đồng năm 2020, bình quân tăng 25%/năm.')).toEqual([
      ['25%/năm', ['40 nghìn tỷ đồng', '80 nghìn tỷ đồng']],
    ]);
  });

  it('allows the rounding of the levels and the tolerance', () => {
    // 1,3 to 1,5: 15,4%, and the levels may be 1,25-1,35 and 1,45-1,55
    expect(hits('Doanh thu tăng từ 1,3 tỷ USD năm 2022 lên 1,5 tỷ USD năm 2023, tức tăng 18%.')).toEqual([]);
    expect(hits('Doanh thu tăng từ 1.300 tỷ đồng năm 2022 lên 1.500 tỷ đồng năm 2023, tức tăng 16%.')).toEqual([]);
    expect(hits('Doanh thu tăng từ 1.300 tỷ đồng năm 2022 lên 1.500 tỷ đồng năm 2023, tức tăng 16%.', { tolerance: 0.1, relative: 0 })).toEqual([
      ['16%', ['1.300 tỷ đồng', '1.500 tỷ đồng']],
    ]);
  });

  it.each([
    // the bracketed level is a plan, not the year before
    'Doanh thu đạt 1.560 tỷ đồng, tăng 20% so với năm trước (kế hoạch 1.700 tỷ đồng).',
    // two rates: which one relates the levels is not known
    'Doanh thu đạt 1.560 tỷ đồng, tăng 12%, lợi nhuận tăng 30% (1.300 tỷ đồng).',
    // rates as levels: growth in points or in percent
    'Tỷ lệ đô thị hóa tăng từ 30% năm 2020 lên 36% năm 2023, tức tăng 6%.',
  ])('leaves a sentence whose link is not unambiguous: "%s"', (text) => {
    expect(hits(text)).toEqual([]);
  });

  it('says what it expected and what it found', () => {
    const work = extractFromText('Doanh thu đạt 120 tỷ đồng, tăng 30% so với năm trước (100 tỷ đồng).', pipeline.stages, ctx, { name: 'gl.txt' }, 'normalise').work!;
    const [hit] = growthLevels({ work, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions }, rule());
    expect(hit!.message).toBe('expected a growth of 20% from 100 tỷ đồng to 120 tỷ đồng (within 1 point), got 30%');
  });
});
