import type { DocumentWork } from '../../core/document-work.ts';
import type { Observation } from '../../core/records.ts';
import { makeRuleReject, type Reject } from '../../core/reject-codes.ts';
import type { CheckHit, Evidence, Finding, Severity, ValidationRule } from '../../core/validation.ts';
import type { CheckInput } from './check.ts';
import { CHECK_LIBRARY, READING_CHOICE } from './check-library.ts';
import { figureObservations } from './cross-checks/figure-observations.ts';
import { formatNumber } from './cross-checks/format-number.ts';

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
 * Where a figure's separator was ambiguous ("1,250": 1.25 or 1250) and an
 * error involves it (as the figure flagged or one compared with it), the
 * other reading is tried; it is kept when the document then has fewer
 * errors and none on that figure, and a finding of the `reading_choice`
 * rule records the choice and the rules that decided it. Without that
 * rule (or with it `off`), the extractor's reading stands.
 *
 * @example
 * validateDocument(work, { rules, indicators, knownUnits, regions, strict: false }).rejected[0]?.code
 * // → 'UNIT_MISMATCH' (a growth rate stated in đồng)
 */
export function validateDocument(work: DocumentWork, options: ValidateOptions): ValidationResult {
  let current = work;
  let findings = judge(work, options);
  const choice = options.rules.find((r) => r.check === READING_CHOICE && r.severity !== 'off');
  const choices: Finding[] = [];
  // the other readings matter only to a document with an error
  if (choice && findings.some((f) => f.severity === 'error')) {
    const alternatives = alternativesOf(work);
    for (const [i, alt] of alternatives) {
      const errors = findings.filter((f) => f.severity === 'error' && (f.observation === i || f.others.includes(i)));
      if (errors.length === 0) continue;
      const trial = { ...current, observations: current.observations.map((o, j) => (j === i ? alt.observation : o)) };
      const tried = judge(trial, options);
      if (errorCount(tried) >= errorCount(findings) || tried.some((f) => f.severity === 'error' && f.observation === i)) continue;
      current = trial;
      findings = tried;
      const decided = [...new Set(errors.map((f) => f.rule))];
      const taken = work.observations[i]!;
      choices.push(finding(choice.code, options.strict ? 'error' : (choice.severity as Severity), {
        observation: i,
        others: [...new Set(errors.flatMap((f) => [f.observation, ...f.others]).filter((j) => j !== i))],
        message: `expected the reading that passes the rules, got ${alt.reading} (${formatNumber(alt.observation.value)}): read as ${formatNumber(taken.value)}, it broke ${decided.join(', ')} (${errors[0]!.message})`,
      }, current.observations));
    }
  }
  findings = [...findings, ...choices];
  const firstError = new Map<number, Finding>();
  for (const f of findings) if (f.severity === 'error' && !firstError.has(f.observation)) firstError.set(f.observation, f);
  const accepted: Observation[] = [];
  const rejected: Reject[] = [];
  current.observations.forEach((o, i) => {
    const error = firstError.get(i);
    if (!error) accepted.push(o);
    else rejected.push(makeRuleReject(error.rule, o.sourcePath, error.message, { text: o.text, span: o.span, record: o, evidence: error.evidence }));
  });
  return { accepted, rejected, findings };
}

function errorCount(findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity === 'error').length;
}

/** The findings of every rule that is not `off` (and is a check) on a document. */
function judge(work: DocumentWork, options: ValidateOptions): Finding[] {
  const input: CheckInput = { work, indicators: options.indicators, knownUnits: options.knownUnits, regions: options.regions };
  const findings: Finding[] = [];
  for (const rule of options.rules) {
    if (rule.severity === 'off' || rule.check === READING_CHOICE) continue;
    const check = CHECK_LIBRARY[rule.check];
    if (!check) throw new Error(`rule ${rule.code}: no check "${rule.check}" in the check library`);
    const severity: Severity = options.strict ? 'error' : rule.severity;
    for (const hit of check(input, rule)) findings.push(finding(rule.code, severity, hit, work.observations));
  }
  return findings;
}

/** The observations whose figure was read from an ambiguous separator, each with the observation under the other reading. */
function alternativesOf(work: DocumentWork): Map<number, { observation: Observation; reading: string }> {
  const out = new Map<number, { observation: Observation; reading: string }>();
  const observationOf = figureObservations(work);
  work.models.forEach((model, mi) =>
    model.figures.forEach((f, fi) => {
      const i = observationOf[mi]![fi];
      const alt = f.quantity.alternative;
      if (i == null || !alt || out.has(i)) return;
      const o = work.observations[i]!;
      // a figure the normaliser changed (a sign from a word, a scale from the figure before) is not the quantity read: leave it
      if (o.value !== f.quantity.value || o.valueHigh !== f.quantity.valueHigh) return;
      const { valueExact: _v, valueHighExact: _h, ...rest } = o;
      out.set(i, { observation: { ...rest, value: alt.value, valueHigh: alt.valueHigh }, reading: alt.reading });
    }),
  );
  return out;
}

function finding(rule: string, severity: Severity, hit: CheckHit, observations: readonly Observation[]): Finding {
  const involved = [hit.observation, ...hit.others].map((i) => observations[i]!).filter((o) => o !== undefined);
  const evidence: Evidence = { texts: involved.map((o) => o.text), values: involved.map((o) => o.value), spans: involved.map((o) => o.span) };
  return { rule, severity, message: hit.message, observation: hit.observation, others: hit.others, evidence };
}
