import type { DocumentWork } from '../core/document-work.ts';
import { knownUnitsOf } from '../taxonomy/known-units.ts';
import type { Taxonomy } from '../taxonomy/load-taxonomy.ts';
import { buildRuleTable } from '../taxonomy/rule-table.ts';
import type { ValidationRule } from '../core/validation.ts';
import { CHECK_NAMES } from './validate/check-library.ts';

/** What every stage may read besides the document: built once per run, at the edge. */
export interface StageContext {
  readonly taxonomy: Taxonomy;
  /** Unit codes validation accepts. */
  readonly knownUnits: ReadonlySet<string>;
  /** The validation rules (rules.csv, a user's overriding the built-in ones by code), each naming a check of the library. */
  readonly rules: readonly ValidationRule[];
  /** `--strict`: validation warnings quarantine as errors do. */
  readonly strict: boolean;
}

/**
 * One stage of a pipeline: a pure function from the document's work so far
 * to the work with its own part added.
 *
 * @example
 * const dropCounts: Stage = { name: 'drop-counts', run: (w) => ({ ...w, observations: w.observations.filter((o) => o.unit !== 'count') }) };
 */
export interface Stage {
  readonly name: string;
  run(work: DocumentWork, ctx: StageContext): DocumentWork;
  /**
   * How many records the stage left, for the run's summary ("extract
   * 68→41"). Without it, the summary counts the records of the furthest
   * step that has any: accepted, observations, figures, quantities or
   * sentences.
   */
  count?(work: DocumentWork): number;
}

/**
 * The context every stage of a run reads, built once from the taxonomy. A
 * rules file that cannot be read throws, naming its file and line.
 *
 * @example
 * stageContext(loadTaxonomy()).knownUnits.has('VND') // → true
 */
export function stageContext(taxonomy: Taxonomy, options: { readonly strict?: boolean } = {}): StageContext {
  return { taxonomy, knownUnits: knownUnitsOf(taxonomy), rules: buildRuleTable(taxonomy.ruleRows, CHECK_NAMES).rules, strict: options.strict ?? false };
}
