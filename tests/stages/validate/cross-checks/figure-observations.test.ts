import { describe, expect, it } from 'vitest';
import type { ValidationRule } from '../../../../src/core/validation.ts';
import { extractFromText } from '../../../../src/pipeline/extract-text.ts';
import { figureObservations, involvesRuleIndicator } from '../../../../src/stages/validate/cross-checks/figure-observations.ts';
import pipeline from '../../../../pipelines/reports.ts';
import { ctx } from '../../../helpers/taxonomy.ts';

const work = (text: string) => extractFromText(text, pipeline.stages, ctx, { name: 'fo.txt', published: '2024-06-20' }, 'normalise').work!;

describe('figureObservations', () => {
  it('gives each figure of each sentence its observation', () => {
    const w = work('Năm 2023, tổng thu ngân sách của tỉnh Lâm Đồng đạt 12.400 tỷ đồng, trong đó thu nội địa đạt 9.100 tỷ đồng.\nXuất khẩu tăng 8%.');
    const map = figureObservations(w);
    expect(map).toEqual([[0, 1], [2]]);
    expect(map.map((m) => m.map((i) => w.observations[i!]!.text))).toEqual([['12.400 tỷ đồng', '9.100 tỷ đồng'], ['8%']]);
  });

  it('gives null for a figure that has no observation', () => {
    const w = work('Tổng thu ngân sách đạt 12.400 tỷ đồng, trong đó thu nội địa đạt 9.100 tỷ đồng.');
    const without = { ...w, observations: w.observations.slice(1) };
    expect(figureObservations(without)).toEqual([[null, 0]]);
  });
});

describe('involvesRuleIndicator', () => {
  const rule = (indicator: string | null): ValidationRule => ({ code: 'X', check: 'part_whole', severity: 'error', indicator, params: {}, description: '' });
  const w = work('Năm 2023, tổng thu ngân sách của tỉnh Lâm Đồng đạt 12.400 tỷ đồng, trong đó thu nội địa đạt 9.100 tỷ đồng.');

  it('takes a comparison when the rule names no indicator, or one of its figures is of it', () => {
    expect(w.observations[0]!.indicator).toBe('budget.revenue');
    expect(involvesRuleIndicator(w, rule(null), [0, 1])).toBe(true);
    expect(involvesRuleIndicator(w, rule('budget.revenue'), [0, 1])).toBe(true);
    expect(involvesRuleIndicator(w, rule('gdp'), [0, 1])).toBe(false);
  });
});
