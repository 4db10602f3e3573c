import type { Check } from './check.ts';
import { knownIndicator, knownUnit, periodForm, schema } from './checks/code-checks.ts';
import { bounds, indicatorBounds, rankBounds, shareBounds, unitFamily } from './checks/indicator-checks.ts';
import { finite, magnitude, rangeOrder } from './checks/value-checks.ts';
import { CROSS_CHECKS } from './cross-checks/index.ts';

/**
 * Every check a rules file can name: the checks of one figure (its value,
 * codes and indicator) and the document's own cross-checks (a fraction and
 * its percentage, equivalent amounts, parts and wholes, shares, growth and
 * levels, the same series stated twice). A rule names one by its key.
 */
export const CHECK_LIBRARY: Readonly<Record<string, Check>> = {
  finite,
  magnitude,
  range_order: rangeOrder,
  period_form: periodForm,
  known_unit: knownUnit,
  known_indicator: knownIndicator,
  schema,
  unit_family: unitFamily,
  share_bounds: shareBounds,
  indicator_bounds: indicatorBounds,
  bounds,
  rank_bounds: rankBounds,
  ...CROSS_CHECKS,
};

/** The check name of the rule that lets validation choose between the two readings of an ambiguous separator; it runs no check of its own. */
export const READING_CHOICE = 'reading_choice';

/**
 * The names a rules file may give as a rule's check: the checks, and
 * `reading_choice`, which runs none but lets validation choose between the
 * readings of an ambiguous separator (see `validateDocument`).
 */
export const CHECK_NAMES: ReadonlySet<string> = new Set([...Object.keys(CHECK_LIBRARY), READING_CHOICE]);
