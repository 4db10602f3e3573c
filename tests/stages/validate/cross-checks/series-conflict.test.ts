import { describe, expect, it } from 'vitest';
import type { ValidationRule } from '../../../../src/core/validation.ts';
import { extractFromText } from '../../../../src/pipeline/extract-text.ts';
import { seriesConflict } from '../../../../src/stages/validate/cross-checks/series-conflict.ts';
import pipeline from '../../../../pipelines/reports.ts';
import { ctx } from '../../../helpers/taxonomy.ts';

const rule = (params: Record<string, number> = {}, indicator: string | null = null): ValidationRule => ({ code: 'SERIES_CONFLICT', check: 'series_conflict', severity: 'warning', indicator, params, description: '' });

/** The figures the check flags in a text run through the pipeline up to normalise: the flagged figure's text and the texts it was compared with. */
function hits(text: string, params?: Record<string, number>, indicator: string | null = null): Array<[string, string[]]> {
  const work = extractFromText(text, pipeline.stages, ctx, { name: 'sc.txt', published: '2024-01-20' }, 'normalise').work!;
  return seriesConflict({ work, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions }, rule(params, indicator)).map((h) => [work.observations[h.observation]!.text, h.others.map((i) => work.observations[i]!.text)]);
}

const GROWTH = 'Năm 2023, tốc độ tăng trưởng GRDP của tỉnh Lâm Đồng đạt 7,2%, cao hơn năm trước.';

describe('seriesConflict', () => {
  it.each([
    // a rate stated again further on
    [`${GROWTH}\nVới kết quả này, tăng trưởng GRDP của tỉnh Lâm Đồng năm 2023 đạt 7,2%.`, []],
    [`${GROWTH}\nVới kết quả này, tăng trưởng GRDP của tỉnh Lâm Đồng năm 2023 đạt 6,8%.`, [['6,8%', ['7,2%']]]],
    // an amount in the headline, again in the body: as rounded, it agrees
    ['Kim ngạch xuất khẩu năm 2023 của tỉnh Lâm Đồng đạt 1,2 tỷ USD\nTính chung cả năm 2023, kim ngạch xuất khẩu của tỉnh Lâm Đồng đạt 1,245 tỷ USD.', []],
    ['Kim ngạch xuất khẩu năm 2023 của tỉnh Lâm Đồng đạt 1,2 tỷ USD\nTính chung cả năm 2023, kim ngạch xuất khẩu của tỉnh Lâm Đồng đạt 1,35 tỷ USD.', [['1,35 tỷ USD', ['1,2 tỷ USD']]]],
  ])('finds one series stated with two values: "%s"', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it('flags a later statement that agrees with none of the earlier ones, listing them', () => {
    const text = `${GROWTH}\nVới kết quả này, tăng trưởng GRDP của tỉnh Lâm Đồng năm 2023 đạt 6,8%.\nNhư vậy, tăng trưởng GRDP của tỉnh Lâm Đồng năm 2023 đạt 7,2%.`;
    expect(hits(text)).toEqual([['6,8%', ['7,2%']]]);
  });

  it('compares only figures of one status, region, period and base', () => {
    // an estimate and the reported figure are two series
    expect(hits('Kim ngạch xuất khẩu của tỉnh Lâm Đồng năm 2023 ước đạt 1,24 tỷ USD.\nTính chung cả năm 2023, kim ngạch xuất khẩu của tỉnh Lâm Đồng đạt 1,35 tỷ USD.')).toEqual([]);
    expect(hits(`${GROWTH}\nNăm 2022, tăng trưởng GRDP của tỉnh Lâm Đồng đạt 6,8%.`)).toEqual([]);
  });

  it('applies the tolerance and the rule\'s indicator', () => {
    const text = `${GROWTH}\nVới kết quả này, tăng trưởng GRDP của tỉnh Lâm Đồng năm 2023 đạt 6,8%.`;
    expect(hits(text, { tolerance: 0.1 })).toEqual([]);
    expect(hits(text, {}, 'exports.value')).toEqual([]);
    expect(hits(text, {}, 'gdp.growth')).toEqual([['6,8%', ['7,2%']]]);
  });

  it('says what it expected and what it found', () => {
    const work = extractFromText(`${GROWTH}\nVới kết quả này, tăng trưởng GRDP của tỉnh Lâm Đồng năm 2023 đạt 6,8%.`, pipeline.stages, ctx, { name: 'sc.txt', published: '2024-01-20' }, 'normalise').work!;
    const [hit] = seriesConflict({ work, indicators: ctx.taxonomy.indicators.indicators, knownUnits: ctx.knownUnits, regions: ctx.taxonomy.regions.regions }, rule());
    expect(hit!.message).toBe('expected gdp.growth of Lâm Đồng in 2023 to be 7,2% as stated before (within 0,5%), got 6,8%');
  });
});
