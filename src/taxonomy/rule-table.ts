import type { RuleSeverity, ValidationRule } from '../core/validation.ts';

const SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'off'];

/** The rules of a run, in file order, by code. */
export interface RuleTable {
  readonly rules: readonly ValidationRule[];
}

/**
 * Builds the rule table from rules-file rows (`code,severity,check,indicator,
 * params,description`; `params` is `name=number` pairs separated by ";").
 * A later row with a code already seen replaces it (a user's rules folder
 * overrides a built-in rule: another severity, other bounds, or `off`).
 * A row that cannot be read is an error naming the file and line: a run
 * cannot check its figures with half a rules file. `checks` are the names
 * of the check library, so a misspelt check is caught here and not skipped.
 *
 * @example
 * buildRuleTable([{ row: { code: 'X', severity: 'warning', check: 'bounds', indicator: 'gdp.growth', params: 'min=-10;max=20', description: '' }, where: 'rules.csv line 2' }], new Set(['bounds'])).rules[0].params
 * // → { min: -10, max: 20 }
 */
export function buildRuleTable(rows: ReadonlyArray<{ readonly row: Readonly<Record<string, string>>; readonly where: string }>, checks: ReadonlySet<string>): RuleTable {
  const byCode = new Map<string, ValidationRule>();
  for (const { row, where } of rows) {
    const code = (row['code'] ?? '').trim();
    if (!/^[A-Z][A-Z0-9_]*$/.test(code)) throw new Error(`${where}: expected a rule code in capitals (A-Z, 0-9, _), got "${code}"`);
    const severity = (row['severity'] ?? '').trim() as RuleSeverity;
    if (!SEVERITIES.includes(severity)) throw new Error(`${where}: expected a severity ${SEVERITIES.join(', ')} for ${code}, got "${severity}"`);
    const check = (row['check'] ?? '').trim();
    if (!checks.has(check)) throw new Error(`${where}: expected a check of ${[...checks].sort().join(', ')} for ${code}, got "${check}"`);
    byCode.delete(code);
    byCode.set(code, { code, check, severity, indicator: (row['indicator'] ?? '').trim() || null, params: readParams(row['params'] ?? '', `${where} (${code})`), description: (row['description'] ?? '').trim() });
  }
  return { rules: [...byCode.values()] };
}

function readParams(text: string, where: string): Record<string, number> {
  const params: Record<string, number> = {};
  for (const pair of text.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const m = /^([a-z_]+)\s*=\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)$/i.exec(pair);
    if (!m) throw new Error(`${where}: expected parameters as name=number separated by ";", got "${pair}"`);
    params[m[1]!] = Number(m[2]);
  }
  return params;
}
