import { createHash } from 'node:crypto';
import type { StageContext } from '../stages/stage.ts';
import { SOLIEU_VERSION } from './solieu-version.ts';

/**
 * The fingerprint of the rules in force (a user's rules.csv) and of
 * `--strict`: they decide what is quarantined, so a change to either
 * re-reads every report.
 *
 * @example
 * rulesPrint(ctx) // → '3f9a0c41d2e7'
 */
export function rulesPrint(ctx: StageContext): string {
  return createHash('sha256').update(JSON.stringify({ rules: ctx.rules, strict: ctx.strict })).digest('hex').slice(0, 12);
}

/**
 * What a stored version records as the reader that made it: the solieu
 * version, the pipeline, the taxonomy's fingerprint (a user's indicators,
 * aliases, units or regions) and the rules'. A run re-reads a report whose
 * version says otherwise.
 *
 * @example
 * extractorVersion('reports', ctx) // → '0.1.0 reports taxonomy 9c1d22e07a3b rules 3f9a0c41d2e7'
 */
export function extractorVersion(pipeline: string, ctx: StageContext): string {
  return `${SOLIEU_VERSION} ${pipeline} taxonomy ${ctx.taxonomy.fingerprint} rules ${rulesPrint(ctx)}`;
}

/**
 * A stored reader with the rules part replaced: what a version re-judged
 * by `solieu validate` was read by. Its figures were extracted by the
 * stored reader (its taxonomy included: a taxonomy edited since makes the
 * next run read it again), so only the rules part changes; a version
 * stored before the rules were fingerprinted gets the part added.
 *
 * @example
 * withRules('0.1.0 reports taxonomy 9c1d22e07a3b rules 3f9a0c41d2e7', ctx) // → '0.1.0 reports taxonomy 9c1d22e07a3b rules 77b2e0d9aa01'
 */
export function withRules(stored: string, ctx: StageContext): string {
  const at = stored.lastIndexOf(' rules ');
  return `${at < 0 ? stored : stored.slice(0, at)} rules ${rulesPrint(ctx)}`;
}
