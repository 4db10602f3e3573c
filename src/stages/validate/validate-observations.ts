import type { DocumentWork } from '../../core/document-work.ts';
import type { Observation } from '../../core/records.ts';
import { makeRuleReject, type Reject } from '../../core/reject-codes.ts';
import type { CheckHit, Evidence, Finding, Severity, ValidationRule } from '../../core/validation.ts';
import type { CheckInput } from './check.ts';
import { CHECK_LIBRARY } from './check-library.ts';

/** What validation needs besides the document: the rules, and whether warnings count as errors. */
export interface ValidateOptions extends Omit<CheckInput, 'work'> {
  readonly rules: readonly ValidationRule[];
  /** `--strict`: a warning quarantines its figure as an error does. */
  readonly strict: boolean;
}

/** A document's observations split by the rules: accepted (some with warnings), quarantined, and every finding. */
export interface ValidationResult {
  readonly accepted: readonly Observation[];
  readonly rejected: readonly Reject[];
  /** Every finding, errors and warnings, in rule order; `observation` indexes the document's observations. */
  readonly findings: readonly Finding[];
}

/**
 * Runs every rule that is not `off` over a normalised document. A figure
 * with an `error` finding is quarantined (a reject with the first error's
 * rule code, message and evidence); one with warnings only is accepted and
 * its findings kept. With `strict`, warnings are errors. Every figure is
 * either accepted or quarantined: none is dropped.
 *
 * @example
 * validateDocument(work, { rules, indicators, knownUnits, regions, strict: false }).rejected[0]?.code
 * // → 'UNIT_MISMATCH' (a growth rate stated in đồng)
 */
export function validateDocument(work: DocumentWork, options: ValidateOptions): ValidationResult {
  const input: CheckInput = { work, indicators: options.indicators, knownUnits: options.knownUnits, regions: options.regions };
  const findings: Finding[] = [];
  for (const rule of options.rules) {
    if (rule.severity === 'off') continue;
    const check = CHECK_LIBRARY[rule.check];
    if (!check) throw new Error(`rule ${rule.code}: no check "${rule.check}" in the check library`);
    const severity: Severity = options.strict ? 'error' : rule.severity;
    for (const hit of check(input, rule)) findings.push(finding(rule.code, severity, hit, work.observations));
  }
  const firstError = new Map<number, Finding>();
  for (const f of findings) if (f.severity === 'error' && !firstError.has(f.observation)) firstError.set(f.observation, f);
  const accepted: Observation[] = [];
  const rejected: Reject[] = [];
  work.observations.forEach((o, i) => {
    const error = firstError.get(i);
    if (!error) accepted.push(o);
    else rejected.push(makeRuleReject(error.rule, o.sourcePath, error.message, { text: o.text, span: o.span, record: o, evidence: error.evidence }));
  });
  return { accepted, rejected, findings };
}

function finding(rule: string, severity: Severity, hit: CheckHit, observations: readonly Observation[]): Finding {
  const involved = [hit.observation, ...hit.others].map((i) => observations[i]!).filter((o) => o !== undefined);
  const evidence: Evidence = { texts: involved.map((o) => o.text), values: involved.map((o) => o.value), spans: involved.map((o) => o.span) };
  return { rule, severity, message: hit.message, observation: hit.observation, others: hit.others, evidence };
}
