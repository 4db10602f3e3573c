import { describe, expect, it } from 'vitest';
import type { ValidationRule } from '../../../../src/core/validation.ts';
import { extractFromText } from '../../../../src/pipeline/extract-text.ts';
import { sharesSum } from '../../../../src/stages/validate/cross-checks/shares-sum.ts';
import pipeline from '../../../../pipelines/reports.ts';
import { ctx } from '../../../helpers/taxonomy.ts';

const rule = (params: Record<string, number> = {}): ValidationRule => ({ code: 'SHARES_EXCEED_WHOLE', check: 'shares_sum', severity: 'warning', indicator: null, params, description: '' });

/** The figures the check flags in a text run through the pipeline up to normalise: the flagged figure's text and the texts it was compared with. */
function hits(text: string, params?: Record<string, number>): Array<[string, string[]]> {
  const work = extractFromText(text, pipeline.stages, ctx, { name: 'ss.txt', published: '2024-06-20' }, 'normalise').work!;
  return sharesSum({ work, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions }, rule(params)).map((h) => [work.observations[h.observation]!.text, h.others.map((i) => work.observations[i]!.text)]);
}

describe('sharesSum', () => {
  it.each([
    // the shares of a whole stated before "trong đó"
    ['Năm 2023, tổng vốn đầu tư toàn xã hội của tỉnh Lam Sơn Thượng đạt 62.000 tỷ đồng, trong đó vốn nhà nước chiếm 28%, vốn ngoài nhà nước chiếm 55%, vốn FDI chiếm 17%.', []],
    ['Năm 2023, tổng vốn đầu tư toàn xã hội của tỉnh Lam Sơn Thượng đạt 62.000 tỷ đồng, trong đó vốn nhà nước chiếm 38%, vốn ngoài nhà nước chiếm 55%, vốn FDI chiếm 17%.', [['17%', ['38%', '55%']]]],
    // consecutive shares after "gồm:", no whole stated
    ['Cơ cấu kinh tế năm 2023 gồm: nông nghiệp chiếm 18,4%, công nghiệp và xây dựng chiếm 40,3%, dịch vụ chiếm 41,3%.', []],
    ['Cơ cấu kinh tế năm 2023 gồm: nông nghiệp chiếm 28,4%, công nghiệp và xây dựng chiếm 40,3%, dịch vụ chiếm 41,3%.', [['41,3%', ['28,4%', '40,3%']]]],
  ])('sums the shares of one whole: "%s"', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it('allows the rounding of the shares, within the tolerance', () => {
    // 100,8%
    const text = 'Cơ cấu kinh tế năm 2023 gồm: nông nghiệp chiếm 18,9%, công nghiệp và xây dựng chiếm 40,6%, dịch vụ chiếm 41,3%.';
    expect(hits(text)).toEqual([]);
    expect(hits(text, { tolerance: 0.5 })).toEqual([['41,3%', ['18,9%', '40,6%']]]);
  });

  it('leaves shares that name wholes of their own', () => {
    expect(hits('Kim ngạch thương mại đạt 8 tỷ USD, trong đó xuất khẩu khu vực FDI chiếm 70% tổng kim ngạch xuất khẩu, nhập khẩu khu vực FDI chiếm 65% tổng kim ngạch nhập khẩu.')).toEqual([]);
  });

  it('says what it expected and what it found', () => {
    const work = extractFromText('Cơ cấu kinh tế năm 2023 gồm: nông nghiệp chiếm 28,4%, công nghiệp và xây dựng chiếm 40,3%, dịch vụ chiếm 41,3%.', pipeline.stages, ctx, { name: 'ss.txt' }, 'normalise').work!;
    const [hit] = sharesSum({ work, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions }, rule());
    expect(hit!.message).toBe('expected shares of one whole to sum to at most 100% (within 1,5 points), got 110%: 28,4% + 40,3% + 41,3%');
  });
});
