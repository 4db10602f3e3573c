import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_NAMES } from '../../src/stages/validate/check-library.ts';
import { stageContext } from '../../src/stages/stage.ts';
import { loadTaxonomy } from '../../src/taxonomy/load-taxonomy.ts';
import { buildRuleTable } from '../../src/taxonomy/rule-table.ts';

const row = (r: Record<string, string>, line = 2) => ({ row: { code: '', severity: 'error', check: 'bounds', indicator: '', params: '', description: '', ...r }, where: `rules.csv line ${line}` });

describe('buildRuleTable', () => {
  it('reads codes, severities, checks, an indicator and numeric parameters', () => {
    const { rules } = buildRuleTable([row({ code: 'GROWTH_HIGH', severity: 'warning', indicator: 'gdp.growth', params: 'min=-10; max=2e1' })], CHECK_NAMES);
    expect(rules).toEqual([{ code: 'GROWTH_HIGH', check: 'bounds', severity: 'warning', indicator: 'gdp.growth', params: { min: -10, max: 20 }, description: '' }]);
  });

  it('lets a later row of the same code replace the earlier one, in its place at the end', () => {
    const { rules } = buildRuleTable([row({ code: 'A' }), row({ code: 'B' }), row({ code: 'A', severity: 'off' }, 9)], CHECK_NAMES);
    expect(rules.map((r) => [r.code, r.severity])).toEqual([['B', 'error'], ['A', 'off']]);
  });

  it.each([
    [{ code: 'lower' }, /rules\.csv line 2: expected a rule code in capitals/],
    [{ code: 'X', severity: 'fatal' }, /rules\.csv line 2: expected a severity error, warning, off for X, got "fatal"/],
    [{ code: 'X', check: 'bonds' }, /rules\.csv line 2: expected a check of .*bounds.* for X, got "bonds"/],
    [{ code: 'X', params: 'max=lots' }, /rules\.csv line 2 \(X\): expected parameters as name=number/],
  ])('refuses %j naming the file and line', (r, message) => {
    expect(() => buildRuleTable([row(r)], CHECK_NAMES)).toThrow(message);
  });
});

describe('a user rules folder', () => {
  it('overrides a built-in rule by code and adds its own, and a broken file stops the run before it starts', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'solieu-rules-'));
    try {
      writeFileSync(path.join(dir, 'rules.csv'), 'code,severity,check,indicator,params,description\nGDP_GROWTH_UNUSUAL,error,bounds,gdp.growth,min=0;max=12,Our province\nRETAIL_UNUSUAL,warning,bounds,retail.growth,max=30,\n');
      const rules = stageContext(loadTaxonomy(dir)).rules;
      expect(rules.find((r) => r.code === 'GDP_GROWTH_UNUSUAL')).toMatchObject({ severity: 'error', params: { min: 0, max: 12 } });
      expect(rules.find((r) => r.code === 'RETAIL_UNUSUAL')).toMatchObject({ severity: 'warning', indicator: 'retail.growth' });
      expect(rules.filter((r) => r.code === 'GDP_GROWTH_UNUSUAL')).toHaveLength(1);
      writeFileSync(path.join(dir, 'rules.csv'), 'code,severity,check,indicator,params,description\n\nX,sometimes,bounds,,,\n');
      expect(() => stageContext(loadTaxonomy(dir))).toThrow(`${path.join(dir, 'rules.csv')} line 3: expected a severity`);
      // a row is named by the line it starts on, even when a quoted description runs over two
      writeFileSync(path.join(dir, 'rules.csv'), 'code,severity,check,indicator,params,description\nA,warning,bounds,,max=1,"two\nlines"\nX,sometimes,bounds,,,\n');
      expect(() => stageContext(loadTaxonomy(dir))).toThrow(`${path.join(dir, 'rules.csv')} line 4: expected a severity`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
