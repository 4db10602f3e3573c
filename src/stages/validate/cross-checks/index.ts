import type { Check } from '../check.ts';
import { equivalentAmounts } from './equivalent-amounts.ts';
import { fractionPercent } from './fraction-percent.ts';
import { growthLevels } from './growth-levels.ts';
import { partWhole } from './part-whole.ts';
import { seriesConflict } from './series-conflict.ts';
import { sharesSum } from './shares-sum.ts';

/**
 * The document's cross-checks, by the name a rules file gives them: each
 * compares figures of one document with each other (a fraction and its
 * percentage, equivalent amounts, a part and its whole, shares of one
 * whole, a growth rate and its levels, one series stated twice).
 *
 * @example
 * Object.keys(CROSS_CHECKS) // → ['fraction_percent', 'equivalent_amounts', 'part_whole', 'shares_sum', 'growth_levels', 'series_conflict']
 */
export const CROSS_CHECKS: Readonly<Record<string, Check>> = {
  fraction_percent: fractionPercent,
  equivalent_amounts: equivalentAmounts,
  part_whole: partWhole,
  shares_sum: sharesSum,
  growth_levels: growthLevels,
  series_conflict: seriesConflict,
};
