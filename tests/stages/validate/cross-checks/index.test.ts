import { describe, expect, it } from 'vitest';
import { CROSS_CHECKS } from '../../../../src/stages/validate/cross-checks/index.ts';

describe('CROSS_CHECKS', () => {
  it('names each cross-check as a rules file gives it', () => {
    expect(Object.keys(CROSS_CHECKS)).toEqual(['fraction_percent', 'equivalent_amounts', 'part_whole', 'shares_sum', 'growth_levels', 'series_conflict']);
    for (const check of Object.values(CROSS_CHECKS)) expect(typeof check).toBe('function');
  });
});
