import type { DocumentWork } from '../../core/document-work.ts';
import type { CheckHit, ValidationRule } from '../../core/validation.ts';
import type { Indicator } from '../../taxonomy/indicator-table.ts';
import type { Region } from '../../taxonomy/region-table.ts';

/** What a check reads: the document as normalised (its observations, sentences and sentence models) and the taxonomy. */
export interface CheckInput {
  readonly work: DocumentWork;
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly knownUnits: ReadonlySet<string>;
  /** The regions of the taxonomy, by canonical name. */
  readonly regions: ReadonlyMap<string, Region>;
}

/**
 * A check of the check library: given a document and a rule (its
 * indicator filter and parameters), the figures that break it. A check
 * never throws and never changes what it reads; the rule's severity is
 * applied by the validate stage, not here.
 */
export type Check = (input: CheckInput, rule: ValidationRule) => readonly CheckHit[];

/**
 * The observations a rule applies to, with their indexes: all of them, or
 * those of the rule's indicator.
 *
 * @example
 * ruleTargets(work, { indicator: 'gdp.growth', … }).map(([, o]) => o.indicator) // → ['gdp.growth', …]
 */
export function ruleTargets(work: DocumentWork, rule: ValidationRule): Array<[number, DocumentWork['observations'][number]]> {
  return work.observations.flatMap((o, i): Array<[number, typeof o]> => (rule.indicator === null || o.indicator === rule.indicator ? [[i, o]] : []));
}

/**
 * A check that looks at one figure at a time: `test` gives what was
 * expected and found for a figure that breaks the rule, null for one that
 * keeps it.
 *
 * @example
 * const finite = eachObservation((o) => (Number.isFinite(o.value) ? null : `expected a finite number, got ${o.value}`));
 */
export function eachObservation(test: (o: DocumentWork['observations'][number], input: CheckInput, rule: ValidationRule) => string | null): Check {
  return (input, rule) =>
    ruleTargets(input.work, rule).flatMap(([i, o]) => {
      const message = test(o, input, rule);
      return message === null ? [] : [{ observation: i, others: [], message }];
    });
}
