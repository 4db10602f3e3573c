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
export function ruleTargets(work: DocumentWork, rule: ValidationRule): ReadonlyArray<readonly [number, DocumentWork['observations'][number]]> {
  let byIndicator = targetsOf.get(work);
  if (byIndicator === undefined) {
    byIndicator = targetsByIndicator(work.observations);
    targetsOf.set(work, byIndicator);
  }
  return byIndicator.get(rule.indicator) ?? NO_TARGETS;
}

type Targets = ReadonlyArray<readonly [number, DocumentWork['observations'][number]]>;

/**
 * Each document's observations with their indexes, all of them under null
 * and each indicator's under its code: every rule asks for its targets, and
 * a rule set has a hundred rules. A document's work is never changed (a
 * trial reading is a new one), so what is remembered for it stays true.
 */
const targetsOf = new WeakMap<DocumentWork, ReadonlyMap<string | null, Targets>>();
const NO_TARGETS: Targets = [];

function targetsByIndicator(observations: DocumentWork['observations']): ReadonlyMap<string | null, Targets> {
  const out = new Map<string | null, Array<readonly [number, DocumentWork['observations'][number]]>>([[null, []]]);
  observations.forEach((o, i) => {
    out.get(null)!.push([i, o]);
    if (o.indicator === null) return;
    const under = out.get(o.indicator);
    if (under) under.push([i, o]);
    else out.set(o.indicator, [[i, o]]);
  });
  return out;
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
