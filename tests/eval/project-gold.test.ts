import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../src/eval/gold.ts';
import { buildDocument } from '../../src/stages/load/read-document.ts';
import { DEV, HAS_DEV, ROOT } from '../helpers/shared-corpus.ts';
import { taxonomy } from '../helpers/taxonomy.ts';

const GOLD_DIR = path.join(ROOT, 'tests/fixtures/gold');
const files = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort();
const codes = new Set(taxonomy.indicators.indicators.keys());
const regions = new Set(taxonomy.regions.regions.keys());

describe('the project gold (tests/fixtures/gold)', () => {
  it('holds ten annotated documents or more', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s is valid gold: codes of the taxonomy, contract values', (file) => {
    const gold = parseGold(file, readFileSync(path.join(GOLD_DIR, file), 'utf8'));
    expect(gold.sourcePath).toBe(`${file.replace(/\.json$/, '')}${path.extname(gold.sourcePath)}`);
    for (const o of gold.observations) {
      if (o.indicator !== null) expect(codes, `${o.text}: ${o.indicator}`).toContain(o.indicator);
      if (o.region !== null) expect(regions, `${o.text}: ${o.region}`).toContain(o.region);
      if (o.qualifier !== null) expect(['approx', 'over', 'under', 'at_least', 'at_most', 'range']).toContain(o.qualifier);
      if (o.status !== null) expect(['estimate', 'preliminary', 'target', 'forecast']).toContain(o.status);
      if (o.period !== null) expect(o.period).toMatch(/^\d{4}(-Q[1-4]|-S[12]|-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/);
      if (o.qualifier === 'range') expect(o.valueHigh, o.text).not.toBeNull();
    }
  });

  it.skipIf(!HAS_DEV).each(files)('%s: every span is in its raw document, in order', (file) => {
    const gold = parseGold(file, readFileSync(path.join(GOLD_DIR, file), 'utf8'));
    const bytes = readFileSync(path.join(DEV, 'raw', gold.sourcePath));
    const read = buildDocument(gold.sourcePath, bytes, 'h');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const text = read.document.text.replace(/\s+/g, ' ');
    let from = 0;
    for (const o of gold.observations) {
      const at = text.indexOf(o.text.replace(/\s+/g, ' '), from);
      expect(at, `"${o.text}" after offset ${from}`).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });
});
