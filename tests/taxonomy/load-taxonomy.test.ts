import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/taxonomy/load-taxonomy.ts';
import { extractFromText } from '../../src/pipeline/extract-text.ts';
import { stageContext } from '../../src/stages/stage.ts';
import pipeline from '../../pipelines/reports.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { ROOT } from '../helpers/shared-corpus.ts';

const SPEC = path.resolve(ROOT, '../shared/spec/indicators.csv');

const dir = useTempDir();

describe('loadTaxonomy', () => {
  it('gives every indicator a unit family', () => {
    for (const ind of loadTaxonomy().indicators.indicators.values()) expect(ind.units.length, ind.code).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync(SPEC))('covers every indicator code of the contract (../shared/spec/indicators.csv)', () => {
    const codes = readFileSync(SPEC, 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]!).filter(Boolean);
    const t = loadTaxonomy();
    expect(codes.length).toBeGreaterThan(50);
    for (const code of codes) expect(t.indicators.indicators.has(code), code).toBe(true);
  });

  it('lets a user add an indicator, its aliases and a unit without touching code', () => {
    writeFileSync(path.join(dir.path, 'indicators.csv'), 'code,name_vi,unit_family,min,max,notes\nhousing.price,Giá bán căn hộ,VND/m2,1000000,1000000000,\n');
    writeFileSync(path.join(dir.path, 'indicator-aliases.csv'), 'code,alias,requires,notes\nhousing.price,giá bán sơ cấp căn hộ,,\n');
    writeFileSync(path.join(dir.path, 'units.csv'), 'phrase,unit,kind,notes\ncăn hộ,dwelling,count,\n');
    const t = loadTaxonomy(dir.path);
    const r = extractFromText('Giá bán sơ cấp căn hộ tại Hà Nội đạt 47 triệu đồng/m2, với 1.200 căn hộ mở bán.', pipeline.stages, stageContext(t), { name: 'x' });
    expect(r.accepted.map((o) => [o.text, o.indicator, o.unit])).toEqual([
      ['47 triệu đồng/m2', 'housing.price', 'VND/m2'],
      ['1.200 căn hộ', null, 'dwelling'],
    ]);
  });

  it('names the file and row of a broken taxonomy', () => {
    writeFileSync(path.join(dir.path, 'indicator-aliases.csv'), 'code,alias,requires,notes\nno.such.code,xyz,,\n');
    expect(() => loadTaxonomy(dir.path)).toThrow(/indicator aliases, row \d+: code "no.such.code" is not in the indicator table/);
  });
});
