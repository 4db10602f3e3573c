import { describe, expect, it } from 'vitest';
import type { ValidationRule } from '../../../../src/core/validation.ts';
import { extractFromText } from '../../../../src/pipeline/extract-text.ts';
import { fractionPercent } from '../../../../src/stages/validate/cross-checks/fraction-percent.ts';
import pipeline from '../../../../pipelines/reports.ts';
import { ctx } from '../../../helpers/taxonomy.ts';

const rule = (params: Record<string, number> = {}): ValidationRule => ({ code: 'FRACTION_PERCENT_MISMATCH', check: 'fraction_percent', severity: 'error', indicator: null, params, description: '' });

/** The figures the check flags in a text run through the pipeline up to normalise: the flagged figure's text and the texts it was compared with. */
function hits(text: string, params?: Record<string, number>): Array<[string, string[]]> {
  const work = extractFromText(text, pipeline.stages, ctx, { name: 'fp.txt', published: '2024-06-20' }, 'normalise').work!;
  return fractionPercent({ work, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions }, rule(params)).map((h) => [work.observations[h.observation]!.text, h.others.map((i) => work.observations[i]!.text)]);
}

describe('fractionPercent', () => {
  it.each([
    // the percentage is the next figure of the fraction's part of the sentence
    ['Đến nay, tỉnh Lam Sơn Thượng đã hoàn thành 05/20 mục tiêu của đề án, đạt 25%.', []],
    ['Đến nay, tỉnh Lam Sơn Thượng đã hoàn thành 05/20 mục tiêu của đề án, đạt 40%.', [['40%', ['05/20 mục']]]],
    ['Năm qua có 18/24 ngành chủ lực tăng trưởng khá, chiếm 75%.', []],
    ['Năm qua có 18/24 ngành chủ lực tăng trưởng khá, chiếm 57%.', [['57%', ['18/24 ngành']]]],
    // the percentage in brackets right after the fraction
    ['Huyện Đông Khê có 7/14 xã (50%) đạt chuẩn nông thôn mới nâng cao.', []],
    ['Huyện Đông Khê có 7/14 xã (35%) đạt chuẩn nông thôn mới nâng cao.', [['35%', ['7/14 xã']]]],
    // the fraction in brackets right after the percentage
    ['Tỷ lệ ngành chủ lực tăng trưởng đạt 75% (18/24 ngành).', []],
    ['Tỷ lệ ngành chủ lực tăng trưởng đạt 60% (18/24 ngành).', [['60%', ['18/24 ngành']]]],
  ])('compares the fraction and its percentage: "%s"', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it('allows the rounding the text uses, within the tolerance', () => {
    // 13/17 is 76,47%
    expect(hits('Năm qua có 13/17 ngành chủ lực tăng trưởng khá, chiếm 76,5%.')).toEqual([]);
    expect(hits('Năm qua có 13/17 ngành chủ lực tăng trưởng khá, chiếm 77%.')).toEqual([]);
    expect(hits('Năm qua có 13/17 ngành chủ lực tăng trưởng khá, chiếm 77%.', { tolerance: 0.1 })).toEqual([['77%', ['13/17 ngành']]]);
  });

  it('leaves a percentage that is not the fraction\'s alone: a change, a percentage of a named whole, another indicator', () => {
    expect(hits('Tỉnh đã hoàn thành 05/20 mục tiêu, doanh thu tăng 12%.')).toEqual([]);
    expect(hits('Tỉnh đã hoàn thành 05/20 mục tiêu, đạt 90% kế hoạch năm.')).toEqual([]);
    expect(hits('Tỉnh đã hoàn thành 05/20 mục tiêu, tỷ lệ hộ nghèo còn 3%.')).toEqual([]);
  });

  it('says what it expected and what it found', () => {
    const work = extractFromText('Đến nay, tỉnh Lam Sơn Thượng đã hoàn thành 05/20 mục tiêu của đề án, đạt 40%.', pipeline.stages, ctx, { name: 'fp.txt' }, 'normalise').work!;
    const [hit] = fractionPercent({ work, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions }, rule());
    expect(hit!.message).toBe('expected 25% (05/20 mục: 5 of 20) within 1 percentage point, got 40%');
  });
});
